package org.findinggood.coachdesk.ui.quickprep;

import org.findinggood.coachdesk.app.StoreQuickPrepSource;
import org.findinggood.coachdesk.store.CacheStore;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import org.findinggood.coachdesk.model.RelationshipStatus;
import org.findinggood.coachdesk.model.WeeklySnapshot;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.store.SnapshotWeek;
import org.findinggood.coachdesk.ui.common.Tasks;
import org.findinggood.coachdesk.ui.common.json.JsonShapeRecognizer;
import org.findinggood.coachdesk.ui.common.json.JsonTexts;
import org.findinggood.coachdesk.ui.tabs.DemoCache;
import org.findinggood.coachdesk.ui.tabs.DemoRows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quick Prep on a real cache: the first read lists every week but reads only the newest in full;
 * an older week is read when the coach steps to it, and shows that week's own rows.
 */
class StoreQuickPrepSourceTest {

    @TempDir
    Path dir;
    private final DemoRows demo = DemoRows.standard();
    private CacheDatabase db;
    private String email;
    private List<WeeklySnapshot> newestFirst;

    @BeforeEach
    void open() {
        db = DemoCache.open(dir.resolve("demo.db"), demo.data());
        email = demo.client(RelationshipStatus.ACTIVE, 0).email();
        newestFirst = demo.data().weeklySnapshots().stream().filter(s -> s.clientEmail().equals(email))
                .sorted(Comparator.comparing(WeeklySnapshot::weekStart).reversed()).toList();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theFirstReadListsEveryWeekAndReadsOnlyTheNewestInFull() throws Exception {
        QuickPrepData data = new StoreQuickPrepSource(new CacheStore(db)).load(email, DemoRows.TODAY);
        assertThat(newestFirst).hasSizeGreaterThan(10);
        assertThat(data.weeks()).extracting(SnapshotWeek::id).containsExactlyElementsOf(
                newestFirst.stream().map(WeeklySnapshot::id).toList());
        assertThat(data.loadedWeeks()).containsOnlyKeys(newestFirst.get(0).id());
        assertThat(data.loadedWeeks().get(newestFirst.get(0).id())).isEqualTo(newestFirst.get(0));
    }

    @Test
    void steppingToAnOlderWeekReadsThatWeek() {
        QuickPrepViewModel model = new QuickPrepViewModel(new StoreQuickPrepSource(new CacheStore(db)), Tasks.sameThread(),
                Clock.fixed(DemoRows.TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC),
                new JsonShapeRecognizer(), url -> { });
        model.show(email);
        assertThat(model.themes()).isEqualTo(JsonTexts.items(newestFirst.get(0).themes(), QuickPrepViewModel.MAX_CHIPS));

        model.olderWeek();
        model.olderWeek();
        WeeklySnapshot third = newestFirst.get(2);
        assertThat(model.selectedWeekProperty().get().start()).isEqualTo(third.weekStart());
        assertThat(model.weekSummaryProperty().get()).startsWith("Week " + third.weekNumber());
        assertThat(model.themes()).isEqualTo(JsonTexts.items(third.themes(), QuickPrepViewModel.MAX_CHIPS));
        assertThat(model.questions()).extracting(QuestionItem::text).isNotEmpty();
        assertThat(model.loadingProperty().get()).isFalse();

        model.newerWeek();
        assertThat(model.themes()).isEqualTo(JsonTexts.items(newestFirst.get(1).themes(), QuickPrepViewModel.MAX_CHIPS));
    }
}
