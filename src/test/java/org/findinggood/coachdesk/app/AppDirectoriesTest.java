package org.findinggood.coachdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppDirectoriesTest {

    @Test
    void linuxFollowsXdgWithDefaults() {
        AppDirectories dirs = AppDirectories.resolve("Linux", "/home/ana", Map.of(), null);
        assertThat(dirs.data()).isEqualTo(Path.of("/home/ana/.local/share/coach-desk"));
        assertThat(dirs.config()).isEqualTo(Path.of("/home/ana/.config/coach-desk"));
        assertThat(dirs.logs()).isEqualTo(Path.of("/home/ana/.local/state/coach-desk/logs"));
    }

    @Test
    void linuxHonoursXdgVariables() {
        AppDirectories dirs = AppDirectories.resolve("Linux", "/home/ana",
                Map.of("XDG_DATA_HOME", "/d", "XDG_CONFIG_HOME", "/c", "XDG_STATE_HOME", "/s"), null);
        assertThat(dirs.data()).isEqualTo(Path.of("/d/coach-desk"));
        assertThat(dirs.config()).isEqualTo(Path.of("/c/coach-desk"));
        assertThat(dirs.logs()).isEqualTo(Path.of("/s/coach-desk/logs"));
    }

    @Test
    void windowsUsesAppData() {
        AppDirectories dirs = AppDirectories.resolve("Windows 11", "C:\\Users\\ana",
                Map.of("APPDATA", "/roaming", "LOCALAPPDATA", "/local"), null);
        assertThat(dirs.config()).isEqualTo(Path.of("/roaming/CoachDesk"));
        assertThat(dirs.data()).isEqualTo(Path.of("/local/CoachDesk/Data"));
    }

    @Test
    void macUsesApplicationSupport() {
        AppDirectories dirs = AppDirectories.resolve("Mac OS X", "/Users/ana", Map.of(), null);
        assertThat(dirs.data()).isEqualTo(Path.of("/Users/ana/Library/Application Support/CoachDesk"));
        assertThat(dirs.logs()).isEqualTo(Path.of("/Users/ana/Library/Logs/CoachDesk"));
    }

    @Test
    void overridePutsEverythingUnderOneFolder() {
        AppDirectories dirs = AppDirectories.resolve("Linux", "/home/ana", Map.of(), "/tmp/cd");
        assertThat(dirs.data()).isEqualTo(Path.of("/tmp/cd/data"));
        assertThat(dirs.logs()).isEqualTo(Path.of("/tmp/cd/logs"));
    }
}
