package org.findinggood.coachdesk.demo;

import java.util.List;
import org.findinggood.coachdesk.model.AgreedActivity;
import org.findinggood.coachdesk.model.Client;
import org.findinggood.coachdesk.model.Coach;
import org.findinggood.coachdesk.model.CoachingRelationship;
import org.findinggood.coachdesk.model.DailyCheckin;
import org.findinggood.coachdesk.model.FocusHistoryEntry;
import org.findinggood.coachdesk.model.Permission;
import org.findinggood.coachdesk.model.RollingAggregate;
import org.findinggood.coachdesk.model.WeeklySnapshot;

/** Every row of a generated demo workspace, table by table, ready to be written to a cache. */
public record DemoData(
        Coach coach,
        List<Client> clients,
        List<CoachingRelationship> relationships,
        List<Permission> permissions,
        List<WeeklySnapshot> weeklySnapshots,
        List<RollingAggregate> rollingAggregates,
        List<AgreedActivity> agreedActivities,
        List<DailyCheckin> dailyCheckins,
        List<FocusHistoryEntry> focusHistory) {

    public int rowCount() {
        return 1 + clients.size() + relationships.size() + permissions.size() + weeklySnapshots.size()
                + rollingAggregates.size() + agreedActivities.size() + dailyCheckins.size() + focusHistory.size();
    }
}
