package org.findinggood.coachdesk.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.findinggood.coachdesk.ui.common.Tasks;
import org.junit.jupiter.api.Test;

/** The forget-this-device confirmation's logic, without a screen. */
class ForgetDeviceViewModelTest {

    private final AtomicInteger forgotten = new AtomicInteger();

    private ForgetDeviceViewModel model(UnsentWork work) {
        return new ForgetDeviceViewModel(new ForgetDeviceViewModel.Device() {
            @Override
            public UnsentWork unsentWork() {
                return work;
            }

            @Override
            public void forget() {
                forgotten.incrementAndGet();
            }
        }, Tasks.sameThread());
    }

    @Test
    void theWarningCountsUnsentEditsAndConflicts() {
        assertThat(new UnsentWork(3, 2).warning()).isEqualTo("3 edits have not been sent to the server and 2 conflicts "
                + "are not resolved: they will be lost. Cancel and sync first to keep them.");
        assertThat(new UnsentWork(1, 0).warning())
                .isEqualTo("1 edit has not been sent to the server: it will be lost. Cancel and sync first to keep it.");
        assertThat(new UnsentWork(0, 1).warning())
                .isEqualTo("1 conflict is not resolved: it will be lost. Cancel and sync first to keep it.");
        assertThat(new UnsentWork(0, 0).warning()).isEqualTo("Every edit made here has reached the server; nothing will be lost.");
        assertThatThrownBy(() -> new UnsentWork(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countingFillsTheWarningAndNothingIsForgottenBeforeConfirming() {
        ForgetDeviceViewModel model = model(new UnsentWork(2, 1));
        assertThat(model.countedProperty().get()).isFalse();
        model.count();
        assertThat(model.countedProperty().get()).isTrue();
        assertThat(model.warningProperty().get()).startsWith("2 edits have not been sent to the server and 1 conflict");
        assertThat(model.losesNothing()).isFalse();
        assertThat(forgotten).hasValue(0);
        model.confirm();
        assertThat(forgotten).hasValue(1);
    }

    @Test
    void nothingUnsentSaysNothingIsLost() {
        ForgetDeviceViewModel model = model(new UnsentWork(0, 0));
        model.count();
        assertThat(model.losesNothing()).isTrue();
        assertThat(model.warningProperty().get()).contains("nothing will be lost");
    }

    @Test
    void aCountThatFailsWarnsThatUnsentEditsMayBeLost() {
        ForgetDeviceViewModel model = new ForgetDeviceViewModel(new ForgetDeviceViewModel.Device() {
            @Override
            public UnsentWork unsentWork() {
                throw new IllegalStateException("The local cache is closed");
            }

            @Override
            public void forget() {
                forgotten.incrementAndGet();
            }
        }, Tasks.sameThread());
        model.count();
        assertThat(model.countedProperty().get()).as("the coach may still go ahead").isTrue();
        assertThat(model.losesNothing()).isFalse();
        assertThat(model.warningProperty().get()).isEqualTo("Coach Desk could not count the edits not yet sent "
                + "(The local cache is closed); any there are will be lost.");
        assertThat(model.errorProperty().get()).contains("IllegalStateException");
    }

    @Test
    void settingsOfferForgettingOnlyWhenThereIsSomethingToForget() {
        SettingsViewModel demo = new SettingsViewModel(new Settings(), Path.of("data"), null);
        assertThat(demo.canForgetDevice()).isFalse();
        SettingsViewModel signedIn = new SettingsViewModel(new Settings(), Path.of("data"), () -> { },
                model(new UnsentWork(0, 0)));
        assertThat(signedIn.canForgetDevice()).isTrue();
        assertThat(signedIn.canSignOut()).isTrue();
    }
}
