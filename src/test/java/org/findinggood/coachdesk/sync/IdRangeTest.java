package org.findinggood.coachdesk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdRangeTest {

    @Test
    void theWholeSpaceSplitsIntoConsecutiveRangesOfEqualWidth() {
        List<IdRange> halves = new IdRange(null, IdRange.LAST).split(2);

        assertThat(halves).hasSize(2);
        assertThat(halves.get(0).after()).isNull();
        assertThat(halves.get(0).upTo()).isEqualTo(UUID.fromString("7fffffff-ffff-ffff-ffff-ffffffffffff"));
        assertThat(halves.get(1).after()).isEqualTo(halves.get(0).upTo());
        assertThat(halves.get(1).upTo()).isEqualTo(IdRange.LAST);
    }

    @Test
    void rangesAfterAnyIdAreContiguousAndRisingInPostgresOrder() {
        Random random = new Random(7);
        for (int i = 0; i < 1_000; i++) {
            UUID after = new UUID(random.nextLong(), random.nextLong());
            int parts = 2 + random.nextInt(4);
            List<IdRange> ranges = new IdRange(after, IdRange.LAST).split(parts);

            assertThat(ranges).hasSize(parts);
            assertThat(ranges.get(0).after()).isEqualTo(after);
            assertThat(ranges.get(parts - 1).upTo()).isEqualTo(IdRange.LAST);
            for (int r = 0; r < parts; r++) {
                IdRange range = ranges.get(r);
                assertThat(KeysetPull.Position.serverOrder(range.upTo(), range.after())).isPositive();
                if (r > 0) {
                    assertThat(range.after()).isEqualTo(ranges.get(r - 1).upTo());
                }
            }
        }
    }

    @Test
    void aRangeNarrowerThanThePartsStaysWhole() {
        IdRange narrow = new IdRange(new UUID(0, 5), new UUID(0, 6));

        assertThat(narrow.split(4)).containsExactly(narrow);
    }

    @Test
    void aRangeReadUpToItsEndIsDone() {
        UUID end = UUID.randomUUID();

        assertThat(new IdRange(end, end).isDone()).isTrue();
        assertThat(new IdRange(null, end).isDone()).isFalse();
    }
}
