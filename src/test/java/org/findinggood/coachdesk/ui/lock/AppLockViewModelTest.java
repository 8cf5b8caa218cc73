package org.findinggood.coachdesk.ui.lock;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.findinggood.coachdesk.security.AppLockFile;
import org.findinggood.coachdesk.security.AppLockState;
import org.findinggood.coachdesk.testsupport.time.MovableClock;
import org.findinggood.coachdesk.ui.common.Tasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app lock without a screen: a real lock file, the real PBKDF2 hash, a clock the test moves. */
class AppLockViewModelTest {

    @TempDir
    Path config;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-05T09:00:00Z"));
    private final AtomicInteger forgetAsked = new AtomicInteger();

    private AppLockFile file() {
        return new AppLockFile(config.resolve("app-lock.properties"));
    }

    private AppLockViewModel model() {
        AppLockFile file = file();
        return new AppLockViewModel(file, file.load(), clock, Tasks.sameThread(), forgetAsked::incrementAndGet);
    }

    private AppLockViewModel withPin(String pin) {
        AppLockViewModel model = model();
        model.chooseSecret(new char[0], pin.toCharArray(), pin.toCharArray());
        assertThat(model.enabledProperty().get()).isTrue();
        return model;
    }

    @Test
    void withoutALockNothingLocks() {
        AppLockViewModel model = model();
        model.lockNow();
        clock.advance(Duration.ofHours(3));
        model.checkIdle();
        assertThat(model.lockedProperty().get()).isFalse();
        assertThat(model.idleMinutesProperty().get()).isEqualTo(AppLockState.DEFAULT_IDLE_MINUTES);
    }

    @Test
    void locksAfterTheIdleMinutesAndActivityStartsThemAgain() {
        AppLockViewModel model = withPin("4821");
        clock.advance(Duration.ofMinutes(9));
        model.checkIdle();
        assertThat(model.lockedProperty().get()).isFalse();
        model.userActive();
        clock.advance(Duration.ofMinutes(9).plusSeconds(59));
        model.checkIdle();
        assertThat(model.lockedProperty().get()).as("9:59 after the last key").isFalse();
        clock.advance(Duration.ofSeconds(1));
        model.checkIdle();
        assertThat(model.lockedProperty().get()).as("10 idle minutes, the default").isTrue();

        model.unlock("4821".toCharArray());
        assertThat(model.lockedProperty().get()).isFalse();
        model.setIdleMinutes(2);
        clock.advance(Duration.ofMinutes(2));
        model.checkIdle();
        assertThat(model.lockedProperty().get()).isTrue();
        assertThat(file().load().idleMinutes()).as("the chosen minutes are saved").isEqualTo(2);
    }

    @Test
    void aSetLockStartsLockedAndOnlyTheRightSecretUnlocks() {
        withPin("correct horse");
        AppLockViewModel restarted = model();
        assertThat(restarted.lockedProperty().get()).isTrue();
        restarted.unlock("correct hors".toCharArray());
        assertThat(restarted.lockedProperty().get()).isTrue();
        restarted.unlock("correct horse".toCharArray());
        assertThat(restarted.lockedProperty().get()).isFalse();
    }

