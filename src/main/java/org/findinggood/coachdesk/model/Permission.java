package org.findinggood.coachdesk.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A row of {@code permissions}: the client's Permission, Practice and Focus items. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Permission(
        UUID id,
        String clientEmail,
        UUID predictionId,
        String practice,
        String permission,
        JsonNode focus,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {
}
