package org.findinggood.coachdesk.ui.lock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.findinggood.coachdesk.security.AppLockFile;
import org.findinggood.coachdesk.security.AppLockState;
import org.findinggood.coachdesk.security.LockSecretHash;
import org.findinggood.coachdesk.ui.common.Tasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app lock: whether a PIN or passphrase is set, whether the window is locked, the idle time
 * after which it locks by itself (measured on the given clock, so tests move time), and the wrong
 * tries that slow unlocking down. Hashing and the file run on the background executor; the state
 * changes on the FX thread. Holds no Node; the lock screen and Settings bind to it.
 */
public final class AppLockViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(AppLockViewModel.class);
    static final int MIN_SECRET_LENGTH = 4;
    public static final int MIN_IDLE_MINUTES = 1;
    public static final int MAX_IDLE_MINUTES = 240;

    private final AppLockFile file;
    private final Clock clock;
    private final Tasks tasks;
    private final Runnable forgetDevice;
    private AppLockState state;
    private Instant lastActivity;

    private final ReadOnlyBooleanWrapper enabled = new ReadOnlyBooleanWrapper(this, "enabled");
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper(this, "locked");
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper settingsMessage = new ReadOnlyStringWrapper(this, "settingsMessage", "");
    private final ReadOnlyIntegerWrapper idleMinutes = new ReadOnlyIntegerWrapper(this, "idleMinutes");

    /**
     * @param initial      the state read at start; a set lock starts locked (a laptop opened by someone
     *                     else shows the lock screen, not the roster)
     * @param forgetDevice asks to forget this device (from the lock screen, for a coach who forgot the
     *                     secret); once confirmed, the composition root calls {@link #removeAfterForgetting()}
     */
    public AppLockViewModel(AppLockFile file, AppLockState initial, Clock clock, Tasks tasks, Runnable forgetDevice) {
        this.file = file;
        this.clock = clock;
        this.tasks = tasks;
        this.forgetDevice = forgetDevice;
        this.lastActivity = clock.instant();
        apply(initial);
        locked.set(initial.enabled());
    }

    public ReadOnlyBooleanProperty enabledProperty() {
        return enabled.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }

    /** True while a try is being checked (the hash takes a moment). */
    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    /** The lock screen's sentence: empty, a wrong try, or how long to wait. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The Settings section's sentence after setting, changing or removing the lock. */
    public ReadOnlyStringProperty settingsMessageProperty() {
        return settingsMessage.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty idleMinutesProperty() {
        return idleMinutes.getReadOnlyProperty();
    }

    /** Locks now (menu, shortcut, idle); nothing happens when no lock is set. */
    public void lockNow() {
        if (enabled.get() && !locked.get()) {
            message.set("");
            locked.set(true);
        }
    }

    /** Any key or mouse input in the window: the idle time starts again. */
    public void userActive() {
        lastActivity = clock.instant();
    }

    /** Called every few seconds: locks once the window has been idle for the chosen minutes. */
    public void checkIdle() {
        if (enabled.get() && !locked.get()
                && !clock.instant().isBefore(lastActivity.plus(Duration.ofMinutes(idleMinutes.get())))) {
            LOG.info("Locking after {} idle minutes", idleMinutes.get());
            lockNow();
        }
    }

    /** Checks {@code secret} off the FX thread; unlocks, or says how it failed. Clears {@code secret}. */
    public void unlock(char[] secret) {
        if (!locked.get() || checking.get()) {
            Arrays.fill(secret, '\0');
            return;
        }
        if (secret.length == 0) {
            message.set("Type your PIN or passphrase, then press Enter.");
            return;
        }
        Duration wait = remainingWait();
        if (!wait.isZero()) {
            Arrays.fill(secret, '\0');
            message.set("Too many wrong tries: wait " + UnlockBackoff.words(wait)
                    + ", then try again (or forget this device).");
            return;
        }
        LockSecretHash hash = state.secret();
        checking.set(true);
        tasks.run(() -> hash.matches(secret)).onSuccess(right -> {
            checking.set(false);
            if (right) {
                unlocked();
            } else {
                wrongTry();
            }
        }).onFailure(error -> {
            checking.set(false);
            LOG.warn("Checking the app lock failed", error);
            message.set("The PIN or passphrase could not be checked: " + error.getMessage());
        });
    }

    private void unlocked() {
        message.set("");
        locked.set(false);
        lastActivity = clock.instant();
        if (state.failedTries() > 0) {
            save(state.unlocked());
        }
    }

    private void wrongTry() {
        AppLockState failed = state.failed(clock.instant());
        save(failed);
        LOG.info("App lock: wrong try {}", failed.failedTries());
        Duration wait = UnlockBackoff.waitAfter(failed.failedTries());
        message.set(wait.isZero() ? "That PIN or passphrase is not right. Try again."
                : "That PIN or passphrase is not right. Wait " + UnlockBackoff.words(wait) + " before the next try.");
    }

    /** How long before another try is checked; zero when it may be now. */
    Duration remainingWait() {
        if (state.lastFailure() == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(),
                state.lastFailure().plus(UnlockBackoff.waitAfter(state.failedTries())));
        return left.isNegative() ? Duration.ZERO : left;
    }

    public boolean canForgetDevice() {
        return forgetDevice != null;
    }

    /** "Forget this device" from the lock screen: the composition root asks for confirmation first. */
    public void forgetDevice() {
        if (forgetDevice != null) {
            forgetDevice.run();
        }
    }

    /**
     * After the coach confirmed forgetting this device from the lock screen: the lock goes with this
     * computer's data (a coach who forgot the secret starts again by signing in), and the window
     * unlocks onto whatever the app shows now (the sign-in screen).
     */
    public void removeAfterForgetting() {
        AppLockState none = AppLockState.none().withIdleMinutes(idleMinutes.get());
        apply(none);
        message.set("");
        locked.set(false);
        tasks.run(file::delete).onFailure(error -> LOG.warn("The app lock file could not be removed", error));
    }

    /**
     * Sets or changes the lock. With a lock set, {@code current} must match it. Each array is cleared.
     * The result is one sentence in {@link #settingsMessageProperty()}.
     */
    public void chooseSecret(char[] current, char[] secret, char[] repeat) {
        String refused = refusal(secret, repeat);
        Arrays.fill(repeat, '\0');
        if (refused != null) {
            Arrays.fill(secret, '\0');
            Arrays.fill(current, '\0');
            settingsMessage.set(refused);
            return;
        }
        AppLockState base = state;
        LockSecretHash existing = base.secret();
        boolean wasSet = existing != null;
        tasks.run(() -> {
            if (existing != null && !existing.matches(current)) {
                Arrays.fill(secret, '\0');
                return null;
            }
            Arrays.fill(current, '\0');
            AppLockState next = base.withSecret(LockSecretHash.of(secret));
            file.save(next);
            return next;
        }).onSuccess(next -> {
            if (next == null) {
                settingsMessage.set("The current PIN or passphrase is not right; the lock was not changed.");
                return;
            }
            apply(next);
            lastActivity = clock.instant();
            settingsMessage.set(wasSet ? "The lock's PIN or passphrase is changed."
                    : "The app lock is on: it locks after " + idleMinutes.get() + " idle minutes and on Ctrl+L.");
        }).onFailure(error -> {
            LOG.warn("The app lock could not be saved", error);
            settingsMessage.set("The lock could not be saved (" + error.getMessage() + "); nothing changed.");
        });
    }

    /** Removes the lock when {@code current} matches it. */
    public void removeLock(char[] current) {
        AppLockState base = state;
        LockSecretHash existing = base.secret();
        if (existing == null) {
            return;
        }
        tasks.run(() -> {
            if (!existing.matches(current)) {
                return null;
            }
            AppLockState next = base.withSecret(null);
            file.save(next);
            return next;
        }).onSuccess(next -> {
            if (next == null) {
                settingsMessage.set("The current PIN or passphrase is not right; the lock stays on.");
                return;
            }
            apply(next);
            settingsMessage.set("The app lock is off.");
        }).onFailure(error -> {
            LOG.warn("The app lock could not be removed", error);
            settingsMessage.set("The lock could not be removed (" + error.getMessage() + "); it stays on.");
        });
    }

    public void setIdleMinutes(int minutes) {
        int clamped = Math.max(MIN_IDLE_MINUTES, Math.min(MAX_IDLE_MINUTES, minutes));
        if (clamped == state.idleMinutes()) {
            return;
        }
        AppLockState next = state.withIdleMinutes(clamped);
        apply(next);
        save(next);
    }

    private static String refusal(char[] secret, char[] repeat) {
        if (secret.length < MIN_SECRET_LENGTH) {
            return "Choose a PIN or passphrase of at least " + MIN_SECRET_LENGTH + " characters.";
        }
        if (!Arrays.equals(secret, repeat)) {
            return "The two entries differ; type the same PIN or passphrase twice.";
        }
        return null;
    }

    private void apply(AppLockState next) {
        state = next;
        enabled.set(next.enabled());
        idleMinutes.set(next.idleMinutes());
    }

    private void save(AppLockState next) {
        state = next;
        tasks.run(() -> file.save(next)).onFailure(error -> LOG.warn("The app lock file could not be written", error));
    }
}
