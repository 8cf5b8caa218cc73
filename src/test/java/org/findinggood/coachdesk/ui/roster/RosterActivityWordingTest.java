package org.findinggood.coachdesk.ui.roster;

import org.findinggood.coachdesk.store.CacheStore;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.findinggood.coachdesk.demo.DemoWorkspace;
import org.findinggood.coachdesk.model.ActivityStatus;
import org.findinggood.coachdesk.model.AgreedActivity;
import org.findinggood.coachdesk.model.RelationshipStatus;
import org.findinggood.coachdesk.store.AgreedActivityRepository;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.store.CacheKey;
import org.findinggood.coachdesk.store.RosterQuery;
import org.findinggood.coachdesk.store.RosterRow;
import org.findinggood.coachdesk.ui.quickprep.QuickPrepData;
import org.findinggood.coachdesk.app.StoreQuickPrepSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The roster's "N open activities" and Quick Prep's "N pending activities" add up for every client:
 * open is pending plus evidence found, and the roster line's tooltip says so with Quick Prep's figure.
 */
class RosterActivityWordingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path dir;

    @Test
    void theRostersOpenFigureIsQuickPrepsPendingPlusEvidenceFoundForEveryClient() {
        try (CacheDatabase db = CacheDatabase.open(dir.resolve("cache.db"), CacheKey.forDemo()).database()) {
            DemoWorkspace.standard(TODAY).writeTo(db);
            StoreQuickPrepSource quickPrep = new StoreQuickPrepSource(new CacheStore(db));
            AgreedActivityRepository activities = new AgreedActivityRepository(db);
            int withEvidence = 0;
            for (RosterRow row : new RosterQuery(db).rows()) {
                String email = row.relationship().clientEmail();
                QuickPrepData prep = quickPrep.load(email, TODAY);
                int quickPrepPending = prep.pendingActivities();
                long evidenceFound = activities.all().stream().filter(a -> email.equals(a.clientEmail()))
                        .map(AgreedActivity::status).filter(s -> s == ActivityStatus.EVIDENCE_FOUND).count();
                assertThat(row.pendingActivities()).as(email).isEqualTo(quickPrepPending);
                assertThat(row.evidenceFound()).as(email).isEqualTo((int) evidenceFound).isEqualTo(prep.evidenceFound());
                assertThat(row.openActivities()).as(email).isEqualTo(quickPrepPending + prep.evidenceFound());
                String line = RosterLine.describe(row, TODAY);
                String breakdown = RosterLine.openBreakdown(row);
                if (row.openActivities() > 0 && row.relationship().status() == RelationshipStatus.ACTIVE) {
                    assertThat(line).as(email).endsWith(row.openActivities() == 1 ? "1 open activity"
                            : row.openActivities() + " open activities");
                    assertThat(breakdown).as(email).isEqualTo("Open activities: " + quickPrepPending + " pending, "
                            + evidenceFound + " with evidence found to review");
                } else if (row.openActivities() == 0) {
                    assertThat(breakdown).as(email).isNull();
                }
                withEvidence += evidenceFound > 0 ? 1 : 0;
            }
            assertThat(withEvidence).as("the demo has clients with evidence to review").isPositive();
        }
    }
}
