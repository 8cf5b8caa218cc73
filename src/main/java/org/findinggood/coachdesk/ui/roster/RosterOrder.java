package org.findinggood.coachdesk.ui.roster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.findinggood.coachdesk.model.RelationshipStatus;
import org.findinggood.coachdesk.store.RosterRow;

/**
 * The order the roster shows: active clients first, then requests, invites, paused and completed;
 * within a status by name as a person reads it ({@link NaturalNameOrder}); then by relationship id
 * so the order never depends on how the cache returned the rows.
 */
final class RosterOrder {

    private static final List<RelationshipStatus> STATUS_ORDER = List.of(RelationshipStatus.ACTIVE,
            RelationshipStatus.PENDING_CLIENT_REQUEST, RelationshipStatus.PENDING_COACH_INVITE,
            RelationshipStatus.PAUSED, RelationshipStatus.COMPLETED);

    private static final Comparator<Keyed> KEYED = Comparator.comparingInt(Keyed::statusRank)
            .thenComparing(Keyed::name)
            .thenComparing(keyed -> keyed.row().relationship().id());

    private final Locale locale;
    private NaturalNameOrder names;

    RosterOrder(Locale locale) {
        this.locale = locale;
    }

    /** The rows in roster order (a new list; each name is keyed once, not per comparison). */
    List<RosterRow> sorted(List<RosterRow> rows) {
        NaturalNameOrder names = names();
        List<Keyed> keyed = new ArrayList<>(rows.size());
        for (RosterRow row : rows) {
            keyed.add(new Keyed(statusRank(row.relationship().status()), names.keyOf(row.displayName()), row));
        }
        keyed.sort(KEYED);
        List<RosterRow> sorted = new ArrayList<>(rows.size());
        for (Keyed k : keyed) {
            sorted.add(k.row());
        }
        return sorted;
    }

    /**
     * Built at the first sort, not with the view model: a collator's tables take tens of milliseconds
     * to build, and the view model is made on the FX thread while the first roster is sorted off it.
     */
    private synchronized NaturalNameOrder names() {
        if (names == null) {
            names = new NaturalNameOrder(locale);
        }
        return names;
    }

    private static int statusRank(RelationshipStatus status) {
        int rank = STATUS_ORDER.indexOf(status);
        return rank < 0 ? STATUS_ORDER.size() : rank;
    }

    private record Keyed(int statusRank, NaturalNameOrder.SortKey name, RosterRow row) {
    }
}
