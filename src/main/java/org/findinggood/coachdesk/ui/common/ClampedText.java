package org.findinggood.coachdesk.ui.common;

import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * A wrapping {@link Text} that shows at most a few lines: longer text is cut at a word and ends with
 * "…" (the whole text stays in {@link #whole()} for a tooltip or a detail pane). Hebrew and Arabic
 * lines are aligned to the right. Re-clamps when its wrapping
 * width or font changes.
 */
public final class ClampedText extends Text {

    private static final String ELLIPSIS = "\u2026";

    private final int maxLines;
    private String whole = "";
    private boolean clamped;

    public ClampedText(int maxLines) {
        this.maxLines = maxLines;
        wrappingWidthProperty().addListener((obs, old, now) -> clamp());
        fontProperty().addListener((obs, old, now) -> clamp());
    }

    /** Shows this text, clamped to the lines allowed; null shows nothing. */
    public void setWhole(String text) {
        whole = text == null ? "" : text;
        // aligned to the right, not mirrored: a wrapping Text with a right-to-left node orientation draws
        // each line's whole paragraph again (JavaFX 21), which read as Hebrew "drawn twice"
        setTextAlignment(TextDirection.isRightToLeft(whole) ? TextAlignment.RIGHT : TextAlignment.LEFT);
        clamp();
    }

    public String whole() {
        return whole;
    }

    /** True when not all of the text is shown. */
    public boolean isClamped() {
        return clamped;
    }

    private void clamp() {
        String shaped = shapedWhole();
        setText(shaped);
        clamped = false;
        double lineHeight = lineHeight();
        if (getWrappingWidth() <= 0 || whole.isEmpty() || fits(lineHeight)) {
            return;
        }
        clamped = true;
        // the longest start (cut at a space where there is one) that fits with the ellipsis
        int low = 0;
        int high = shaped.length();
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            setText(cut(shaped, mid));
            if (fits(lineHeight)) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        setText(cut(shaped, low));
    }

    /**
     * Right-to-left text broken onto lines here, a line per paragraph: JavaFX 21 draws a wrapped
     * right-to-left paragraph with each line running on to the paragraph's end (Hebrew "drawn twice").
     */
    private String shapedWhole() {
        return TextDirection.isRightToLeft(whole) && getWrappingWidth() > 0 ? lines(whole) : whole;
    }

    private String lines(String text) {
        Text probe = new Text();
        probe.setFont(getFont());
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String longer = line.length() == 0 ? word : line + " " + word;
            probe.setText(longer);
            if (line.length() > 0 && probe.getLayoutBounds().getWidth() > getWrappingWidth()) {
                out.append(line).append('\n');
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(longer);
            }
        }
        return out.append(line).toString();
    }

    private static String cut(String whole, int end) {
        if (end > 0 && end < whole.length() && Character.isLowSurrogate(whole.charAt(end))) {
            end--; // never split an emoji
        }
        String start = whole.substring(0, end);
        int space = Math.max(start.lastIndexOf(' '), start.lastIndexOf('\n'));
        if (space > end / 2) {
            start = start.substring(0, space);
        }
        return start.stripTrailing() + ELLIPSIS;
    }

    private double lineHeight() {
        Text line = new Text("X");
        line.setFont(getFont());
        return line.getLayoutBounds().getHeight();
    }

    private boolean fits(double lineHeight) {
        return getLayoutBounds().getHeight() <= lineHeight * maxLines + lineHeight / 2;
    }
}
