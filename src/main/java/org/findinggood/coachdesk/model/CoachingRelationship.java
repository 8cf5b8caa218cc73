package org.findinggood.coachdesk.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A row of {@code coaching_relationships}; {@code unknown} keeps a status this version does not know, as sent. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CoachingRelationship(
        UUID id,
        UUID coachId,
        String clientEmail,
        RelationshipStatus status,
        OffsetDateTime startedAt,
        OffsetDateTime endedAt,
        String inviteCode,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @JsonIgnore UnknownValues unknown) implements KeepsUnknownValues {

    public CoachingRelationship {
        unknown = unknown == null ? UnknownValues.NONE : unknown;
    }

    public CoachingRelationship(UUID id, UUID coachId, String clientEmail, RelationshipStatus status, OffsetDateTime startedAt,
            OffsetDateTime endedAt, String inviteCode, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
        this(id, coachId, clientEmail, status, startedAt, endedAt, inviteCode, createdAt, updatedAt, UnknownValues.NONE);
    }

    /** A row as PostgREST sends it (and as the cache's JSON columns hold it): keeps an unknown status's text. */
    @JsonCreator
    public static CoachingRelationship fromJson(@JsonProperty("id") UUID id, @JsonProperty("coach_id") UUID coachId,
            @JsonProperty("client_email") String clientEmail, @JsonProperty("status") String status,
            @JsonProperty("started_at") OffsetDateTime startedAt, @JsonProperty("ended_at") OffsetDateTime endedAt,
            @JsonProperty("invite_code") String inviteCode, @JsonProperty("created_at") OffsetDateTime createdAt,
            @JsonProperty("updated_at") OffsetDateTime updatedAt) {
        RelationshipStatus parsed = RelationshipStatus.fromWire(status);
        return new CoachingRelationship(id, coachId, clientEmail, parsed, startedAt, endedAt, inviteCode, createdAt, updatedAt,
                UnknownValues.NONE.with("status", parsed, status));
    }

    /** The status as the server has it ({@code archived} for a status this version does not know). */
    public String statusText() {
        return unknown.wire("status", status);
    }
}
