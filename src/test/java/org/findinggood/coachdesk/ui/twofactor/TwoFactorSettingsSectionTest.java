package org.findinggood.coachdesk.ui.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.findinggood.coachdesk.ui.common.AppTheme;
import org.findinggood.coachdesk.ui.common.Tasks;
import org.findinggood.coachdesk.ui.common.ThemeChoice;
import org.findinggood.coachdesk.ui.tabs.Screenshots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Settings' two-factor section on screen with a stand-in service: add (QR code, key, first code) and remove. */
@ExtendWith(ApplicationExtension.class)
class TwoFactorSettingsSectionTest {

    private static final String KEY = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    private final List<TwoFactorService.Authenticator> onServer = new ArrayList<>();

    private final TwoFactorService service = new TwoFactorService() {
        @Override
        public List<Authenticator> authenticators() {
            return List.copyOf(onServer);
        }

        @Override
        public Enrolment enrol(String name) {
            onServer.add(new Authenticator("f1", name, false));
            return new Enrolment("f1", name, KEY, "otpauth://totp/Coach%20Desk:coach@example.com?secret=" + KEY);
        }

        @Override
        public void confirm(String id, String code) throws TwoFactorException {
            if (!code.equals("135790")) {
                throw new TwoFactorException("That code is not right; type the 6-digit code your authenticator app shows "
                        + "now.", "422", null);
            }
            onServer.replaceAll(a -> new Authenticator(a.id(), a.name(), true));
        }

        @Override
        public void remove(String id) {
            onServer.removeIf(a -> a.id().equals(id));
        }
    };

    private TwoFactorSettingsViewModel model;

    @Start
    void start(Stage stage) {
        model = new TwoFactorSettingsViewModel(service, Tasks.sameThread());
        StackPane root = new StackPane(new TwoFactorSettingsSection(model));
        root.setStyle("-fx-padding: 16;");
        Scene scene = new Scene(root, 560, 640);
        new AppTheme(new SimpleObjectProperty<>(ThemeChoice.LIGHT)).style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void addShowsTheQrCodeAndTheKeyThenTheFirstCodeTurnsItOn(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#twoFactorStatus").queryAs(Label.class).getText())
                .isEqualTo("Off: signing in needs only your password.");
        robot.interact(() -> robot.lookup("#twoFactorNameField").queryAs(TextField.class).setText("Phone"));
        robot.clickOn("#twoFactorAddButton");
        WaitForAsyncUtils.waitForFxEvents();

        ImageView qr = robot.lookup("#twoFactorQrCode").queryAs(ImageView.class);
        assertThat(qr.getImage()).isNotNull();
        assertThat(qr.getImage().getWidth()).isGreaterThan(100);
        TextField key = robot.lookup("#twoFactorSecretField").queryAs(TextField.class);
        assertThat(key.getText()).isEqualTo(KEY);
        assertThat(key.isEditable()).as("selectable to copy, not editable").isFalse();
        Button confirm = robot.lookup("#twoFactorConfirmButton").queryButton();
        assertThat(confirm.isDisabled()).isTrue();
        assertThat(robot.lookup("#twoFactorConfirmReason").queryAs(Label.class).getText()).startsWith("Scan the QR code");
        robot.interact(() -> {
            try {
                Screenshots.save(robot.lookup("#twoFactorSection").query().getScene().getRoot(),
                        "settings-two-factor-enrol-light.png");
            } catch (Exception notSaved) {
                // a screenshot is for reading, not for the verdict
            }
        });

        robot.clickOn("#twoFactorCodeField").write("135790").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#twoFactorEnrolment").query().isVisible()).isFalse();
        assertThat(robot.lookup("#twoFactorStatus").queryAs(Label.class).getText()).startsWith("\u201cPhone\u201d is on");
        assertThat(model.authenticators()).containsExactly(new TwoFactorService.Authenticator("f1", "Phone", true));

        robot.clickOn("#twoFactorRemove-f1");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.authenticators()).isEmpty();
        assertThat(robot.lookup("#twoFactorStatus").queryAs(Label.class).getText()).contains("was removed");
    }
}
