package org.findinggood.coachdesk.ui.today;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.findinggood.coachdesk.model.RelationshipStatus;
import org.findinggood.coachdesk.store.ClientFacts;

/** The coach's invite has gone unanswered for more than {@link #UNANSWERED} (time to nudge or withdraw it). */
public final class StaleInviteRule implements TodayRule {

    static final Duration UNANSWERED = Duration.ofDays(14);
    static final int WEIGHT = 1;

    @Override
    public Optional<TodayReason> check(ClientFacts facts, Instant now) {
        Instant sent = facts.relationshipCreated();
        if (facts.status() != RelationshipStatus.PENDING_COACH_INVITE || sent == null) {
            return Optional.empty();
        }
        Instant stale = sent.plus(UNANSWERED);
        if (!now.isAfter(stale)) {
            return Optional.empty();
        }
        long days = Duration.between(sent, now).toDays();
        return Optional.of(new TodayReason("Invite unanswered " + days + " d",
                "Your invite has had no answer for " + days + " days", WEIGHT, stale));
    }
}
