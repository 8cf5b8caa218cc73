package org.findinggood.coachdesk.ui.roster;

import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Orders names as a person reads them: letters by the locale's collation, ignoring case (so
 * "anna" sits next to "Anna" and "Émile" next to "Emil"), and runs of digits by their value (so
 * "Client 2" comes before "Client 10"). Names equal by those rules (leading zeros, case) fall back
 * to a plain comparison, so the order is total.
 *
 * <p>Each name is turned once into a {@link SortKey} (collation keys for the text, the digits
 * without leading zeros for numbers): a collator comparing substrings directly took ~70 ms for a
 * thousand names, the keys take a few.
 */
final class NaturalNameOrder implements Comparator<String> {

    private final Collator collator;

    NaturalNameOrder(Locale locale) {
        collator = Collator.getInstance(locale);
        // SECONDARY: accents count, case does not.
        collator.setStrength(Collator.SECONDARY);
    }

    @Override
    public int compare(String a, String b) {
        return keyOf(a).compareTo(keyOf(b));
    }

    /** The name cut into text and number runs, ready to compare many times. */
    SortKey keyOf(String name) {
        String text = name == null ? "" : name;
        List<Object> runs = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            boolean digits = Character.isDigit(text.charAt(i));
            int end = i;
            while (end < text.length() && Character.isDigit(text.charAt(end)) == digits) {
                end++;
            }
            String run = text.substring(i, end);
            runs.add(digits ? stripLeadingZeros(run) : collator.getCollationKey(run));
            i = end;
        }
        return new SortKey(runs, text);
    }

    private static String stripLeadingZeros(String digits) {
        int k = 0;
        while (k < digits.length() - 1 && Character.digit(digits.charAt(k), 10) == 0) {
            k++;
        }
        return digits.substring(k);
    }

    /** Runs alternate text ({@link CollationKey}) and digits (a String without leading zeros). */
    static final class SortKey implements Comparable<SortKey> {
        private final List<Object> runs;
        private final String original;

        private SortKey(List<Object> runs, String original) {
            this.runs = runs;
            this.original = original;
        }

        @Override
        public int compareTo(SortKey other) {
            int shared = Math.min(runs.size(), other.runs.size());
            for (int k = 0; k < shared; k++) {
                int order = compareRuns(runs.get(k), other.runs.get(k));
                if (order != 0) {
                    return order;
                }
            }
            int byRuns = Integer.compare(runs.size(), other.runs.size());
            return byRuns != 0 ? byRuns : original.compareTo(other.original);
        }

        private static int compareRuns(Object a, Object b) {
            if (a instanceof String left && b instanceof String right) {
                return compareNumbers(left, right);
            }
            if (a instanceof CollationKey left && b instanceof CollationKey right) {
                return left.compareTo(right);
            }
            // A number against text: numbers first, as in "2 Anna" before "Anna".
            return a instanceof String ? -1 : 1;
        }

        private static int compareNumbers(String a, String b) {
            if (a.length() != b.length()) {
                return Integer.compare(a.length(), b.length());
            }
            for (int k = 0; k < a.length(); k++) {
                int order = Integer.compare(Character.digit(a.charAt(k), 10), Character.digit(b.charAt(k), 10));
                if (order != 0) {
                    return order;
                }
            }
            return 0;
        }
    }
}
