package org.findinggood.coachdesk.ui.common.json;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Turns JSON keys ({@code language_patterns}, {@code weekNumber}) into labels ("Language patterns"). */
public final class FieldLabel {

    /** Words that read wrong in sentence case. */
    private static final Map<String, String> WORDS = Map.of(
            "fires", "FIRES", "ai", "AI", "id", "ID", "url", "URL", "ids", "IDs", "pdf", "PDF");

    /** Words the server writes as one that the app spells otherwise ("checkins" reads "Check-ins"). */
    private static final Map<String, String> SPELLINGS = Map.of("checkins", "check-ins", "checkin", "check-in");
    /** The FIRES elements, which the server writes in lower case as keys and as values. */
    private static final Set<String> FIRES_ELEMENTS = Set.of("feelings", "influence", "resilience", "ethics", "strengths");

    private FieldLabel() {
    }

    public static String of(String key) {
        if (key == null || key.isBlank()) {
            return "(no name)";
        }
        String spaced = key.strip()
                .replaceAll("([a-z0-9])([A-Z])", "$1 $2")
                .replace('_', ' ')
                .replace('-', ' ')
                .replaceAll("\\s+", " ")
                .strip();
        if (spaced.isEmpty()) {
            return key;
        }
        String[] words = spaced.split(" ");
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String lower = SPELLINGS.getOrDefault(words[i].toLowerCase(Locale.ROOT), words[i].toLowerCase(Locale.ROOT));
            String word = WORDS.getOrDefault(lower, i == 0 ? capitalise(lower) : lower);
            if (i > 0) {
                label.append(' ');
            }
            label.append(word);
        }
        return label.toString();
    }

    /**
     * A value shown as a label: a FIRES element capitalised as the Map's legend has it ("feelings" reads
     * "Feelings"), any other text as written.
     */
    public static String ofValue(String text) {
        return text != null && FIRES_ELEMENTS.contains(text.toLowerCase(Locale.ROOT)) ? of(text) : text;
    }

    private static String capitalise(String word) {
        if (word.isEmpty()) {
            return word;
        }
        int first = word.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(word, Character.charCount(first), word.length()).toString();
    }
}
