package org.findinggood.coachdesk.ui.today;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.findinggood.coachdesk.model.RelationshipStatus;
import org.findinggood.coachdesk.store.ClientFacts;
import org.findinggood.coachdesk.store.TodayFactsQuery;

/**
 * An active client stopped checking in: the days since the last check-in exceed twice the client's usual
 * gap (the median gap between their check-ins of the last {@link TodayFactsQuery#CHECKIN_DAYS} days), and
 * at least {@link #MIN_SILENT_DAYS}. Needs three check-ins in that window to know the usual gap; a client
 * whose last check-in is older than the whole window has stopped whatever their rhythm was.
 */
public final class CheckinsStoppedRule implements TodayRule {

    static final int MIN_SILENT_DAYS = 3;
    static final int WEIGHT = 2;

    @Override
    public Optional<TodayReason> check(ClientFacts facts, Instant now) {
        LocalDate last = facts.lastCheckin();
        if (facts.status() != RelationshipStatus.ACTIVE || last == null) {
            return Optional.empty();
        }
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        long silent = ChronoUnit.DAYS.between(last, today);
        long threshold;
        if (facts.recentCheckins().isEmpty()) {
            threshold = TodayFactsQuery.CHECKIN_DAYS;
        } else {
            long usual = usualGap(facts.recentCheckins().stream().map(ClientFacts.Checkin::date).toList());
            if (usual < 0) {
                return Optional.empty();
            }
            threshold = Math.max(MIN_SILENT_DAYS, 2 * usual);
        }
        if (silent <= threshold) {
            return Optional.empty();
        }
        Instant since = last.plusDays(threshold + 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return Optional.of(new TodayReason("No check-in " + silent + " d",
                "No check-in for " + silent + " days, more than twice the usual gap", WEIGHT, since));
    }

    /** The median gap in days between consecutive check-in dates; -1 with fewer than three dates. */
    static long usualGap(List<LocalDate> dates) {
        List<LocalDate> sorted = new ArrayList<>(dates);
        Collections.sort(sorted);
        if (sorted.size() < 3) {
            return -1;
        }
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < sorted.size(); i++) {
            gaps.add(ChronoUnit.DAYS.between(sorted.get(i - 1), sorted.get(i)));
        }
        Collections.sort(gaps);
        return gaps.get(gaps.size() / 2);
    }
}
