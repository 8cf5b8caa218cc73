package org.findinggood.coachdesk.ui.today;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.findinggood.coachdesk.store.ClientFacts;
import org.findinggood.coachdesk.ui.common.json.JsonTexts;

/** Weekly averages of the focus scores checked in (weeks from Monday), as the Map's engagement chart reads them. */
final class WeeklyScores {

    record Week(LocalDate weekStart, double average) {
    }

    private WeeklyScores() {
    }

    /** Weeks with at least one score, oldest first. */
    static List<Week> of(List<ClientFacts.Checkin> checkins) {
        Map<LocalDate, double[]> weeks = new TreeMap<>();
        for (ClientFacts.Checkin checkin : checkins) {
            if (checkin.date() == null) {
                continue;
            }
            LocalDate week = checkin.date().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            for (double score : JsonTexts.scores(checkin.focusScores()).values()) {
                double[] sum = weeks.computeIfAbsent(week, w -> new double[2]);
                sum[0] += score;
                sum[1]++;
            }
        }
        List<Week> result = new ArrayList<>();
        weeks.forEach((week, sum) -> result.add(new Week(week, sum[0] / sum[1])));
        return result;
    }
}
