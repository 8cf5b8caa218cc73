package org.findinggood.coachdesk.model;

/** A row with enum columns: it carries the server's text of any value this version does not know. */
public interface KeepsUnknownValues {

    UnknownValues unknown();
}
