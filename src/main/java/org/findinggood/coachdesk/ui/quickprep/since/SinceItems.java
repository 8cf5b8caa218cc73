package org.findinggood.coachdesk.ui.quickprep.since;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.findinggood.coachdesk.model.ActivityStatus;
import org.findinggood.coachdesk.store.ClientChanges;
import org.findinggood.coachdesk.store.ClientFacts;
import org.findinggood.coachdesk.ui.common.json.JsonScalars;
import org.findinggood.coachdesk.ui.common.json.JsonTexts;
import org.findinggood.coachdesk.ui.common.DisplayFormats;
import org.findinggood.coachdesk.ui.common.WeekLabel;

/** The lines of the "Since" block from what changed, each pointing to where it lives. Pure. */
final class SinceItems {

    private static final DateTimeFormatter DAY = DisplayFormats.DAY_MONTH;

    private SinceItems() {
    }

    static List<SinceItem> from(ClientChanges changes) {
        List<SinceItem> items = new ArrayList<>();
        if (!changes.newWeeks().isEmpty()) {
            items.add(newWeeks(changes.newWeeks()));
        }
        if (!changes.checkinsSince().isEmpty()) {
            items.add(new SinceItem(checkins(changes.checkinsSince(), changes.checkinsBefore()), SinceItem.MAP, null));
        }
        for (ClientChanges.Activity activity : changes.activities()) {
            items.add(new SinceItem(activity(activity, changes), SinceItem.ACTIVITIES, null));
        }
        for (ClientChanges.Focus focus : changes.focus()) {
            String text = focus.ended() != null && focus.ended().isAfter(changes.since().atZone(java.time.ZoneOffset.UTC).toLocalDate())
                    ? "Focus ended: " + focus.name() + (focus.evolvedInto() == null ? "" : ", evolved into " + focus.evolvedInto())
                    : "Focus started: " + focus.name() + " (" + DAY.format(focus.started()) + ")";
            items.add(new SinceItem(text, SinceItem.MAP, null));
        }
        for (ClientChanges.PermissionText text : changes.permissions()) {
            List<String> parts = new ArrayList<>();
            if (text.permission() != null && !text.permission().isBlank()) {
                parts.add("permission \u201c" + JsonScalars.cut(text.permission().strip(), 80) + "\u201d");
            }
            if (text.practice() != null && !text.practice().isBlank()) {
                parts.add("practice \u201c" + JsonScalars.cut(text.practice().strip(), 80) + "\u201d");
            }
            if (!parts.isEmpty()) {
                items.add(new SinceItem("New " + String.join(" and ", parts), SinceItem.QUICK_PREP, null));
            }
        }
        return items;
    }

    /**
     * One line for the new weeks, opening the latest (the week arrows step back from there), the week written as
     * everywhere ({@link WeekLabel}): "New weekly snapshot: Week 16 · 23 Nov – 29 Nov 2026", or for several
     * "3 new weekly snapshots, the latest Week 16 · 23 Nov – 29 Nov 2026".
     */
    static SinceItem newWeeks(List<ClientChanges.Week> weeks) {
        ClientChanges.Week latest = weeks.stream().max(java.util.Comparator.comparing(ClientChanges.Week::weekStart)).orElseThrow();
        String week = WeekLabel.of(latest.weekNumber(), latest.weekStart(), latest.weekStart().plusDays(6));
        String text = weeks.size() == 1 ? "New weekly snapshot: " + week : weeks.size() + " new weekly snapshots, the latest " + week;
        return new SinceItem(text, SinceItem.QUICK_PREP, latest.weekStart());
    }

    /** "4 check-ins, average 3.8 (up from 3.1 the period before)". */
    static String checkins(List<ClientFacts.Checkin> since, List<ClientFacts.Checkin> before) {
        Double now = average(since);
        Double then = average(before);
        StringBuilder text = new StringBuilder().append(since.size()).append(since.size() == 1 ? " check-in" : " check-ins");
        if (now != null) {
            text.append(", average ").append(JsonScalars.decimal(now));
            if (then != null) {
                double delta = now - then;
                text.append(Math.abs(delta) < 0.05 ? " (level with " : delta > 0 ? " (\u2191 up from " : " (\u2193 down from ")
                        .append(JsonScalars.decimal(then)).append(" the period before)");
            }
        }
        return text.toString();
    }

    private static Double average(List<ClientFacts.Checkin> checkins) {
        double sum = 0;
        int count = 0;
        for (ClientFacts.Checkin checkin : checkins) {
            for (double score : JsonTexts.scores(checkin.focusScores()).values()) {
                sum += score;
                count++;
            }
        }
        return count == 0 ? null : sum / count;
    }

    private static String activity(ClientChanges.Activity activity, ClientChanges changes) {
        String text = "\u201c" + JsonScalars.cut(activity.text() == null ? "" : activity.text().strip(), 80) + "\u201d";
        boolean isNew = activity.created() != null && activity.created().isAfter(changes.since());
        ActivityStatus status = ActivityStatus.fromWire(activity.status());
        // whether it is synced yet is the Activities tab's to say (and the demo never syncs)
        String who = activity.changedHere() ? " (by you)" : "";
        if (status == ActivityStatus.EVIDENCE_FOUND) {
            return "New evidence: " + text + who;
        }
        String state = activity.status() == null ? "" : activity.status().replace('_', ' ');
        return (isNew ? "New activity: " : "Activity now " + state + ": ") + text + who;
    }
}
