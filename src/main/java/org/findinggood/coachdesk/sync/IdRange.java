package org.findinggood.coachdesk.sync;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A slice of the uuid space in PostgreSQL's order (bytes, unsigned): ids after {@code after} (exclusive; null
 * from the very first) up to {@code upTo} (inclusive). Row ids are random (v4), so equal slices hold about
 * equal numbers of rows, which lets a large backfill read a table in slices side by side.
 */
record IdRange(UUID after, UUID upTo) {

    /** The highest uuid: a range up to it has no upper end. */
    static final UUID LAST = new UUID(-1L, -1L);

    private static final BigInteger SPACE = BigInteger.ONE.shiftLeft(128);

    IdRange {
        if (upTo == null) {
            throw new IllegalArgumentException("a range needs its upper end");
        }
    }

    /** Nothing left to read: the last id read is the upper end. */
    boolean isDone() {
        return upTo.equals(after);
    }

    /** {@code parts} consecutive ranges covering this one, as equal as the uuid space allows. */
    List<IdRange> split(int parts) {
        if (parts < 1) {
            throw new IllegalArgumentException("parts must be positive");
        }
        BigInteger low = after == null ? BigInteger.ONE.negate() : unsigned(after);
        BigInteger width = unsigned(upTo).subtract(low);
        if (width.compareTo(BigInteger.valueOf(parts)) < 0) {
            return List.of(this);
        }
        List<IdRange> ranges = new ArrayList<>(parts);
        UUID start = after;
        for (int i = 1; i <= parts; i++) {
            UUID end = i == parts ? upTo : uuid(low.add(width.multiply(BigInteger.valueOf(i)).divide(BigInteger.valueOf(parts))));
            if (!end.equals(start)) {
                ranges.add(new IdRange(start, end));
            }
            start = end;
        }
        return ranges;
    }

    static BigInteger unsigned(UUID id) {
        BigInteger high = BigInteger.valueOf(id.getMostSignificantBits()).shiftLeft(64);
        BigInteger low = BigInteger.valueOf(id.getLeastSignificantBits()).and(BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE));
        return high.add(low).mod(SPACE);
    }

    static UUID uuid(BigInteger value) {
        return new UUID(value.shiftRight(64).longValue(), value.longValue());
    }
}
