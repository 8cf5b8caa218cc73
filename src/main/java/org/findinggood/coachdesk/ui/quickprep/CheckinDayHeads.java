package org.findinggood.coachdesk.ui.quickprep;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.findinggood.coachdesk.ui.common.DisplayFormats;

/**
 * The check-in grid's column heads, "Mo" over "30": the first day and the first of a new month carry
 * their month ("1 Dec"), so a grid across a month change does not read "30, 1" without saying which.
 */
final class CheckinDayHeads {

    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEE", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d", Locale.ENGLISH);

    private CheckinDayHeads() {
    }

    static List<String> of(List<LocalDate> days) {
        List<String> heads = new ArrayList<>(days.size());
        for (int i = 0; i < days.size(); i++) {
            LocalDate day = days.get(i);
            boolean newMonth = i == 0 || day.getMonth() != days.get(i - 1).getMonth();
            heads.add(WEEKDAY.format(day).substring(0, 2) + "\n"
                    + (newMonth ? DisplayFormats.DAY_MONTH : DAY).format(day));
        }
        return heads;
    }
}
