package org.findinggood.coachdesk.ui.common.json;

import java.util.List;
import org.findinggood.coachdesk.ui.common.json.JsonOutline.OutlineLine;

/** Any {@link JsonShape} as a Markdown bullet list (nested by indentation). */
public final class JsonMarkdown {

    private JsonMarkdown() {
    }

    public static String render(JsonShape shape) {
        StringBuilder markdown = new StringBuilder();
        List<OutlineLine> lines = JsonOutline.lines(shape);
        for (OutlineLine line : lines) {
            markdown.append("  ".repeat(line.depth())).append("- ");
            if (line.url() != null && line.text().equals(line.url())) {
                markdown.append('<').append(line.url()).append('>');
            } else {
                markdown.append(escape(line.text()));
            }
            markdown.append('\n');
        }
        return markdown.toString();
    }

    /** Escapes the characters that would turn text into Markdown markup, and folds line breaks. */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '<', '>', '#', '|' -> escaped.append('\\').append(c);
                case '\n', '\r' -> escaped.append(' ');
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
