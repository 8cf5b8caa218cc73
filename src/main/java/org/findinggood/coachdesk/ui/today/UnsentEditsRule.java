package org.findinggood.coachdesk.ui.today;

import java.time.Instant;
import java.util.Optional;
import org.findinggood.coachdesk.store.ClientFacts;

/** Edits to this client's rows wait to sync, or the server refused one (a conflict, which weighs more). */
public final class UnsentEditsRule implements TodayRule {

    static final int WEIGHT = 1;
    static final int CONFLICT_WEIGHT = 2;

    @Override
    public Optional<TodayReason> check(ClientFacts facts, Instant now) {
        Instant since = facts.unsentSince() == null ? Instant.EPOCH : facts.unsentSince();
        if (facts.conflicts() > 0) {
            return Optional.of(new TodayReason(facts.conflicts() == 1 ? "Conflict" : facts.conflicts() + " conflicts",
                    "An edit of yours changed on the server too; choose which version to keep", CONFLICT_WEIGHT, since));
        }
        if (facts.unsentEdits() > 0) {
            return Optional.of(new TodayReason(facts.unsentEdits() == 1 ? "1 edit to sync" : facts.unsentEdits() + " edits to sync",
                    "Edits made here wait to sync", WEIGHT, since));
        }
        return Optional.empty();
    }
}
