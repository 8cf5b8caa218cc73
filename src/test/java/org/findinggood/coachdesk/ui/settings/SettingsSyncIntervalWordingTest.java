package org.findinggood.coachdesk.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The demo sends nothing anywhere: Settings does not offer it a sync interval, and says why. */
class SettingsSyncIntervalWordingTest {

    @Test
    void theDemoIsNotOfferedASyncIntervalAndIsToldWhy() {
        SettingsViewModel demo = new SettingsViewModel(new Settings(), Path.of("data"), null).withDemo(true);
        assertThat(demo.syncIntervalOffered()).isFalse();
        assertThat(demo.syncIntervalNote()).startsWith("Demo workspace: nothing is sent anywhere");
    }

    @Test
    void aSignedInWorkspaceIsOfferedTheInterval() {
        SettingsViewModel signedIn = new SettingsViewModel(new Settings(), Path.of("data"), () -> { }).withDemo(false);
        assertThat(signedIn.syncIntervalOffered()).isTrue();
        assertThat(signedIn.syncIntervalNote()).isEmpty();
    }
}
