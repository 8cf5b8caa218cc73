package org.findinggood.coachdesk.ui.tabs;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.findinggood.coachdesk.demo.DemoData;
import org.findinggood.coachdesk.demo.DemoWorkspace;
import org.findinggood.coachdesk.model.ActivityStatus;
import org.findinggood.coachdesk.model.Client;
import org.findinggood.coachdesk.model.CoachingRelationship;
import org.findinggood.coachdesk.model.RelationshipStatus;
import org.findinggood.coachdesk.model.RollingAggregate;
import org.findinggood.coachdesk.testsupport.supabase.SecretsLog;
import org.findinggood.coachdesk.ui.map.MapData;
import org.findinggood.coachdesk.ui.map.MapSource;
import org.findinggood.coachdesk.ui.quickprep.QuickPrepData;
import org.findinggood.coachdesk.ui.quickprep.QuickPrepSource;

/**
 * The demo workspace's rows (desk's {@link DemoWorkspace}, a fixed "today"), answered per client the
 * way the cache answers: the tab tests and screenshots run on realistic data.
 */
public final class DemoRows {

    public static final LocalDate TODAY = LocalDate.of(2026, 1, 28);

    private final DemoData data;

    public DemoRows(DemoData data) {
        this.data = SecretsLog.coachNotes(data);
    }

    public static DemoRows standard() {
        return new DemoRows(DemoWorkspace.standard(TODAY).generate());
    }

    public DemoData data() {
        return data;
    }

    /** The n-th client (roster order) whose relationship has the given status. */
    public Client client(RelationshipStatus status, int n) {
        List<String> emails = data.relationships().stream().filter(r -> r.status() == status)
                .map(CoachingRelationship::clientEmail).toList();
        String email = emails.get(n);
        return data.clients().stream().filter(c -> c.email().equals(email)).findFirst().orElseThrow();
    }

    public QuickPrepSource quickPrepSource() {
        return (email, today) -> new QuickPrepData(email,
                data.clients().stream().filter(c -> c.email().equals(email)).findFirst().orElse(null),
                data.weeklySnapshots().stream().filter(s -> s.clientEmail().equals(email))
                        .sorted(Comparator.comparing(org.findinggood.coachdesk.model.WeeklySnapshot::weekStart).reversed())
                        .toList(),
                data.permissions().stream().filter(p -> p.clientEmail().equals(email)).reduce((a, b) -> b).orElse(null),
                data.dailyCheckins().stream().filter(c -> c.clientEmail().equals(email)
                        && !c.checkDate().isBefore(today.minusDays(13)) && !c.checkDate().isAfter(today)).toList(),
                (int) data.agreedActivities().stream().filter(a -> a.clientEmail().equals(email)
                        && a.status() == ActivityStatus.PENDING).count(),
                (int) data.agreedActivities().stream().filter(a -> a.clientEmail().equals(email)
                        && a.status() == ActivityStatus.EVIDENCE_FOUND).count());
    }

    public MapSource mapSource() {
        return email -> new MapData(email,
                data.rollingAggregates().stream().filter(a -> a.clientEmail().equals(email)).findFirst()
                        .map(RollingAggregate.class::cast).orElse(null),
                data.focusHistory().stream().filter(f -> f.clientEmail().equals(email)).toList(),
                data.dailyCheckins().stream().filter(c -> c.clientEmail().equals(email)).toList());
    }
}
