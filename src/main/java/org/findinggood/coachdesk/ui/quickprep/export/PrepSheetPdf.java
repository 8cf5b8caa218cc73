package org.findinggood.coachdesk.ui.quickprep.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.findinggood.coachdesk.ui.common.json.JsonOutline.OutlineLine;

/**
 * Writes the prep sheet as a one-page A4 PDF with PDFBox. Text is laid out from the sheet's data:
 * when it does not fit, the body font shrinks (down to 6.5 pt) and then the rest is cut with a note,
 * so the sheet is always exactly one printable page. DejaVu Sans is embedded (subset) for broad
 * Unicode coverage; characters it cannot draw print as "?".
 */
public final class PrepSheetPdf {

    private static final float MARGIN = 42;
    private static final float TITLE_SIZE = 16;
    private static final float SUBTITLE_SIZE = 9;
    private static final float MAX_BODY = 9.5f;
    private static final float MIN_BODY = 6.5f;
    private static final float INDENT = 12;

    private PrepSheetPdf() {
    }

    public static void write(PrepSheet sheet, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDFont regular = load(document, "fonts/DejaVuSans.ttf");
            PDFont bold = load(document, "fonts/DejaVuSans-Bold.ttf");
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(printable(regular, sheet.title()));
            info.setCreator("Coach Desk");

            float width = page.getMediaBox().getWidth() - 2 * MARGIN;
            float height = page.getMediaBox().getHeight() - 2 * MARGIN;
            Layout layout = null;
            for (float size = MAX_BODY; size >= MIN_BODY; size -= 0.5f) {
                layout = layout(sheet, regular, bold, size, width);
                if (layout.height() <= height) {
                    break;
                }
            }
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float y = page.getMediaBox().getHeight() - MARGIN;
                float bottom = MARGIN;
                List<Row> rows = layout.rows();
                for (int i = 0; i < rows.size(); i++) {
                    Row row = rows.get(i);
                    float lineHeight = row.size() * 1.3f + row.spaceBefore();
                    boolean last = i == rows.size() - 1;
                    float reserve = last ? 0 : MIN_BODY * 1.3f;
                    if (y - lineHeight < bottom + reserve && !last) {
                        text(content, regular, MIN_BODY, MARGIN, y - MIN_BODY * 1.3f,
                                "… more in Coach Desk (the rest did not fit on one page)");
                        break;
                    }
                    y -= lineHeight;
                    if (row.rule()) {
                        content.setLineWidth(0.5f);
                        content.setStrokingColor(0.75f);
                        content.moveTo(MARGIN, y + row.size() * 1.3f + 1);
                        content.lineTo(MARGIN + width, y + row.size() * 1.3f + 1);
                        content.stroke();
                    }
                    content.setNonStrokingColor(row.grey() ? 0.35f : 0f);
                    text(content, row.bold() ? bold : regular, row.size(), MARGIN + row.indent(), y, row.text());
                }
            }
            document.save(out);
        }
    }

    private record Row(String text, float size, boolean bold, boolean grey, float indent, float spaceBefore,
                       boolean rule) {
    }

    private record Layout(List<Row> rows, float height) {
    }

    private static Layout layout(PrepSheet sheet, PDFont regular, PDFont bold, float body, float width)
            throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : wrap(bold, TITLE_SIZE, printable(bold, sheet.title()), width)) {
            rows.add(new Row(line, TITLE_SIZE, true, false, 0, 0, false));
        }
        for (String line : wrap(regular, SUBTITLE_SIZE, printable(regular, sheet.subtitle()), width)) {
            rows.add(new Row(line, SUBTITLE_SIZE, false, true, 0, 2, false));
        }
        for (PrepSheet.Section section : sheet.sections()) {
            float headSize = body + 1.5f;
            rows.add(new Row(printable(bold, section.title()), headSize, true, false, 0, body * 0.9f, true));
            for (OutlineLine line : section.lines()) {
                float indent = Math.min(6, line.depth()) * INDENT + 8;
                List<String> wrapped = wrap(regular, body, printable(regular, line.text()), width - indent - 8);
                for (int i = 0; i < wrapped.size(); i++) {
                    String text = (i == 0 ? "• " : "   ") + wrapped.get(i);
                    rows.add(new Row(text, body, false, false, indent - 8, 0, false));
                }
            }
        }
        float height = 0;
        for (Row row : rows) {
            height += row.size() * 1.3f + row.spaceBefore();
        }
        return new Layout(rows, height);
    }

    /** Greedy word wrap by measured width; words longer than a line are broken by character. */
    static List<String> wrap(PDFont font, float size, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (measure(font, size, candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (measure(font, size, rest) > width && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && measure(font, size, rest.substring(0, cut)) > width) {
                    cut = Math.max(1, cut * 3 / 4);
                }
                if (Character.isHighSurrogate(rest.charAt(cut - 1))) {
                    cut--;
                }
                cut = Math.max(1, cut);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static float measure(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000f * size;
    }

    /** Replaces what the font cannot draw (and control characters) so PDFBox never throws on text. */
    static String printable(PDFont font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                out.append(cp == '\n' || cp == '\t' ? " " : "");
                return;
            }
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch); // throws for a character without a glyph in the embedded font
                out.append(ch);
            } catch (IllegalArgumentException | IllegalStateException | IOException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static void text(PDPageContentStream content, PDFont font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    private static PDFont load(PDDocument document, String resource) throws IOException {
        try (InputStream font = PrepSheetPdf.class.getResourceAsStream(resource)) {
            if (font == null) {
                throw new IOException("The prep sheet font " + resource + " is missing from the application");
            }
            return PDType0Font.load(document, font);
        }
    }
}
