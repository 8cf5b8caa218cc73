package org.findinggood.coachdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.findinggood.coachdesk.model.RelationshipStatus;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.store.LastOpenedRepository;
import org.findinggood.coachdesk.testsupport.supabase.SecretsLog;
import org.findinggood.coachdesk.ui.client.SelectedClient;
import org.findinggood.coachdesk.ui.quickprep.WeekOption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The visit written when a client is opened decides the "Since" block: never opened here means "the last
 * 14 days". The client area builds its tabs lazily on the first selection, so the tab index changes inside
 * that selection, before the recorder hears of the client: such a view must not be written before the
 * visit (on a slow CI machine it was, and a first look read "Since Wed 25 Nov").
 */
class VisitRecorderTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T15:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private CacheDatabase db;
    private VisitRecorder recorder;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() {
        db = CacheDatabase.open(dir.resolve("w.db"), SecretsLog.randomCacheKey()).database();
        recorder = new VisitRecorder(new LastOpenedRepository(db), CLOCK);
    }

    @AfterEach
    void close() throws Exception {
        recorder.close();
        db.close();
    }

    private static SelectedClient client(String email) {
        return new SelectedClient(UUID.randomUUID(), UUID.randomUUID(), email, "Ana Lima", RelationshipStatus.ACTIVE, null, null);
    }

    @Test
    void aTabShownBeforeTheVisitIsHeardDoesNotMakeAFirstLookASecond() throws Exception {
        SimpleObjectProperty<SelectedClient> selected = new SimpleObjectProperty<>();
        SimpleIntegerProperty tab = new SimpleIntegerProperty(-1);
        SimpleObjectProperty<WeekOption> week = new SimpleObjectProperty<>();
        // the client area's own listener comes first: it builds the tabs, and tab 0 gets selected
        selected.addListener((obs, old, now) -> tab.set(0));
        BlockingQueue<Object[]> visits = new ArrayBlockingQueue<>(4);
        WaitForAsyncUtils.asyncFx(() -> {
            recorder.follow(selected, tab, week, (email, before) -> visits.add(new Object[] {email, before}));
            selected.set(client("ana@example.com"));
        }).get(10, TimeUnit.SECONDS);

        Object[] visit = visits.poll(10, TimeUnit.SECONDS);
        assertThat(visit).isNotNull();
        assertThat(visit[0]).isEqualTo("ana@example.com");
        assertThat(visit[1]).as("never opened on this computer before").isNull();
        // and the view is still recorded, after the visit
        Thread.sleep(200);
        assertThat(new LastOpenedRepository(db).of("ana@example.com")).get()
                .satisfies(row -> {
                    assertThat(row.tab()).isZero();
                    assertThat(row.openedAt()).isEqualTo(CLOCK.instant());
                });
    }

    @Test
    void theSecondOpeningHearsTheFirst() throws Exception {
        SimpleObjectProperty<SelectedClient> selected = new SimpleObjectProperty<>();
        SimpleIntegerProperty tab = new SimpleIntegerProperty(0);
        SimpleObjectProperty<WeekOption> week = new SimpleObjectProperty<>();
        BlockingQueue<Object[]> visits = new ArrayBlockingQueue<>(4);
        WaitForAsyncUtils.asyncFx(() -> {
            recorder.follow(selected, tab, week, (email, before) -> visits.add(new Object[] {email, before}));
            selected.set(client("ana@example.com"));
            selected.set(client("ben@example.com"));
            tab.set(2);
            selected.set(client("ana@example.com"));
        }).get(10, TimeUnit.SECONDS);
        assertThat(visits.poll(10, TimeUnit.SECONDS)[1]).isNull();
        assertThat(visits.poll(10, TimeUnit.SECONDS)[1]).isNull();
        assertThat(visits.poll(10, TimeUnit.SECONDS)[1]).isEqualTo(CLOCK.instant());
    }
}
