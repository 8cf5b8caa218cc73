package org.findinggood.coachdesk.ui.quickprep;

import java.util.List;
import org.findinggood.coachdesk.model.Client;
import org.findinggood.coachdesk.model.DailyCheckin;
import org.findinggood.coachdesk.model.Permission;
import org.findinggood.coachdesk.model.WeeklySnapshot;

/**
 * One client's Quick Prep rows, as read from the cache.
 *
 * @param client             the client row, or null when the cache has none (invited, not yet synced)
 * @param snapshots          weekly snapshots, newest week first
 * @param permission         the current Permission/Practice/Focus row, or null
 * @param recentCheckins     check-ins of the last {@link QuickPrepViewModel#CHECKIN_DAYS} days, any order
 * @param pendingActivities  agreed activities with status {@code pending}
 */
public record QuickPrepData(
        String clientEmail,
        Client client,
        List<WeeklySnapshot> snapshots,
        Permission permission,
        List<DailyCheckin> recentCheckins,
        int pendingActivities) {

    public QuickPrepData {
        snapshots = List.copyOf(snapshots);
        recentCheckins = List.copyOf(recentCheckins);
    }
}
