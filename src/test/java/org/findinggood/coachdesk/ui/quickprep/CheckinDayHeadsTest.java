package org.findinggood.coachdesk.ui.quickprep;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckinDayHeadsTest {

    @Test
    void theFirstDayAndANewMonthSayTheirMonth() {
        LocalDate sunday = LocalDate.of(2026, 11, 29);
        assertThat(CheckinDayHeads.of(List.of(sunday, sunday.plusDays(1), sunday.plusDays(2), sunday.plusDays(3))))
                .containsExactly("Su\n29 Nov", "Mo\n30", "Tu\n1 Dec", "We\n2");
    }

    @Test
    void aGridWithinOneMonthNamesItOnce() {
        LocalDate day = LocalDate.of(2026, 11, 12);
        assertThat(CheckinDayHeads.of(List.of(day, day.plusDays(1)))).containsExactly("Th\n12 Nov", "Fr\n13");
    }
}
