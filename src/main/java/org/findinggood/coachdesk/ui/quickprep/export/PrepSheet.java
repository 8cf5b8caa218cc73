package org.findinggood.coachdesk.ui.quickprep.export;

import java.util.List;
import org.findinggood.coachdesk.ui.common.json.JsonOutline.OutlineLine;

/**
 * The printable prep sheet as data (not a screenshot): a title, a subtitle and sections of
 * indented lines. Built by the Quick Prep view model; written by {@link PrepSheetMarkdown} and
 * {@link PrepSheetPdf}.
 */
public record PrepSheet(String title, String subtitle, List<Section> sections) {

    public PrepSheet {
        sections = List.copyOf(sections);
    }

    /** A titled part of the sheet; empty sections are left out when written. */
    public record Section(String title, List<OutlineLine> lines) {
        public Section {
            lines = List.copyOf(lines);
        }
    }
}
