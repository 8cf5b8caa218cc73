package org.findinggood.coachdesk.store;

import java.time.LocalDate;
import java.util.UUID;
import org.findinggood.coachdesk.model.WeeklySnapshot;

/** Which week a weekly snapshot covers, without its JSON: the Quick Prep week list reads only these. */
public record SnapshotWeek(UUID id, Integer weekNumber, LocalDate weekStart, LocalDate weekEnd) {

    public static SnapshotWeek of(WeeklySnapshot snapshot) {
        return new SnapshotWeek(snapshot.id(), snapshot.weekNumber(), snapshot.weekStart(), snapshot.weekEnd());
    }
}
