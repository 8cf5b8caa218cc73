package org.findinggood.coachdesk.remote;

/** Sort direction for {@link PostgrestQuery#order}. */
public enum Order {
    ASC, DESC
}
