package org.findinggood.coachdesk.ui.quickprep.export;

import org.findinggood.coachdesk.ui.common.json.JsonMarkdown;
import org.findinggood.coachdesk.ui.common.json.JsonOutline.OutlineLine;

/** The prep sheet as Markdown: a heading, the subtitle, one section per part, nested bullets. */
public final class PrepSheetMarkdown {

    private PrepSheetMarkdown() {
    }

    public static String render(PrepSheet sheet) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(JsonMarkdown.escape(sheet.title())).append("\n\n");
        md.append('_').append(JsonMarkdown.escape(sheet.subtitle())).append("_\n");
        for (PrepSheet.Section section : sheet.sections()) {
            md.append("\n## ").append(JsonMarkdown.escape(section.title())).append("\n\n");
            for (OutlineLine line : section.lines()) {
                md.append("  ".repeat(line.depth())).append("- ");
                if (line.url() != null && line.text().endsWith(line.url())) {
                    String before = line.text().substring(0, line.text().length() - line.url().length());
                    md.append(JsonMarkdown.escape(before)).append('<').append(line.url()).append('>');
                } else {
                    md.append(JsonMarkdown.escape(line.text()));
                }
                md.append('\n');
            }
        }
        return md.toString();
    }
}
