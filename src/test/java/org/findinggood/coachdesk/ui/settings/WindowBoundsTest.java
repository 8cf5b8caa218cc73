package org.findinggood.coachdesk.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.findinggood.coachdesk.ui.settings.WindowBounds.ScreenArea;
import org.junit.jupiter.api.Test;

class WindowBoundsTest {

    private static final ScreenArea LAPTOP = new ScreenArea(0, 0, 1440, 870);
    private static final ScreenArea MONITOR_RIGHT = new ScreenArea(1440, 0, 2560, 1400);

    @Test
    void restoredWhenOnAConnectedScreen() {
        WindowBounds onMonitor = new WindowBounds(1600, 100, 1800, 1100, false, 0.3);
        assertThat(onMonitor.fitsOn(List.of(LAPTOP, MONITOR_RIGHT))).isTrue();
    }

    @Test
    void notRestoredWhenItsScreenIsGone() {
        WindowBounds onMonitor = new WindowBounds(1600, 100, 1800, 1100, false, 0.3);
        assertThat(onMonitor.fitsOn(List.of(LAPTOP))).isFalse();
    }

    @Test
    void notRestoredWhenBiggerThanTheScreenOrTooSmall() {
        assertThat(new WindowBounds(0, 0, 2000, 800, false, 0.3).fitsOn(List.of(LAPTOP))).isFalse();
        assertThat(new WindowBounds(0, 0, 120, 80, false, 0.3).fitsOn(List.of(LAPTOP))).isFalse();
        assertThat(new WindowBounds(-500, 0, 1000, 700, false, 0.3).fitsOn(List.of(LAPTOP))).isFalse();
    }

    @Test
    void oddDividerFallsBackToDefault() {
        assertThat(new WindowBounds(0, 0, 1000, 700, false, 1.7).divider()).isEqualTo(WindowBounds.DEFAULT_DIVIDER);
        assertThat(new WindowBounds(0, 0, 1000, 700, false, Double.NaN).divider()).isEqualTo(WindowBounds.DEFAULT_DIVIDER);
    }
}
