package org.findinggood.coachdesk.ui.activities;

import java.time.LocalDate;
import java.util.Comparator;

/** The orders the Activities table offers; each also breaks ties by text so the order is stable. */
public enum ActivitySort {
    TEXT(Comparator.comparing(ActivityRow::text, String.CASE_INSENSITIVE_ORDER)),
    STATUS(Comparator.comparing(r -> r.status() == null ? "" : r.status().wire())),
    SOURCE(Comparator.comparing(r -> r.source() == null ? "" : r.source().wire())),
    VISIBILITY(Comparator.comparing(r -> r.visibility() == null ? "" : r.visibility().wire())),
    CREATED(Comparator.comparing(ActivityRow::created, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))),
    UPDATED(Comparator.comparing(ActivityRow::updated, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))),
    EVIDENCE(Comparator.comparingInt(ActivityRow::evidenceCount));

    private final Comparator<ActivityRow> order;

    ActivitySort(Comparator<ActivityRow> order) {
        this.order = order;
    }

    public Comparator<ActivityRow> ascending() {
        return order.thenComparing(ActivityRow::text, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(r -> r.id() == null ? "" : r.id().toString());
    }

    public Comparator<ActivityRow> descending() {
        return order.reversed().thenComparing(ActivityRow::text, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(r -> r.id() == null ? "" : r.id().toString());
    }
}
