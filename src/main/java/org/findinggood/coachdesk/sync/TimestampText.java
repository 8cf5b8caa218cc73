package org.findinggood.coachdesk.sync;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.findinggood.coachdesk.model.ServerTimestamps;

/** Timestamps in filters: UTC with all six fractional digits, so {@code eq} matches PostgreSQL's value exactly. */
final class TimestampText {

    private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'");

    private TimestampText() {
    }

    static String of(OffsetDateTime time) {
        if (ServerTimestamps.isInfinite(time)) {
            return ServerTimestamps.wire(time);
        }
        return MICROS.format(time.withOffsetSameInstant(ZoneOffset.UTC));
    }
}
