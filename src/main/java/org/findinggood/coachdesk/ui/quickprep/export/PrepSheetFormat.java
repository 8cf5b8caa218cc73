package org.findinggood.coachdesk.ui.quickprep.export;

import org.findinggood.coachdesk.files.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The prep sheet's file formats; {@link #write} saves atomically (temp file, then move). */
public enum PrepSheetFormat {
    PDF("PDF", "pdf"),
    MARKDOWN("Markdown", "md");

    private final String label;
    private final String extension;

    PrepSheetFormat(String label, String extension) {
        this.label = label;
        this.extension = extension;
    }

    public String label() {
        return label;
    }

    public String extension() {
        return extension;
    }

    public void write(PrepSheet sheet, Path file) throws IOException {
        AtomicFile.at(file).write(out -> {
            if (this == PDF) {
                PrepSheetPdf.write(sheet, out);
            } else {
                out.write(PrepSheetMarkdown.render(sheet).getBytes(StandardCharsets.UTF_8));
            }
        });
    }
}
