package org.findinggood.coachdesk.ui.quickprep;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.findinggood.coachdesk.model.Client;
import org.findinggood.coachdesk.model.DailyCheckin;
import org.findinggood.coachdesk.model.Permission;
import org.findinggood.coachdesk.model.WeeklySnapshot;
import org.findinggood.coachdesk.store.SnapshotWeek;

/**
 * One client's Quick Prep rows, as read from the cache. Only the weeks' dates are read for the week
 * list; the full snapshot of the newest week comes with them, older ones when the coach picks them
 * ({@link QuickPrepSource#week}), so a client with years of weeks switches as fast as a new one.
 *
 * @param client             the client row, or null when the cache has none (invited, not yet synced)
 * @param weeks              the weeks with a snapshot, newest first
 * @param loadedWeeks        full snapshots already read, by id (at least the newest week's)
 * @param permission         the current Permission/Practice/Focus row, or null
 * @param recentCheckins     check-ins of the last {@link QuickPrepViewModel#CHECKIN_DAYS} days, any order
 * @param pendingActivities  agreed activities with status {@code pending}
 * @param evidenceFound      agreed activities with status {@code evidence_found} (open too, waiting for
 *                           the coach's review: the roster's "open" counts both)
 */
public record QuickPrepData(
        String clientEmail,
        Client client,
        List<SnapshotWeek> weeks,
        Map<UUID, WeeklySnapshot> loadedWeeks,
        Permission permission,
        List<DailyCheckin> recentCheckins,
        int pendingActivities,
        int evidenceFound) {

    public QuickPrepData {
        weeks = List.copyOf(weeks);
        loadedWeeks = Map.copyOf(loadedWeeks);
        recentCheckins = List.copyOf(recentCheckins);
    }

    /** With every snapshot read in full, newest week first. */
    public QuickPrepData(String clientEmail, Client client, List<WeeklySnapshot> snapshots, Permission permission,
                         List<DailyCheckin> recentCheckins, int pendingActivities, int evidenceFound) {
        this(clientEmail, client, snapshots.stream().map(SnapshotWeek::of).toList(), byId(snapshots), permission,
                recentCheckins, pendingActivities, evidenceFound);
    }

    private static Map<UUID, WeeklySnapshot> byId(List<WeeklySnapshot> snapshots) {
        Map<UUID, WeeklySnapshot> byId = new LinkedHashMap<>();
        snapshots.forEach(s -> byId.putIfAbsent(s.id(), s));
        return byId;
    }
}
