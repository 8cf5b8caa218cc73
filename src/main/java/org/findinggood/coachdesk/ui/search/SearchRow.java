package org.findinggood.coachdesk.ui.search;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One line of the search results: a client heading, a hit under it (with the snippet and where it lives), or
 * a command. {@code tab} and {@code week} say where Enter opens a client.
 */
public record SearchRow(Kind kind, String title, String snippet, String where, String clientEmail, int tab, LocalDate week,
                        UUID activityId, PaletteCommand command) {

    public enum Kind { CLIENT, HIT, COMMAND }

    static SearchRow command(PaletteCommand command) {
        return new SearchRow(Kind.COMMAND, command.label(), "", "Command", null, -1, null, null, command);
    }
}
