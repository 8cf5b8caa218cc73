package org.findinggood.coachdesk.ui.today;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.findinggood.coachdesk.model.RelationshipStatus;
import org.findinggood.coachdesk.store.ClientFacts;

/**
 * Engagement falling: the mean of an active client's weekly average focus scores over the last
 * {@link #RECENT_WEEKS} weeks (this one included) is at least {@link #DROP} (15 %) below the mean of the
 * {@link #EARLIER_WEEKS} weeks before, the client's own earlier level. Needs a scored week in the recent
 * span and {@link #MIN_EARLIER} in the earlier one, so a new client or a single odd week does not count.
 */
public final class EngagementFallingRule implements TodayRule {

    static final int RECENT_WEEKS = 2;
    static final int EARLIER_WEEKS = 6;
    static final int MIN_EARLIER = 3;
    static final double DROP = 0.15;
    static final int WEIGHT = 2;

    @Override
    public Optional<TodayReason> check(ClientFacts facts, Instant now) {
        if (facts.status() != RelationshipStatus.ACTIVE) {
            return Optional.empty();
        }
        LocalDate thisWeek = now.atZone(ZoneOffset.UTC).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate recentFrom = thisWeek.minusWeeks(RECENT_WEEKS - 1L);
        LocalDate earlierFrom = recentFrom.minusWeeks(EARLIER_WEEKS);
        List<WeeklyScores.Week> weeks = WeeklyScores.of(facts.recentCheckins());
        List<WeeklyScores.Week> recent = weeks.stream().filter(w -> !w.weekStart().isBefore(recentFrom)).toList();
        List<WeeklyScores.Week> earlier = weeks.stream()
                .filter(w -> !w.weekStart().isBefore(earlierFrom) && w.weekStart().isBefore(recentFrom)).toList();
        if (recent.isEmpty() || earlier.size() < MIN_EARLIER) {
            return Optional.empty();
        }
        double recentMean = mean(recent);
        double earlierMean = mean(earlier);
        if (earlierMean <= 0 || recentMean > earlierMean * (1 - DROP)) {
            return Optional.empty();
        }
        return Optional.of(new TodayReason("Engagement \u2193",
                String.format(Locale.ENGLISH, "Average score %.1f in the last %d weeks, against %.1f in the %d weeks before",
                        recentMean, RECENT_WEEKS, earlierMean, earlier.size()),
                WEIGHT, recent.get(recent.size() - 1).weekStart().atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    private static double mean(List<WeeklyScores.Week> weeks) {
        return weeks.stream().mapToDouble(WeeklyScores.Week::average).average().orElse(0);
    }
}
