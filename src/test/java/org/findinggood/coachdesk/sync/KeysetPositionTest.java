package org.findinggood.coachdesk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class KeysetPositionTest {

    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-25T08:00:00Z");

    @Test
    void onTheSameTimestampIdsCompareAsPostgresqlOrdersThem() {
        // 0x80... sorts after 0x7d... in PostgreSQL; Java's signed UUID.compareTo says the opposite.
        KeysetPull.Position low = new KeysetPull.Position(AT, UUID.fromString("7d3caec7-f6fc-4c4b-b4b5-a6691bc74a7a"));
        KeysetPull.Position high = new KeysetPull.Position(AT, UUID.fromString("80807788-dc3e-4602-8a93-00a270f93d34"));

        assertThat(high.isAfter(low)).isTrue();
        assertThat(low.isAfter(high)).isFalse();
        assertThat(KeysetPull.Position.later(low, high)).isEqualTo(high);
        assertThat(KeysetPull.Position.later(high, low)).isEqualTo(high);
    }

    @Test
    void aLaterTimestampWinsWhateverTheIds() {
        KeysetPull.Position earlier = new KeysetPull.Position(AT, UUID.fromString("ffffffff-ffff-4fff-bfff-ffffffffffff"));
        KeysetPull.Position later = new KeysetPull.Position(AT.plusNanos(1000), UUID.fromString("00000000-0000-4000-8000-000000000000"));

        assertThat(later.isAfter(earlier)).isTrue();
        assertThat(earlier.isAfter(later)).isFalse();
        assertThat(later.isAfter(null)).isTrue();
    }
}
