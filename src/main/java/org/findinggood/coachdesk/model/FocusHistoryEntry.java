package org.findinggood.coachdesk.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
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
        FocusEndReason reason) {

    public boolean isActive() {
        return endedAt == null;
    }
}
