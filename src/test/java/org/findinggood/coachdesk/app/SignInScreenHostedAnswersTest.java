package org.findinggood.coachdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.findinggood.coachdesk.remote.AuthRefusal;
import org.findinggood.coachdesk.remote.RemoteHttp;
import org.findinggood.coachdesk.remote.RemoteJson;
import org.findinggood.coachdesk.remote.RetryPolicy;
import org.findinggood.coachdesk.testsupport.pg.FreshDatabase;
import org.findinggood.coachdesk.testsupport.pg.PostgresHarness;
import org.findinggood.coachdesk.testsupport.supabase.LocalSupabase;
import org.findinggood.coachdesk.ui.common.AppTheme;
import org.findinggood.coachdesk.ui.common.Tasks;
import org.findinggood.coachdesk.ui.settings.Settings;
import org.findinggood.coachdesk.ui.common.ThemeChoice;
import org.findinggood.coachdesk.ui.signin.SignInView;
import org.findinggood.coachdesk.ui.signin.SignInViewModel;
import org.findinggood.coachdesk.ui.tabs.Screenshots;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The sign-in screen with the app's real service against the stand-in: "Check connection" lists its lines,
 * each GoTrue refusal shows its own sentence, plain http:// says https is required. HTTP runs on a worker.
 */
@ExtendWith(ApplicationExtension.class)
class SignInScreenHostedAnswersTest {

    private static final String UNCONFIRMED = "unconfirmed.screen@example.org";
    private static final String PASSWORD = "correct horse battery staple 18";

    private static FreshDatabase database;
    private static LocalSupabase supabase;
    private static final java.util.concurrent.ExecutorService WORKER = Executors.newSingleThreadExecutor();

    private Stage stage;
    private SignInViewModel model;

    @BeforeAll
    static void startSupabase() {
        database = PostgresHarness.freshDatabase();
        supabase = LocalSupabase.start(database);
        supabase.createCoach(UNCONFIRMED, PASSWORD, "Screen Coach");
        supabase.unconfirmed(UNCONFIRMED);
    }

    @AfterAll
    static void stopSupabase() throws Exception {
        WORKER.shutdownNow();
        supabase.close();
        database.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        RemoteHttp http = new RemoteHttp(RemoteHttp.defaultClient(),
                new RetryPolicy(2, Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofSeconds(1), RetryPolicy.THREAD_SLEEP),
                RemoteJson.newMapper());
        SupabaseSignIn service = new SupabaseSignIn(http, Clock.systemUTC());
        model = new SignInViewModel(service, service, new Settings(), Tasks.onFxThread(WORKER), signedIn -> { });
        show(ThemeChoice.LIGHT, 1280, 720);
    }

    private void show(ThemeChoice theme, int width, int height) {
        Scene scene = new Scene(new SignInView(model, () -> { }), width, height);
        new AppTheme(new SimpleObjectProperty<>(theme)).style(scene);
        stage.setScene(scene);
        stage.show();
    }

    private void fill(FxRobot robot, String url, String key, String email) {
        robot.interact(() -> {
            model.projectUrlProperty().set(url);
            model.anonKeyProperty().set(key);
            model.emailProperty().set(email);
            model.passwordProperty().set(PASSWORD);
        });
    }

    private static void awaitIdle(FxRobot robot, SignInViewModel model) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !model.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void checkConnectionListsOneLinePerCheckAndEachRefusalHasItsSentence(FxRobot robot) throws Exception {
        fill(robot, supabase.baseUrl().toString(), supabase.publishableKey(), UNCONFIRMED);

        robot.clickOn("#checkConnectionButton");
        awaitIdle(robot, model);

        TextArea report = robot.lookup("#checkReport").queryAs(TextArea.class);
        assertThat(report.isVisible()).isTrue();
        assertThat(report.getText().lines()).hasSize(5).allMatch(line -> line.startsWith("ok   "));
        assertThat(report.getText()).contains("Key: publishable key accepted");
        for (ThemeChoice theme : List.of(ThemeChoice.LIGHT, ThemeChoice.DARK)) {
            for (int[] size : new int[][] {{1280, 720}, {1920, 1080}}) {
                screenshot(theme, size[0], size[1], "sign-in-check-" + theme.name().toLowerCase() + "-" + size[0] + ".png");
            }
        }

        robot.clickOn("#signInButton");
        awaitIdle(robot, model);
        Label error = robot.lookup("#signInError").queryAs(Label.class);
        assertThat(error.getText()).isEqualTo(AuthRefusal.EMAIL_NOT_CONFIRMED.sentence());
        screenshot(ThemeChoice.DARK, 1280, 720, "sign-in-refusal-dark-1280.png");
    }

    /** The same screen (same model) in a scene of its own, laid out at that size; Monocle's screen is smaller. */
    private void screenshot(ThemeChoice theme, int width, int height, String name) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            Scene scene = new Scene(new SignInView(model, () -> { }), width, height);
            new AppTheme(new SimpleObjectProperty<>(theme)).style(scene);
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            return Screenshots.save(scene.getRoot(), name);
        }).get();
    }

    @Test
    void plainHttpToAnotherComputerSaysHttpsIsRequired(FxRobot robot) throws Exception {
        fill(robot, "http://abc.supabase.co", supabase.anonKey(), UNCONFIRMED);

        robot.clickOn("#signInButton");
        awaitIdle(robot, model);

        assertThat(robot.lookup("#signInError").queryAs(Label.class).getText())
                .startsWith("The project URL must start with https://");
    }
}
