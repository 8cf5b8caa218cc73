package org.findinggood.coachdesk.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * An enum that has a text value on the wire (PostgREST JSON and the SQLite cache).
 * Every such enum has an {@code UNKNOWN} constant: a value the seed does not list (schema drift
 * on the server) parses to it instead of failing, so a new server-side status never crashes the app.
 */
public interface WireValue {

    /**
     * The value as stored in the database: the constant's name in lower case, which is how the seed
     * spells every enum value ({@code PENDING_COACH_INVITE} is {@code pending_coach_invite});
     * {@code UNKNOWN} answers {@code "unknown"}.
     */
    @JsonValue
    default String wire() {
        return ((Enum<?>) this).name().toLowerCase(Locale.ROOT);
    }

    /** Human label for lists and chips. */
    default String label() {
        return label(wire());
    }

    /** Parses a wire value; null stays null, anything unlisted becomes {@code unknown}. */
    static <E extends Enum<E> & WireValue> E parse(Class<E> type, String wire, E unknown) {
        if (wire == null) {
            return null;
        }
        String normalised = wire.trim().toLowerCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant != unknown && constant.wire().equals(normalised)) {
                return constant;
            }
        }
        return unknown;
    }

    /** Human label: "pending_coach_invite" becomes "Pending coach invite". */
    static String label(String wire) {
        String spaced = wire.replace('_', ' ');
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
