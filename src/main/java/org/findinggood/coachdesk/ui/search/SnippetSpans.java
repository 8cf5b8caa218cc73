package org.findinggood.coachdesk.ui.search;

import java.util.ArrayList;
import java.util.List;
import org.findinggood.coachdesk.store.SearchIndex;

/**
 * A search snippet cut at the index's match marks into plain and matched runs, for drawing (the matched
 * ones in bold). Never yields an empty run: JavaFX's TextFlow lays an empty Text out as one character
 * wide in its runs, which drew a hit at the snippet's start shifted by one ("D<b>elegating </b>").
 */
public final class SnippetSpans {

    /** One run of the snippet's text; {@code match}: inside the index's marks. */
    public record Span(String text, boolean match) {
    }

    private SnippetSpans() {
    }

    /** The runs of {@code marked} in order, without the marks; an unclosed mark runs to the end. */
    public static List<Span> of(String marked) {
        List<Span> spans = new ArrayList<>();
        String text = marked == null ? "" : marked;
        int at = 0;
        while (at < text.length()) {
            int start = text.indexOf(SearchIndex.MATCH_START, at);
            if (start < 0) {
                add(spans, text.substring(at), false);
                break;
            }
            add(spans, text.substring(at, start), false);
            int end = text.indexOf(SearchIndex.MATCH_END, start + 1);
            int stop = end < 0 ? text.length() : end;
            add(spans, text.substring(start + 1, stop), true);
            at = end < 0 ? text.length() : end + 1;
        }
        return spans;
    }

    private static void add(List<Span> spans, String text, boolean match) {
        // a stray end mark (a snippet cut inside a match) is not text
        String clean = text.replace(String.valueOf(SearchIndex.MATCH_END), "");
        if (clean.isEmpty()) {
            return;
        }
        Span last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
        if (last != null && last.match() == match) {
            spans.set(spans.size() - 1, new Span(last.text() + clean, match));
        } else {
            spans.add(new Span(clean, match));
        }
    }
}
