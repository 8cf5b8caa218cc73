package org.findinggood.coachdesk.ui.today;

import java.time.Instant;
import java.util.Optional;
import org.findinggood.coachdesk.model.RelationshipStatus;
import org.findinggood.coachdesk.store.ClientFacts;

/** A client asked to work with the coach ({@code pending_client_request}) and waits for an answer. */
public final class ClientRequestRule implements TodayRule {

    static final int WEIGHT = 4;

    @Override
    public Optional<TodayReason> check(ClientFacts facts, Instant now) {
        if (facts.status() != RelationshipStatus.PENDING_CLIENT_REQUEST) {
            return Optional.empty();
        }
        return Optional.of(new TodayReason("Request waiting", "Asked to work with you; accept or decline", WEIGHT,
                facts.relationshipCreated() == null ? Instant.EPOCH : facts.relationshipCreated()));
    }
}
