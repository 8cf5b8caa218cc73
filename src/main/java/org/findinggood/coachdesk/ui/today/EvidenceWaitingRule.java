package org.findinggood.coachdesk.ui.today;

import java.time.Instant;
import java.util.Optional;
import org.findinggood.coachdesk.store.ClientFacts;

/** Activities with evidence found, waiting for the coach's review. */
public final class EvidenceWaitingRule implements TodayRule {

    static final int WEIGHT = 3;

    @Override
    public Optional<TodayReason> check(ClientFacts facts, Instant now) {
        int waiting = facts.evidenceWaiting();
        if (waiting == 0) {
            return Optional.empty();
        }
        return Optional.of(new TodayReason(waiting == 1 ? "Evidence to review" : "Evidence to review (" + waiting + ")",
                waiting + (waiting == 1 ? " activity has" : " activities have") + " evidence waiting for your review",
                WEIGHT, facts.evidenceUpdated() == null ? Instant.EPOCH : facts.evidenceUpdated()));
    }
}
