package org.findinggood.coachdesk.ui.common;

import javafx.geometry.NodeOrientation;

/**
 * The direction a text is written in, from its first strongly directional character (as the Unicode
 * bidirectional algorithm picks a paragraph's direction): Hebrew or Arabic text runs right to left, so a
 * field or line showing it is laid out right to left; text with no letters follows the screen.
 */
public final class TextDirection {

    private TextDirection() {
    }

    /** True when the text's first strongly directional character is right-to-left (Hebrew, Arabic, ...). */
    public static boolean isRightToLeft(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            byte direction = Character.getDirectionality(cp);
            if (direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return false;
            }
            if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /** True when any character of the text is strongly right-to-left (a Hebrew word in an English note counts). */
    public static boolean containsRightToLeft(String text) {
        return text != null && text.codePoints().map(Character::getDirectionality)
                .anyMatch(d -> d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC);
    }

    /** The node orientation for a node showing this text: right to left for RTL text, else inherited. */
    public static NodeOrientation orientationOf(String text) {
        return isRightToLeft(text) ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.INHERIT;
    }
}
