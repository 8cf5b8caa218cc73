package org.findinggood.coachdesk.ui.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.findinggood.coachdesk.ui.common.Tasks;
import org.junit.jupiter.api.Test;

/** The enrolment view model without a screen; the real factors are in app.SupabaseTwoFactorTest. */
class TwoFactorSettingsViewModelTest {

    private final List<TwoFactorService.Authenticator> onServer = new ArrayList<>();
    private final List<String> calls = new ArrayList<>();

    /** Keeps authenticators in a list; "135790" is the only right first code. */
    private final TwoFactorService service = new TwoFactorService() {
        @Override
        public List<Authenticator> authenticators() {
            return List.copyOf(onServer);
        }

        @Override
        public Enrolment enrol(String name) throws TwoFactorException {
            calls.add("enrol " + name);
            if (onServer.stream().anyMatch(a -> a.name().equals(name))) {
                throw new TwoFactorException("An authenticator with this name is already on your account; choose another "
                        + "name.", "422 mfa_factor_name_conflict", null);
            }
            onServer.add(new Authenticator("f" + onServer.size(), name, false));
            return new Enrolment("f" + (onServer.size() - 1), name, "JBSWY3DPEHPK3PXP",
                    "otpauth://totp/Coach%20Desk:coach@example.com?secret=JBSWY3DPEHPK3PXP");
        }

        @Override
        public void confirm(String id, String code) throws TwoFactorException {
            calls.add("confirm " + id + " " + code);
            if (!code.equals("135790")) {
                throw new TwoFactorException("That code is not right; type the 6-digit code your authenticator app shows "
                        + "now.", "422 mfa_verification_failed", null);
            }
            onServer.replaceAll(a -> a.id().equals(id) ? new Authenticator(a.id(), a.name(), true) : a);
        }

        @Override
        public void remove(String id) {
            calls.add("remove " + id);
            onServer.removeIf(a -> a.id().equals(id));
        }
    };

    private final TwoFactorSettingsViewModel model = new TwoFactorSettingsViewModel(service, Tasks.sameThread());

    @Test
    void loadSaysWhetherTwoFactorIsOn() {
        model.load();
        assertThat(model.statusProperty().get()).isEqualTo("Off: signing in needs only your password.");
        assertThat(model.authenticators()).isEmpty();
    }

    @Test
    void addingShowsTheKeyThenTheFirstCodeTurnsItOn() {
        model.load();
        model.nameProperty().set("Phone");
        model.start();

        TwoFactorService.Enrolment enrolment = model.enrolmentProperty().get();
        assertThat(enrolment.uri()).startsWith("otpauth://totp/");
        assertThat(enrolment.secret()).isEqualTo("JBSWY3DPEHPK3PXP");
        assertThat(enrolment.toString()).doesNotContain("JBSWY3DPEHPK3PXP");
        assertThat(model.canStartProperty().get()).as("one enrolment at a time").isFalse();
        assertThat(model.canConfirmProperty().get()).isFalse();
        assertThat(model.confirmDisabledReasonProperty().get()).startsWith("Scan the QR code");
        model.codeProperty().set("1357");
        assertThat(model.confirmDisabledReasonProperty().get()).isEqualTo("The code has 6 digits; 4 typed so far.");

        model.codeProperty().set("000000");
        model.confirm();
        assertThat(model.errorProperty().get()).startsWith("That code is not right");
        assertThat(model.enrolmentProperty().get()).as("the coach types the next code").isNotNull();
        assertThat(model.codeProperty().get()).isEmpty();

        model.codeProperty().set("135 790");
        model.confirm();
        assertThat(calls).containsExactly("enrol Phone", "confirm f0 000000", "confirm f0 135790");
        assertThat(model.enrolmentProperty().get()).isNull();
        assertThat(model.errorProperty().get()).isNull();
        assertThat(model.authenticators()).containsExactly(new TwoFactorService.Authenticator("f0", "Phone", true));
        assertThat(model.statusProperty().get()).isEqualTo("\u201cPhone\u201d is on: from your next sign-in, Coach Desk "
                + "asks for its code.");
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void cancellingRemovesTheUnfinishedFactor() {
        model.nameProperty().set("Phone");
        model.start();
        model.cancelEnrolment();
        assertThat(model.enrolmentProperty().get()).isNull();
        assertThat(calls).containsExactly("enrol Phone", "remove f0");
        assertThat(onServer).isEmpty();
    }

    @Test
    void aRefusalIsItsSentenceWithDetails() {
        onServer.add(new TwoFactorService.Authenticator("f9", "Phone", true));
        model.nameProperty().set("Phone");
        model.start();
        assertThat(model.errorProperty().get()).isEqualTo("An authenticator with this name is already on your account; "
                + "choose another name.");
        assertThat(model.errorDetailsProperty().get()).isEqualTo("422 mfa_factor_name_conflict");
        assertThat(model.enrolmentProperty().get()).isNull();
    }

    @Test
    void removingSaysWhatIsLeft() {
        onServer.add(new TwoFactorService.Authenticator("a", "Phone", true));
        onServer.add(new TwoFactorService.Authenticator("b", "Tablet", true));
        model.load();
        assertThat(model.statusProperty().get()).isEqualTo("On: signing in asks for a code from one of your 2 "
                + "authenticator apps.");
        model.remove(model.authenticators().get(0));
        assertThat(model.authenticators()).extracting(TwoFactorService.Authenticator::name).containsExactly("Tablet");
        assertThat(model.statusProperty().get()).isEqualTo("\u201cPhone\u201d was removed. On: signing in asks for a code "
                + "from your authenticator app.");
    }

    @Test
    void aBlankNameCannotStart() {
        model.nameProperty().set("  ");
        assertThat(model.canStartProperty().get()).isFalse();
        model.start();
        assertThat(calls).isEmpty();
    }
}
