package org.findinggood.coachdesk.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A row of {@code rolling_aggregates}: long-term coaching context behind the Map tab. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RollingAggregate(
        UUID id,
        String clientEmail,
        UUID coachId,
        LocalDate coachingStart,
        Integer totalWeeks,
        JsonNode permissionEvolution,
        JsonNode persistentThemes,
        JsonNode firesTrajectory,
        JsonNode relationshipMap,
        JsonNode questionsExplored,
        JsonNode breakthroughs,
        OffsetDateTime updatedAt) {
}
