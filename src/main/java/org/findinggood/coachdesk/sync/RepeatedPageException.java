package org.findinggood.coachdesk.sync;

import org.findinggood.coachdesk.remote.BadResponseException;
import org.findinggood.coachdesk.remote.ServerError;

/**
 * A keyset page did not start after the previous one: the server (or a cache or proxy in front of it)
 * answered the same page again. Paging would go round forever, so the read stops.
 */
public final class RepeatedPageException extends BadResponseException {

    private final String sentence;

    RepeatedPageException(String table, String previous, String first) {
        this(sentenceFor(table), "page after " + previous + " started at " + first);
    }

    private RepeatedPageException(String sentence, String where) {
        super(sentence, ServerError.none(where));
        this.sentence = sentence;
    }

    private static String sentenceFor(String table) {
        return "The server repeated a page of " + table + " instead of sending the next one, so sync stopped this "
                + "round and will try again later; if it keeps happening, a proxy or cache on the network is "
                + "replaying answers: send the details to support.";
    }

    /** The sentence for the coach, without the technical suffix. */
    public String sentence() {
        return sentence;
    }
}
