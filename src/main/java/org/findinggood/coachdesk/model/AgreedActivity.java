package org.findinggood.coachdesk.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A row of {@code agreed_activities}. {@code coach_notes} are private to the coach. {@code unknown} keeps a
 * source, status or visibility this version does not know, as the server sent it.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AgreedActivity(
        UUID id,
        String clientEmail,
        UUID coachId,
        ActivitySource source,
        String activityText,
        ActivityStatus status,
        JsonNode evidenceEntries,
        String coachNotes,
        Visibility visibility,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @JsonIgnore UnknownValues unknown) implements KeepsUnknownValues {

    public AgreedActivity {
        unknown = unknown == null ? UnknownValues.NONE : unknown;
    }

    public AgreedActivity(UUID id, String clientEmail, UUID coachId, ActivitySource source, String activityText,
            ActivityStatus status, JsonNode evidenceEntries, String coachNotes, Visibility visibility,
            OffsetDateTime createdAt, OffsetDateTime updatedAt) {
        this(id, clientEmail, coachId, source, activityText, status, evidenceEntries, coachNotes, visibility, createdAt,
                updatedAt, UnknownValues.NONE);
    }

    /** A row as PostgREST sends it: keeps the text of a source, status or visibility this version does not know. */
    @JsonCreator
    public static AgreedActivity fromJson(@JsonProperty("id") UUID id, @JsonProperty("client_email") String clientEmail,
            @JsonProperty("coach_id") UUID coachId, @JsonProperty("source") String source,
            @JsonProperty("activity_text") String activityText, @JsonProperty("status") String status,
            @JsonProperty("evidence_entries") JsonNode evidenceEntries, @JsonProperty("coach_notes") String coachNotes,
            @JsonProperty("visibility") String visibility, @JsonProperty("created_at") OffsetDateTime createdAt,
            @JsonProperty("updated_at") OffsetDateTime updatedAt) {
        ActivitySource parsedSource = ActivitySource.fromWire(source);
        ActivityStatus parsedStatus = ActivityStatus.fromWire(status);
        Visibility parsedVisibility = Visibility.fromWire(visibility);
        UnknownValues unknown = UnknownValues.NONE.with("source", parsedSource, source).with("status", parsedStatus, status)
                .with("visibility", parsedVisibility, visibility);
        return new AgreedActivity(id, clientEmail, coachId, parsedSource, activityText, parsedStatus, evidenceEntries,
                coachNotes, parsedVisibility, createdAt, updatedAt, unknown);
    }
}
