package org.findinggood.coachdesk.ui.quickprep;

import java.util.List;
import java.util.Objects;
import org.findinggood.coachdesk.ui.common.json.JsonScalars;

/** One focus item's check-in scores, one entry per day of the window (null: no check-in that day). */
public record FocusScoreRow(String focus, List<Double> scores) {

    public FocusScoreRow {
        scores = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(scores));
    }

    /** The mean of the days with a score, or null when there are none. */
    public Double average() {
        return scores.stream().filter(Objects::nonNull).mapToDouble(Double::doubleValue).average().stream()
                .boxed().findFirst().orElse(null);
    }

    /** "avg 4.2", "avg 5.0": one decimal always, so the column reads as one; empty without scores. */
    public String averageText() {
        Double average = average();
        return average == null ? "" : "avg " + oneDecimal(average);
    }

    static String oneDecimal(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }

    public long daysScored() {
        return scores.stream().filter(Objects::nonNull).count();
    }

    /** "3 4 – 5 ..." (oldest day first) with a dash for days without a check-in. */
    public String compact() {
        return String.join(" ", scores.stream().map(s -> s == null ? "–" : JsonScalars.decimal(s)).toList());
    }
}
