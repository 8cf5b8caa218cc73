package org.findinggood.coachdesk.remote;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.findinggood.coachdesk.model.ServerTimestampModule;

/**
 * The JSON settings PostgREST and GoTrue need: ISO-8601 dates (and PostgreSQL's other timestamp forms,
 * {@link ServerTimestampModule}), unknown fields ignored (schema drift).
 */
public final class RemoteJson {

    private RemoteJson() {
    }

    public static ObjectMapper newMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                // after JavaTimeModule, so it wins for OffsetDateTime: infinity, a space for the T
                .addModule(new ServerTimestampModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }
}
