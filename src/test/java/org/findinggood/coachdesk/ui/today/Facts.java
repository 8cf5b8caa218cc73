package org.findinggood.coachdesk.ui.today;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.findinggood.coachdesk.model.RelationshipStatus;
import org.findinggood.coachdesk.store.ClientFacts;

/** A client's Today facts for rule tests: an active client with nothing going on, changed one field at a time. */
final class Facts {

    static final Instant NOW = Instant.parse("2026-11-25T15:30:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-11-25");
    private static final ObjectMapper JSON = new ObjectMapper();

    String email = "ana@example.com";
    String name = "Ana";
    RelationshipStatus status = RelationshipStatus.ACTIVE;
    Instant created = Instant.parse("2026-01-01T08:00:00Z");
    Instant snapshotCreated;
    LocalDate latestWeek;
    int evidence;
    Instant evidenceUpdated;
    LocalDate lastCheckin;
    List<ClientFacts.Checkin> checkins = new ArrayList<>();
    int unsent;
    int conflicts;
    Instant unsentSince;
    Instant lastOpened;
    Instant dismissed;

    static Facts active() {
        return new Facts();
    }

    Facts named(String email, String name) {
        this.email = email;
        this.name = name;
        return this;
    }

    /** A check-in with one focus score on each of the given days ago. */
    Facts checkinsDaysAgo(double score, int... daysAgo) {
        for (int days : daysAgo) {
            LocalDate date = TODAY.minusDays(days);
            checkins.add(new ClientFacts.Checkin(date, JSON.createArrayNode().add(JSON.createObjectNode()
                    .put("focus", "walk").put("score", score))));
            if (lastCheckin == null || date.isAfter(lastCheckin)) {
                lastCheckin = date;
            }
        }
        checkins.sort((a, b) -> a.date().compareTo(b.date()));
        return this;
    }

    ClientFacts build() {
        return new ClientFacts(email, name, status, created, created, snapshotCreated, latestWeek, evidence, evidenceUpdated,
                lastCheckin, checkins, unsent, conflicts, unsentSince, lastOpened, dismissed);
    }
}
