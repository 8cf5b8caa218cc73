package org.findinggood.coachdesk.ui.settings;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import org.findinggood.coachdesk.ui.common.ThemeChoice;
import org.findinggood.coachdesk.ui.lock.AppLockViewModel;
import org.findinggood.coachdesk.ui.twofactor.TwoFactorSettingsViewModel;

/**
 * The settings screen: theme and sync interval change the saved settings directly; the data folder
 * is shown read-only; sign out, and sign out and forget this device, are offered when a coach is
 * signed in (not in the demo).
 */
public class SettingsViewModel {

    public static final int MIN_SYNC_MINUTES = 1;
    public static final int MAX_SYNC_MINUTES = 120;

    private final Settings settings;
    private final Path dataFolder;
    private final Runnable signOut;
    private final ForgetDeviceViewModel forgetDevice;
    private AppLockViewModel lock;
    private TwoFactorSettingsViewModel twoFactor;
    private boolean demo;

    /** {@code signOut} is null in the demo workspace, where there is nobody to sign out. */
    public SettingsViewModel(Settings settings, Path dataFolder, Runnable signOut) {
        this(settings, dataFolder, signOut, null);
    }

    /** {@code forgetDevice} is null where there is nothing to forget (the demo). */
    public SettingsViewModel(Settings settings, Path dataFolder, Runnable signOut, ForgetDeviceViewModel forgetDevice) {
        this.settings = settings;
        this.dataFolder = dataFolder;
        this.signOut = signOut;
        this.forgetDevice = forgetDevice;
    }

    /** Offers the app lock's settings (set, change, remove, idle minutes). */
    public SettingsViewModel withLock(AppLockViewModel appLock) {
        this.lock = appLock;
        return this;
    }

    /** Offers "Two-factor sign-in" (a signed-in coach's authenticator apps). */
    public SettingsViewModel withTwoFactor(TwoFactorSettingsViewModel section) {
        this.twoFactor = section;
        return this;
    }

    /** The demo workspace: it never syncs, so the sync interval is not offered. */
    public SettingsViewModel withDemo(boolean isDemo) {
        this.demo = isDemo;
        return this;
    }

    /** Whether the sync interval can be changed here; not in the demo, which sends nothing anywhere. */
    public boolean syncIntervalOffered() {
        return !demo;
    }

    /** Why the sync interval is not offered, in words true for this workspace; empty where it is offered. */
    public String syncIntervalNote() {
        return demo ? "Demo workspace: nothing is sent anywhere, so it never syncs." : "";
    }

    /** Two-factor sign-in, or null where Settings does not offer it (the demo). */
    public TwoFactorSettingsViewModel twoFactor() {
        return twoFactor;
    }

    /** The app lock, or null where Settings does not offer it. */
    public AppLockViewModel lock() {
        return lock;
    }

    public List<ThemeChoice> themes() {
        return List.of(ThemeChoice.values());
    }

    public ObjectProperty<ThemeChoice> themeProperty() {
        return settings.themeProperty();
    }

    public List<StartView> startViews() {
        return List.of(StartView.values());
    }

    public ObjectProperty<StartView> startViewProperty() {
        return settings.startViewProperty();
    }

    public IntegerProperty syncIntervalMinutesProperty() {
        return settings.syncIntervalMinutesProperty();
    }

    /** Clamps what the coach typed into the allowed range. */
    public void setSyncIntervalMinutes(int minutes) {
        settings.syncIntervalMinutesProperty().set(Math.max(MIN_SYNC_MINUTES, Math.min(MAX_SYNC_MINUTES, minutes)));
    }

    public String dataFolder() {
        return dataFolder.toAbsolutePath().toString();
    }

    public boolean canSignOut() {
        return signOut != null;
    }

    public boolean canForgetDevice() {
        return forgetDevice != null;
    }

    /** "Sign out and forget this device", or null in the demo. */
    public ForgetDeviceViewModel forgetDevice() {
        return forgetDevice;
    }

    public void signOut() {
        if (signOut != null) {
            signOut.run();
        }
    }
}
