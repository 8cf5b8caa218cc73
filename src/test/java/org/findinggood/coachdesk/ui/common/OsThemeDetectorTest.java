package org.findinggood.coachdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OsThemeDetectorTest {

    private static OsThemeDetector.CommandRunner answering(Map<String, String> outputs) {
        return command -> Optional.ofNullable(outputs.get(String.join(" ", command)));
    }

    @Test
    void gnomeColourSchemePreferDarkMeansDark() {
        var detector = new OsThemeDetector("Linux", Map.of(), answering(Map.of(
                "gsettings get org.gnome.desktop.interface color-scheme", "'prefer-dark'\n")));
        assertThat(detector.prefersDark()).isTrue();
    }

    @Test
    void gtkThemeNameDecidesWhenNoColourScheme() {
        var dark = new OsThemeDetector("Linux", Map.of(), answering(Map.of(
                "gsettings get org.gnome.desktop.interface color-scheme", "'default'",
                "gsettings get org.gnome.desktop.interface gtk-theme", "'Adwaita-dark'")));
        var light = new OsThemeDetector("Linux", Map.of(), answering(Map.of(
                "gsettings get org.gnome.desktop.interface gtk-theme", "'Adwaita'")));
        assertThat(dark.prefersDark()).isTrue();
        assertThat(light.prefersDark()).isFalse();
        assertThat(new OsThemeDetector("Linux", Map.of("GTK_THEME", "Yaru:dark"), answering(Map.of())).prefersDark())
                .isTrue();
    }

    @Test
    void macAndWindowsAreReadFromTheirSettings() {
        assertThat(new OsThemeDetector("Mac OS X", Map.of(), answering(Map.of(
                "defaults read -g AppleInterfaceStyle", "Dark\n"))).prefersDark()).isTrue();
        String regQuery = String.join(" ", List.of("reg", "query",
                "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize", "/v", "AppsUseLightTheme"));
        assertThat(new OsThemeDetector("Windows 11", Map.of(), answering(Map.of(
                regQuery, "    AppsUseLightTheme    REG_DWORD    0x0"))).prefersDark()).isTrue();
        assertThat(new OsThemeDetector("Windows 11", Map.of(), answering(Map.of(
                regQuery, "    AppsUseLightTheme    REG_DWORD    0x1"))).prefersDark()).isFalse();
    }

    @Test
    void nothingKnownMeansLight() {
        assertThat(new OsThemeDetector("Linux", Map.of(), answering(Map.of())).prefersDark()).isFalse();
        assertThat(new OsThemeDetector("Mac OS X", Map.of(), answering(Map.of())).prefersDark()).isFalse();
    }

    @Test
    void themeChoiceFollowsTheSystemOnlyWhenAsked() {
        assertThat(ThemeChoice.SYSTEM.dark(true)).isTrue();
        assertThat(ThemeChoice.SYSTEM.dark(false)).isFalse();
        assertThat(ThemeChoice.LIGHT.dark(true)).isFalse();
        assertThat(ThemeChoice.DARK.dark(false)).isTrue();
    }
}
