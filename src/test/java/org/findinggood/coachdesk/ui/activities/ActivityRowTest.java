package org.findinggood.coachdesk.ui.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.findinggood.coachdesk.model.ActivitySource;
import org.findinggood.coachdesk.model.ActivityStatus;
import org.findinggood.coachdesk.model.AgreedActivity;
import org.findinggood.coachdesk.model.Visibility;
import org.findinggood.coachdesk.store.RowSyncState;
import org.junit.jupiter.api.Test;

class ActivityRowTest {

    private static final OffsetDateTime OCT_12 = OffsetDateTime.of(2026, 10, 12, 9, 30, 0, 0, ZoneOffset.UTC);

    @Test
    void theAgreedLineSaysWhenWhereAndWhenItLastChanged() {
        assertThat(row(ActivitySource.SESSION, OCT_12, OCT_12.plusDays(2)).agreedLine())
                .isEqualTo("Agreed 12 Oct 2026 in a session \u00b7 changed 14 Oct 2026");
        assertThat(row(ActivitySource.FOCUS, OCT_12, OCT_12.plusHours(3)).agreedLine())
                .as("changed the same day: nothing to add").isEqualTo("Agreed 12 Oct 2026 from the client's Focus");
        assertThat(row(ActivitySource.TRANSCRIPT, OCT_12, null).agreedLine())
                .isEqualTo("Agreed 12 Oct 2026 from a session transcript");
    }

    @Test
    void unknownSourceAndMissingDatesLeaveThoseParts() {
        assertThat(row(ActivitySource.UNKNOWN, OCT_12, OCT_12).agreedLine()).isEqualTo("Agreed 12 Oct 2026");
        assertThat(row(null, null, OCT_12).agreedLine()).isEqualTo("Agreed \u00b7 changed 12 Oct 2026");
        assertThat(row(null, null, null).agreedLine()).isEqualTo("Agreed");
    }

    @Test
    void theTableGivesTheDayThisYearAndTheMonthBefore() {
        LocalDate today = LocalDate.of(2026, 12, 4);
        assertThat(ActivityRow.tableDay(LocalDate.of(2026, 10, 14), today)).isEqualTo("14 Oct");
        assertThat(ActivityRow.tableDay(LocalDate.of(2026, 1, 1), today)).isEqualTo("1 Jan");
        assertThat(ActivityRow.tableDay(LocalDate.of(2025, 12, 31), today)).isEqualTo("Dec 2025");
    }

    private static ActivityRow row(ActivitySource source, OffsetDateTime created, OffsetDateTime updated) {
        return new ActivityRow(new AgreedActivity(UUID.randomUUID(), "client@example.org", UUID.randomUUID(), source,
                "Walk before work", ActivityStatus.PENDING, null, null, Visibility.SHARED, created, updated),
                RowSyncState.SYNCED);
    }
}
