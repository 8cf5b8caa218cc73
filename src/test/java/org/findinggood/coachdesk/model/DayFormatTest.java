package org.findinggood.coachdesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DayFormatTest {

    @Test
    void isoDaysAndTimestampsNameTheirDay() {
        assertThat(DayFormat.isoDay("2026-08-10")).contains(LocalDate.of(2026, 8, 10));
        assertThat(DayFormat.isoDay("2026-11-16T23:30:00Z")).contains(LocalDate.of(2026, 11, 16));
        assertThat(DayFormat.isoDay("2026-11-16 08:00:00.5+01")).contains(LocalDate.of(2026, 11, 16));
        assertThat(DayFormat.isoDay("2026-11-16T08:00")).contains(LocalDate.of(2026, 11, 16));
    }

    @Test
    void anythingElseIsNotADay() {
        assertThat(DayFormat.isoDay("2026-08")).isEmpty();
        assertThat(DayFormat.isoDay("2026-02-30")).isEmpty();
        assertThat(DayFormat.isoDay("on 2026-08-10")).isEmpty();
        assertThat(DayFormat.isoDay("2026-08-10 and more")).isEmpty();
        assertThat(DayFormat.isoDay(null)).isEmpty();
    }
}