    @Test
    void wrongTriesSlowDownAndTheWaitSurvivesARestart() {
        withPin("4821");
        AppLockViewModel model = model();
        for (int i = 0; i < 3; i++) {
            model.unlock("0000".toCharArray());
            assertThat(model.messageProperty().get()).isEqualTo("That PIN or passphrase is not right. Try again.");
        }
        model.unlock("1111".toCharArray());
        assertThat(model.messageProperty().get())
                .isEqualTo("That PIN or passphrase is not right. Wait 30 seconds before the next try.");
        // the right PIN too is not checked while the wait lasts
        clock.advance(Duration.ofSeconds(10));
        model.unlock("4821".toCharArray());
        assertThat(model.lockedProperty().get()).isTrue();
        assertThat(model.messageProperty().get())
                .isEqualTo("Too many wrong tries: wait 20 seconds, then try again (or forget this device).");

        AppLockViewModel restarted = model();
        restarted.unlock("4821".toCharArray());
        assertThat(restarted.lockedProperty().get()).as("quitting does not end the wait").isTrue();
        clock.advance(Duration.ofSeconds(20));
        restarted.unlock("2222".toCharArray());
        assertThat(restarted.messageProperty().get()).contains("Wait 60 seconds");
        clock.advance(Duration.ofSeconds(60));
        restarted.unlock("4821".toCharArray());
        assertThat(restarted.lockedProperty().get()).isFalse();
        assertThat(file().load().failedTries()).as("an unlock forgets the wrong tries").isZero();
    }

    @Test
    void choosingRefusesShortOrMismatchedSecretsAndChangingNeedsTheCurrentOne() {
        AppLockViewModel model = model();
        model.chooseSecret(new char[0], "123".toCharArray(), "123".toCharArray());
        assertThat(model.settingsMessageProperty().get()).isEqualTo("Choose a PIN or passphrase of at least 4 characters.");
        model.chooseSecret(new char[0], "1234".toCharArray(), "1243".toCharArray());
        assertThat(model.settingsMessageProperty().get()).isEqualTo("The two entries differ; type the same PIN or passphrase twice.");
        assertThat(model.enabledProperty().get()).isFalse();
        assertThat(Files.exists(file().file())).isFalse();

        model.chooseSecret(new char[0], "1234".toCharArray(), "1234".toCharArray());
        assertThat(model.settingsMessageProperty().get()).startsWith("The app lock is on");
        model.chooseSecret("9999".toCharArray(), "5678".toCharArray(), "5678".toCharArray());
        assertThat(model.settingsMessageProperty().get())
                .isEqualTo("The current PIN or passphrase is not right; the lock was not changed.");
        model.removeLock("9999".toCharArray());
        assertThat(model.enabledProperty().get()).isTrue();
        model.chooseSecret("1234".toCharArray(), "5678".toCharArray(), "5678".toCharArray());
        model.lockNow();
        model.unlock("1234".toCharArray());
        assertThat(model.lockedProperty().get()).as("the old PIN no longer unlocks").isTrue();
        clock.advance(Duration.ofMinutes(1));
        model.unlock("5678".toCharArray());
        assertThat(model.lockedProperty().get()).isFalse();

        model.removeLock("5678".toCharArray());
        assertThat(model.enabledProperty().get()).isFalse();
        assertThat(model().lockedProperty().get()).as("no lock at the next start").isFalse();
    }

    @Test
    void forgettingFromTheLockScreenAsksThenRemovesTheLockAndUnlocks() {
        AppLockViewModel model = withPin("4821");
        model.lockNow();
        model.forgetDevice();
        assertThat(forgetAsked).hasValue(1);
        assertThat(model.lockedProperty().get()).as("asking alone changes nothing").isTrue();
        model.removeAfterForgetting();
        assertThat(model.lockedProperty().get()).isFalse();
        assertThat(model.enabledProperty().get()).isFalse();
        assertThat(Files.exists(file().file())).isFalse();
    }

    @Test
    void theWaitGrowsToAQuarterHourAtMost() {
        assertThat(UnlockBackoff.waitAfter(3)).isZero();
        assertThat(UnlockBackoff.waitAfter(4)).isEqualTo(Duration.ofSeconds(30));
        assertThat(UnlockBackoff.waitAfter(5)).isEqualTo(Duration.ofSeconds(60));
        assertThat(UnlockBackoff.waitAfter(9)).isEqualTo(Duration.ofMinutes(15));
        assertThat(UnlockBackoff.waitAfter(500)).isEqualTo(Duration.ofMinutes(15));
        assertThat(UnlockBackoff.words(Duration.ofSeconds(90))).isEqualTo("2 minutes");
    }
}
