package org.findinggood.coachdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** One way to write a week, for the client header, the week picker and search. */
class WeekLabelTest {

    private static final LocalDate START = LocalDate.of(2026, 11, 23);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @Test
    void aWeekReadsItsNumberAndItsDays() {
        assertThat(WeekLabel.of(16, START, START.plusDays(6))).isEqualTo("Week 16 \u00b7 23 Nov \u2013 29 Nov 2026");
        assertThat(WeekLabel.of(16, START, START.plusDays(6), TODAY)).isEqualTo("Week 16 \u00b7 23 Nov \u2013 29 Nov");
    }

    @Test
    void aWeekAcrossNewYearOrOfAnotherYearKeepsItsYears() {
        LocalDate start = LocalDate.of(2025, 12, 29);
        assertThat(WeekLabel.of(1, start, start.plusDays(6), TODAY))
                .isEqualTo("Week 1 \u00b7 29 Dec 2025 \u2013 4 Jan 2026");
        assertThat(WeekLabel.of(3, LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 9), TODAY))
                .isEqualTo("Week 3 \u00b7 3 Mar \u2013 9 Mar 2025");
    }

    @Test
    void missingPartsAreSaidNotGuessed() {
        assertThat(WeekLabel.of(null, START, START.plusDays(6))).isEqualTo("Week \u00b7 23 Nov \u2013 29 Nov 2026");
        assertThat(WeekLabel.of(16, START, null)).isEqualTo("Week 16 \u00b7 from 23 Nov 2026");
        assertThat(WeekLabel.of(null, null, null)).isEqualTo("Week \u00b7 dates unknown");
    }
}
