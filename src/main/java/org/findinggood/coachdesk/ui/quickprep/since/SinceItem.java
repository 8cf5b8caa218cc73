package org.findinggood.coachdesk.ui.quickprep.since;

import java.time.LocalDate;

/**
 * One line of the "Since" block and where it lives: a tab of the client (0 Quick Prep, 1 Map, 2 Activities)
 * and, for a weekly snapshot, its week.
 */
public record SinceItem(String text, int tab, LocalDate week) {

    public static final int QUICK_PREP = 0;
    public static final int MAP = 1;
    public static final int ACTIVITIES = 2;
}
