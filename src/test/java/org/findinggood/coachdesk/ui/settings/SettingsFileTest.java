package org.findinggood.coachdesk.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.findinggood.coachdesk.ui.activities.ActivityColumns;
import org.findinggood.coachdesk.ui.common.ThemeChoice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsFileTest {

    @TempDir
    Path dir;

    @Test
    void savesAndLoadsEverySetting() throws Exception {
        SettingsFile file = new SettingsFile(dir.resolve("config/settings.json"));
        Settings settings = file.load();
        assertThat(settings.themeProperty().get()).isEqualTo(ThemeChoice.SYSTEM);
        settings.themeProperty().set(ThemeChoice.DARK);
        settings.syncIntervalMinutesProperty().set(15);
        settings.anonKeys().put("https://abc.supabase.co", "anon-key-123");
        settings.lastProjectUrlProperty().set("https://abc.supabase.co");
        settings.lastCoachEmailProperty().set("coach@example.com");
        settings.windowBoundsProperty().set(new WindowBounds(10, 20, 1000, 700, false, 0.35));
        settings.hiddenActivityColumns().clear();
        settings.hiddenActivityColumns().addAll(java.util.List.of("source", "evidence"));
        file.save(SettingsFile.Stored.of(settings));

        Settings loaded = new SettingsFile(dir.resolve("config/settings.json")).load();
        assertThat(loaded.themeProperty().get()).isEqualTo(ThemeChoice.DARK);
        assertThat(loaded.syncIntervalMinutesProperty().get()).isEqualTo(15);
        assertThat(loaded.anonKeys()).containsEntry("https://abc.supabase.co", "anon-key-123");
        assertThat(loaded.hasWorkspace()).isTrue();
        assertThat(loaded.windowBoundsProperty().get()).isEqualTo(new WindowBounds(10, 20, 1000, 700, false, 0.35));
        assertThat(loaded.hiddenActivityColumns()).containsExactlyInAnyOrder("source", "evidence");
        String json = Files.readString(dir.resolve("config/settings.json"));
        assertThat(json).doesNotContainIgnoringCase("password").doesNotContainIgnoringCase("token");
        try (var files = Files.list(dir.resolve("config"))) {
            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("settings.json");
        }
    }

    @Test
    void aFirstRunHidesSomeActivityColumnsAndTheCoachsOwnChoiceReplacesThat() throws Exception {
        Path path = dir.resolve("settings.json");
        assertThat(new SettingsFile(path).load().hiddenActivityColumns())
                .containsExactlyInAnyOrderElementsOf(ActivityColumns.HIDDEN_AT_FIRST).isNotEmpty();
        // a settings file from before the columns could be hidden: the first-run default too
        assertThat(loadFrom("{\"theme\":\"DARK\"}").hiddenActivityColumns())
                .containsExactlyInAnyOrderElementsOf(ActivityColumns.HIDDEN_AT_FIRST);
        // every column shown again, by choice: stays so
        assertThat(loadFrom("{\"hiddenActivityColumns\":[]}").hiddenActivityColumns()).isEmpty();
        assertThat(loadFrom("{\"hiddenActivityColumns\":[\"created\",\"sync\"]}").hiddenActivityColumns()).containsExactlyInAnyOrder("created", "sync");
    }

    @Test
    void fieldsOfALaterVersionAreSkippedWhateverTheirShape() throws Exception {
        Path path = dir.resolve("settings.json");
        Settings settings = loadFrom("{\"future\":{\"a\":[1,{\"b\":null}],\"c\":\"d\"},\"theme\":\"DARK\",\"list\":[[]],"
                + "\"window\":{\"x\":5,\"y\":6.5,\"width\":900,\"height\":600,\"maximized\":true,\"divider\":0.4,\"screen\":{\"id\":2}},"
                + "\"anonKeys\":{\"https://a.supabase.co\":\"k1\"},\"lastCoachEmail\":null}");
        assertThat(settings.themeProperty().get()).isEqualTo(ThemeChoice.DARK);
        assertThat(settings.windowBoundsProperty().get()).isEqualTo(new WindowBounds(5, 6.5, 900, 600, true, 0.4));
        assertThat(settings.anonKeys()).containsExactly(java.util.Map.entry("https://a.supabase.co", "k1"));
        assertThat(settings.lastCoachEmailProperty().get()).isNull();
        assertThat(path).exists();
    }

    @Test
    void aKnownFieldOfTheWrongShapeIsABrokenFile() throws Exception {
        Settings settings = loadFrom("{\"theme\":\"DARK\",\"window\":\"big\"}");
        assertThat(settings.themeProperty().get()).isEqualTo(ThemeChoice.SYSTEM);
        assertThat(dir.resolve("settings.json.broken")).exists();
    }

    @Test
    void brokenFileIsMovedAsideAndDefaultsUsed() throws Exception {
        Path path = dir.resolve("settings.json");
        Settings settings = loadFrom("{ \"theme\": \"DARK\", oops");
        assertThat(settings.themeProperty().get()).isEqualTo(ThemeChoice.SYSTEM);
        assertThat(dir.resolve("settings.json.broken")).exists();
        assertThat(path).doesNotExist();
    }

    @Test
    void unknownValuesFallBackToDefaults() throws Exception {
        Settings settings = loadFrom("{\"theme\":\"NEON\",\"syncIntervalMinutes\":0,\"futureSetting\":true}");
        assertThat(settings.themeProperty().get()).isEqualTo(ThemeChoice.SYSTEM);
        assertThat(settings.syncIntervalMinutesProperty().get()).isEqualTo(Settings.DEFAULT_SYNC_MINUTES);
    }

    @Test
    void changesAreSavedOnceAfterABurst() throws Exception {
        Path path = dir.resolve("settings.json");
        SettingsFile file = new SettingsFile(path);
        Settings settings = file.load();
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        try {
            file.saveOnChange(settings, scheduler);
            for (int minutes = 2; minutes <= 30; minutes++) {
                settings.syncIntervalMinutesProperty().set(minutes);
            }
            assertThat(path).doesNotExist(); // debounced: nothing written yet
            scheduler.schedule(() -> { }, 1500, TimeUnit.MILLISECONDS).get();
            assertThat(new SettingsFile(path).load().syncIntervalMinutesProperty().get()).isEqualTo(30);
        } finally {
            scheduler.shutdownNow();
        }
    }

    @Test
    void signOutForgetsTheCoachButKeepsTheProject() {
        Settings settings = new Settings();
        settings.lastProjectUrlProperty().set("https://abc.supabase.co");
        settings.lastCoachEmailProperty().set("coach@example.com");
        settings.forgetWorkspace();
        assertThat(settings.hasWorkspace()).isFalse();
        assertThat(settings.lastProjectUrlProperty().get()).isEqualTo("https://abc.supabase.co");
    }

    /** Writes {@code json} as the settings file and loads it. */
    private Settings loadFrom(String json) throws Exception {
        Path path = dir.resolve("settings.json");
        Files.writeString(path, json);
        return new SettingsFile(path).load();
    }
}
