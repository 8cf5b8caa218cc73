package org.findinggood.coachdesk.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.findinggood.coachdesk.model.RelationshipStatus;

/**
 * What Today's rules look at for one client, read from the cache in one go ({@link TodayFactsQuery}).
 * Times are null when there is nothing of that kind.
 *
 * @param latestSnapshotCreated when the newest week's snapshot was written
 * @param evidenceWaiting       activities in {@code evidence_found}, waiting for the coach's review
 * @param evidenceUpdated       the latest change among them
 * @param lastCheckin           the last check-in date, however old
 * @param recentCheckins        check-ins of the last {@link TodayFactsQuery#CHECKIN_DAYS} days, oldest first
 * @param unsentEdits           this client's rows with edits waiting in the outbox
 * @param conflicts             this client's rows whose edit the server refused
 * @param unsentSince           the oldest of those edits or conflicts
 */
public record ClientFacts(
        String clientEmail,
        String name,
        RelationshipStatus status,
        Instant relationshipCreated,
        Instant relationshipUpdated,
        Instant latestSnapshotCreated,
        LocalDate latestWeekStart,
        int evidenceWaiting,
        Instant evidenceUpdated,
        LocalDate lastCheckin,
        List<Checkin> recentCheckins,
        int unsentEdits,
        int conflicts,
        Instant unsentSince,
        Instant lastOpened,
        Instant dismissed) {

    /** One day's check-in: its date and focus scores as stored ([{focus, score}]). */
    public record Checkin(LocalDate date, JsonNode focusScores) {
    }

    public ClientFacts {
        recentCheckins = List.copyOf(recentCheckins);
    }
}
