package org.findinggood.coachdesk.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.UUID;

/** A row of {@code clients}, the universal user identity; {@code calendar_link} is new in V4. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Client(UUID id, String email, String name, String calendarLink) {

    /** The name to show: the client's name, or the e-mail when the name is unknown. */
    public String displayName() {
        return name == null || name.isBlank() ? email : name;
    }
}
