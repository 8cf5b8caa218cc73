package org.findinggood.coachdesk.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A row of {@code agreed_activities}. {@code coach_notes} are private to the coach. */
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
        OffsetDateTime updatedAt) {
}
