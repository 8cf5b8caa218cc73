package org.findinggood.coachdesk.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A row of {@code weekly_snapshots}: the AI-generated weekly summary behind Quick Prep. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record WeeklySnapshot(
        UUID id,
        String clientEmail,
        UUID coachId,
        Integer weekNumber,
        LocalDate weekStart,
        LocalDate weekEnd,
        JsonNode activityCounts,
        JsonNode themes,
        JsonNode languagePatterns,
        JsonNode firesSignals,
        JsonNode exchanges,
        JsonNode openThreads,
        JsonNode coachingQuestions,
        OffsetDateTime createdAt) {
}
