package org.findinggood.coachdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The cache's timestamp text is exactly what {@link Columns#TIMESTAMP} writes, for every instant. */
class ColumnsTest {

    @Test
    void timestampTextIsTheFormattersTextForRandomAndEdgeInstants() {
        List<OffsetDateTime> values = new ArrayList<>(List.of(
                OffsetDateTime.parse("2026-01-05T09:00:00.123456+01:00"),
                OffsetDateTime.parse("0000-01-01T00:00:00Z"),
                OffsetDateTime.parse("9999-12-31T23:59:59.999999Z"),
                OffsetDateTime.parse("+10000-01-01T00:00:00Z"),
                OffsetDateTime.parse("-0001-12-31T23:59:59.000001Z"),
                OffsetDateTime.parse("2024-02-29T23:30:00.000001-05:00"),
                OffsetDateTime.parse("2026-11-25T00:00:00.999999999+14:00")));
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 20_000; i++) {
            Instant at = Instant.ofEpochSecond(random.nextLong(-62_000_000_000L, 253_000_000_000L), random.nextInt(1_000_000_000));
            values.add(at.atOffset(ZoneOffset.ofTotalSeconds(random.nextInt(-18 * 3600, 18 * 3600 + 1))));
        }

        for (OffsetDateTime value : values) {
            String expected = Columns.TIMESTAMP.format(value.withOffsetSameInstant(ZoneOffset.UTC));
            assertThat(Columns.timestamp(value)).as("%s", value).isEqualTo(expected);
            assertThat(Columns.timestamp(value.toInstant())).as("%s", value).isEqualTo(expected);
        }
    }
}
