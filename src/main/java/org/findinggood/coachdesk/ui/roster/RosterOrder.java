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

    private final NaturalNameOrder names;

    RosterOrder(Locale locale) {
        names = new NaturalNameOrder(locale);
    }

    /** The rows in roster order (a new list; each name is keyed once, not per comparison). */
    List<RosterRow> sorted(List<RosterRow> rows) {
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

    private static int statusRank(RelationshipStatus status) {
        int rank = STATUS_ORDER.indexOf(status);
        return rank < 0 ? STATUS_ORDER.size() : rank;
    }

    private record Keyed(int statusRank, NaturalNameOrder.SortKey name, RosterRow row) {
    }
}
