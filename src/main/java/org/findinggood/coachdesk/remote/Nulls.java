package org.findinggood.coachdesk.remote;

/** Where nulls go in {@link PostgrestQuery#order}; {@code DEFAULT} leaves it to PostgreSQL (last for asc, first for desc). */
public enum Nulls {
    DEFAULT, FIRST, LAST
}
