package org.findinggood.coachdesk.ui.common.json;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.findinggood.coachdesk.model.DayFormat;

/**
 * The labels of a chart's time axis in the app's one day style: ISO months read "Aug 2026", ISO days
 * "7 Sep" (with the year when the points span more than one), anything else as it is.
 */
final class TimeAxisLabels {

    private TimeAxisLabels() {
    }

    /** One label per point, in order, from the values the JSON gave ("2026-09-07", "2026-08", "Week 3"). */
    static List<String> of(List<String> values) {
        List<Optional<LocalDate>> days = values.stream().map(DayFormat::isoDay).toList();
        // a day keeps its day: a month label would merge two points of one month into one category
        boolean oneYear = days.stream().allMatch(Optional::isPresent)
                && days.stream().map(day -> day.get().getYear()).distinct().count() <= 1;
        List<String> labels = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            Optional<LocalDate> day = days.get(i);
            if (day.isPresent()) {
                labels.add((oneYear ? DayFormat.DAY_MONTH : DayFormat.DAY_MONTH_YEAR).format(day.get()));
            } else {
                labels.add(month(values.get(i)));
            }
        }
        return labels;
    }

    /**
     * The labels as category keys that never merge: a chart's category axis draws points with equal
     * labels in one place, so a repeated label gets its count ("Aug 2026 (2)").
     */
    static List<String> distinctKeys(List<String> labels) {
        Set<String> used = new HashSet<>();
        List<String> keys = new ArrayList<>(labels.size());
        for (String label : labels) {
            String key = label;
            for (int count = 2; !used.add(key); count++) {
                key = label + " (" + count + ")";
            }
            keys.add(key);
        }
        return keys;
    }

    private static String month(String value) {
        if (value != null && value.matches("\\d{4}-\\d{2}")) {
            try {
                return DayFormat.MONTH_YEAR.format(YearMonth.parse(value));
            } catch (DateTimeException notAMonth) {
                return value;
            }
        }
        return value;
    }
}
