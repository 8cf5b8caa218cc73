package org.findinggood.coachdesk.ui.today;

import java.time.Instant;
import java.util.Optional;
import org.findinggood.coachdesk.store.ClientFacts;

/** One of Today's rules: a pure function of a client's cached facts and the time now. */
@FunctionalInterface
public interface TodayRule {

    Optional<TodayReason> check(ClientFacts facts, Instant now);
}
