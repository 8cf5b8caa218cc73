package org.findinggood.coachdesk.store;

import java.time.LocalDate;
import org.findinggood.coachdesk.model.Client;
import org.findinggood.coachdesk.model.CoachingRelationship;

/**
 * One line of the roster.
 *
 * @param client          null when the client has no {@code clients} row yet (e.g. a fresh invite)
 * @param lastCheckin     the client's latest daily check-in date, or null
 * @param openActivities  activities still pending or with evidence found
 * @param evidenceFound   of those, the ones with evidence found (waiting for the coach's review)
 */
public record RosterRow(CoachingRelationship relationship, Client client, LocalDate lastCheckin, int openActivities,
                        int evidenceFound) {

    /** Open activities not yet evidenced: what Quick Prep counts as pending. */
    public int pendingActivities() {
        return openActivities - evidenceFound;
    }

    /** The client's name, or the e-mail when there is no name. */
    public String displayName() {
        return client == null ? relationship.clientEmail() : client.displayName();
    }
}
