package org.findinggood.coachdesk.ui.common.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A chart's ISO months and days read in the app's one day style; other labels stay as they are. */
class AxisLabelTest {

    @Test
    void isoMonthsAndDaysReadAsTheAppWritesDays() {
        assertThat(JsonRenderer.axisLabel("2026-08")).isEqualTo("Aug 2026");
        assertThat(JsonRenderer.axisLabel("2026-08-03")).isEqualTo("3 Aug 2026");
        assertThat(JsonRenderer.axisLabel("Week 3")).isEqualTo("Week 3");
        assertThat(JsonRenderer.axisLabel("2026-13")).isEqualTo("2026-13");
    }
}
