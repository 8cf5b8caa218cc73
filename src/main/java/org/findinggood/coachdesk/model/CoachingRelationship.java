package org.findinggood.coachdesk.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A row of {@code coaching_relationships}. */
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
        OffsetDateTime updatedAt) {
}
