package org.findinggood.coachdesk.ui.today;

import java.time.Instant;
import java.util.Optional;
import org.findinggood.coachdesk.store.ClientFacts;

/** The newest weekly snapshot was written after the coach last opened the client (or they never did). */
public final class NewSnapshotRule implements TodayRule {

    static final int WEIGHT = 3;

    @Override
    public Optional<TodayReason> check(ClientFacts facts, Instant now) {
        Instant written = facts.latestSnapshotCreated();
        if (written == null || (facts.lastOpened() != null && !written.isAfter(facts.lastOpened()))) {
            return Optional.empty();
        }
        String explanation = facts.lastOpened() == null ? "A weekly snapshot you have not opened yet"
                : "A weekly snapshot arrived after you last opened this client";
        return Optional.of(new TodayReason("New week", explanation, WEIGHT, written));
    }
}
