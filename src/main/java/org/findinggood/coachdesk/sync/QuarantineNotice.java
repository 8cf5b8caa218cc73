package org.findinggood.coachdesk.sync;

import org.findinggood.coachdesk.store.CacheStore;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.store.QuarantineRepository;
import org.findinggood.coachdesk.store.QuarantinedRow;

/**
 * What the coach is told after a round while rows are kept aside ({@link Quarantine}): how many, that the rest is
 * up to date, and the details to copy for support. Read after the round, off the FX thread.
 */
public final class QuarantineNotice {

    private final QuarantineRepository rows;

    public QuarantineNotice(QuarantineRepository rows) {
        this.rows = rows;
    }

    public static QuarantineNotice of(CacheDatabase db) {
        return new QuarantineNotice(new CacheStore(db).quarantine());
    }

    /** The notice, or empty when nothing is kept aside. */
    public Optional<SyncFailure> current() {
        List<QuarantinedRow> kept = rows.all();
        if (kept.isEmpty()) {
            return Optional.empty();
        }
        String count = kept.size() == 1 ? "1 row from the server could not be shown"
                : kept.size() + " rows from the server could not be shown";
        String sentence = count + "; the rest is up to date, and sync retries " + (kept.size() == 1 ? "it" : "them")
                + " when changed there. Copy the details for support.";
        String details = kept.stream().map(QuarantinedRow::details).collect(Collectors.joining("\n"));
        return Optional.of(new SyncFailure(sentence, details, false, false));
    }
}
