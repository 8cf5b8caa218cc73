package org.findinggood.coachdesk.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.LocalDate;
import java.util.UUID;

/** A row of {@code focus_history}: a focus item's lifecycle (no timestamps in the seed). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record FocusHistoryEntry(
        UUID id,
        String clientEmail,
        String focusName,
        LocalDate startedAt,
        LocalDate endedAt,
        String evolvedInto,
        FocusEndReason reason,
        @JsonIgnore UnknownValues unknown) implements KeepsUnknownValues {

    public FocusHistoryEntry {
        unknown = unknown == null ? UnknownValues.NONE : unknown;
    }

    public FocusHistoryEntry(UUID id, String clientEmail, String focusName, LocalDate startedAt, LocalDate endedAt,
            String evolvedInto, FocusEndReason reason) {
        this(id, clientEmail, focusName, startedAt, endedAt, evolvedInto, reason, UnknownValues.NONE);
    }

    /** A row as PostgREST sends it: keeps the text of an end reason this version does not know. */
    @JsonCreator
    public static FocusHistoryEntry fromJson(@JsonProperty("id") UUID id, @JsonProperty("client_email") String clientEmail,
            @JsonProperty("focus_name") String focusName, @JsonProperty("started_at") LocalDate startedAt,
            @JsonProperty("ended_at") LocalDate endedAt, @JsonProperty("evolved_into") String evolvedInto,
            @JsonProperty("reason") String reason) {
        FocusEndReason parsed = FocusEndReason.fromWire(reason);
        return new FocusHistoryEntry(id, clientEmail, focusName, startedAt, endedAt, evolvedInto, parsed,
                UnknownValues.NONE.with("reason", parsed, reason));
    }

    public boolean isActive() {
        return endedAt == null;
    }
}
