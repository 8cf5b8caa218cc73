package org.findinggood.coachdesk.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A row of {@code daily_checkins}: one per client per day, {@code focus_scores} as [{focus, score}]. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DailyCheckin(
        UUID id,
        String clientEmail,
        UUID permissionId,
        LocalDate checkDate,
        JsonNode focusScores,
        OffsetDateTime createdAt) {
}
