package org.findinggood.coachdesk.ui.quickprep.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

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
        Path folder = file.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(folder, ".prep-sheet-", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                if (this == PDF) {
                    PrepSheetPdf.write(sheet, out);
                } else {
                    out.write(PrepSheetMarkdown.render(sheet).getBytes(StandardCharsets.UTF_8));
                }
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
