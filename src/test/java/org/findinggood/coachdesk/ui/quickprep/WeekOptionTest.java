package org.findinggood.coachdesk.ui.quickprep;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WeekOptionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @Test
    void theListLabelHasTheYearAndTheSelectorFaceDropsItForThisYear() {
        LocalDate start = LocalDate.of(2026, 11, 30);
        WeekOption week = new WeekOption(0, 16, start, start.plusDays(6), WeekOption.label(16, start, start.plusDays(6)));
        assertThat(week.label()).isEqualTo("Week 16 \u00b7 30 Nov \u2013 6 Dec 2026");
        assertThat(week.labelFor(TODAY)).isEqualTo("Week 16 \u00b7 30 Nov \u2013 6 Dec");
    }

    @Test
    void aWeekOfAnotherYearKeepsItsYearEverywhere() {
        LocalDate start = LocalDate.of(2025, 12, 29);
        WeekOption week = new WeekOption(3, 1, start, start.plusDays(6), WeekOption.label(1, start, start.plusDays(6)));
        assertThat(week.labelFor(TODAY)).isEqualTo(week.label()).endsWith("4 Jan 2026");
        WeekOption older = new WeekOption(9, null, LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 9),
                WeekOption.label(null, LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 9)));
        assertThat(older.labelFor(TODAY)).isEqualTo("Week \u00b7 3 Mar \u2013 9 Mar 2025");
    }
}
