package org.findinggood.coachdesk.ui.common.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A chart's time axis reads in the app's one day style, and points with distinct dates never share a category. */
class TimeAxisLabelsTest {

    @Test
    void isoMonthsAndDaysReadAsTheAppWritesDays() {
        assertThat(TimeAxisLabels.of(List.of("2026-08", "2026-09"))).containsExactly("Aug 2026", "Sep 2026");
        assertThat(TimeAxisLabels.of(List.of("2026-08-03"))).containsExactly("3 Aug");
        assertThat(TimeAxisLabels.of(List.of("Week 3", "2026-13"))).containsExactly("Week 3", "2026-13");
    }

    @Test
    void daysKeepTheirDaySoTwoPointsInOneMonthStayApart() {
        // a point every 4 weeks, as the demo's long-history client has: August holds two
        assertThat(TimeAxisLabels.of(List.of("2026-08-03", "2026-08-31", "2026-09-28")))
                .containsExactly("3 Aug", "31 Aug", "28 Sep");
        assertThat(TimeAxisLabels.of(List.of("2025-12-29", "2026-01-26T00:00:00Z")))
                .containsExactly("29 Dec 2025", "26 Jan 2026");
    }

    @Test
    void equalLabelsBecomeDistinctCategoryKeys() {
        assertThat(TimeAxisLabels.distinctKeys(List.of("Aug 2026", "Aug 2026", "Sep 2026", "Aug 2026")))
                .containsExactly("Aug 2026", "Aug 2026 (2)", "Sep 2026", "Aug 2026 (3)");
        assertThat(TimeAxisLabels.distinctKeys(List.of("Aug 2026 (2)", "Aug 2026", "Aug 2026")))
                .doesNotHaveDuplicates();
    }
}
