package org.findinggood.coachdesk.model;

import java.util.Locale;

/**
 * The rule for an activity's text that the edit and the screen share. The V4 schema has no check on
 * {@code activity_text}; the limit keeps an activity one readable paragraph in the table, the prep
 * sheet and the client's app. Longer detail belongs in the coach notes.
 */
public final class ActivityText {

    /** The longest activity text, in characters (code points), Coach Desk adds. */
    public static final int MAX_LENGTH = 1_000;

    private ActivityText() {
    }

    /** Why this activity text cannot be added as it is, in a sentence for the coach; empty when it can. */
    public static String problem(String activityText) {
        if (activityText == null) {
            return "";
        }
        String text = activityText.trim();
        int length = text.codePointCount(0, text.length());
        if (length <= MAX_LENGTH) {
            return "";
        }
        return String.format(Locale.ROOT, "An activity is at most %,d characters; this one has %,d. Shorten it "
                + "and keep the detail in the coach notes.", MAX_LENGTH, length);
    }
}
