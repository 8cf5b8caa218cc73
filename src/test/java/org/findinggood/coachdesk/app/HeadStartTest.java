package org.findinggood.coachdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.store.CacheKey;
import org.findinggood.coachdesk.store.CacheOpenResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the launcher begins before JavaFX is up: handed over once, to the right folder, and closed cleanly. */
class HeadStartTest {

    @TempDir
    Path home;

    // The head start points the SQLite driver at its unpacked library (a JVM-wide setting); this JVM's
    // driver is loaded already, so keep the setting from outliving the temp folder.
    private final String libPath = System.getProperty(SqliteNativeLibrary.PATH_PROPERTY);
    private final String libName = System.getProperty(SqliteNativeLibrary.NAME_PROPERTY);

    @AfterEach
    void restoreLibrarySetting() {
        restore(SqliteNativeLibrary.PATH_PROPERTY, libPath);
        restore(SqliteNativeLibrary.NAME_PROPERTY, libName);
    }

    private static void restore(String property, String value) {
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
    }

    @Test
    void theDemoOpenedAheadIsHandedOverOnceWithItsRosterAndSealedWhenClosed() throws Exception {
        AppDirectories dirs = AppDirectories.resolve("", "", Map.of(), home.toString());
        HeadStart start = HeadStart.begin(dirs, CoachDeskAppTest.CLOCK, true);

        assertThat(start.demo(home.resolve("elsewhere"))).isEmpty();
        HeadStart.Opening opening = start.demo(dirs.data()).orElseThrow();
        assertThat(start.demo(dirs.data())).as("opening the demo again opens it afresh").isEmpty();
        OpenWorkspace workspace = opening.await();
        assertThat(opening.readyNow()).isSameAs(workspace);
        assertThat(workspace.demo()).isTrue();
        assertThat(workspace.firstRosterReading().get(30, TimeUnit.SECONDS).rows())
                .as("the roster, read after the hand-over on the same thread").isNotEmpty();
        assertThat(dirs.data().resolve("native")).as("the SQLite library unpacked once, for later starts").isDirectory();

        assertThat(start.settings(AppDirectories.resolve("", "", Map.of(), home.resolve("other").toString()))).isEmpty();
        HeadStart.LoadedSettings settings = start.settings(dirs).orElseThrow();
        assertThat(settings.file().file()).isEqualTo(dirs.config().resolve("settings.json"));
        assertThat(settings.settings().lastProjectUrlProperty().get()).isNull();
        assertThat(start.settings(dirs)).isEmpty();

        Path cache = workspace.db().file();
        workspace.close();
        assertThat(cache.resolveSibling(cache.getFileName() + ".sealed")).exists();
        CacheOpenResult reopened = CacheDatabase.open(cache, CacheKey.forDemo());
        reopened.database().close();
        assertThat(reopened.outcome()).isEqualTo(CacheOpenResult.Outcome.OPENED);
    }

    @Test
    void withoutADemoToOpenThereIsNoneToTake() {
        AppDirectories dirs = AppDirectories.resolve("", "", Map.of(), home.toString());
        HeadStart start = HeadStart.begin(dirs, CoachDeskAppTest.CLOCK, false);
        assertThat(start.demo(dirs.data())).isEmpty();
        assertThat(start.settings(dirs)).isPresent();
        assertThat(Files.exists(dirs.data().resolve("demo"))).isFalse();
    }

    @Test
    void commandLinesThatNeedTheParserGetNoHeadStart() {
        assertThat(HeadStart.beforeParsing(new String[] {"--help"})).isNull();
        assertThat(HeadStart.beforeParsing(new String[] {"--version"})).isNull();
        assertThat(HeadStart.beforeParsing(new String[] {"--smoke-test"})).isNull();
        assertThat(HeadStart.beforeParsing(new String[] {"--demo", "--smoke-test"})).isNull();
        assertThat(HeadStart.beforeParsing(new String[] {"--dmeo"})).isNull();
    }
}
