package org.findinggood.coachdesk.ui.quickprep.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.findinggood.coachdesk.ui.common.json.JsonOutline.OutlineLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The prep sheet PDF is a real one-page document: opened again with PDFBox, its text extracted and
 * its page rendered to PNG (saved under {@code screenshots.dir}, default target/screenshots).
 */
public class PrepSheetPdfTest {

    static PrepSheet sampleSheet() {
        return new PrepSheet("Quick Prep: Amara Okafor", "Week 18 · 12 Jan – 18 Jan 2026 · prepared Wed 21 Jan", List.of(
                new PrepSheet.Section("Permission, practice and focus", List.of(
                        new OutlineLine(0, "Permission: I am allowed to let the team do it differently than I would."),
                        new OutlineLine(0, "Practice: Ask one question before offering an answer."),
                        new OutlineLine(0, "Focus:"),
                        new OutlineLine(1, "Hand the release checklist to Priya"),
                        new OutlineLine(1, "Protect Tuesday and Thursday mornings for 1:1 prep"))),
                new PrepSheet.Section("Check-ins, last 14 days", List.of(
                        new OutlineLine(0, "Hand the release checklist to Priya: 3 · 4 4 · 5 4 · 4 5 · 4 4 5 4  (average 4.2 over 10 days)"),
                        new OutlineLine(0, "Protect Tuesday and Thursday mornings: 2 · 3 3 · 2 4 · 3 3 · 4 3 4  (average 3.1 over 10 days)"))),
                new PrepSheet.Section("Activity this week", List.of(new OutlineLine(0, "Predict: 3"),
                        new OutlineLine(0, "Proof: 2"), new OutlineLine(0, "Checkins: 6"))),
                new PrepSheet.Section("Themes", List.of(new OutlineLine(0, "Delegating without redoing the work ×4 (Trend: rising)"),
                        new OutlineLine(0, "Trusting the team's judgement ×2 (Trend: steady)"))),
                new PrepSheet.Section("Coaching questions", List.of(
                        new OutlineLine(0, "[x] What did you notice in yourself when Priya ran the release without you?"),
                        new OutlineLine(0, "[ ] Where is 'I should' still running the week?"))),
                new PrepSheet.Section("Agreed activities and scheduling", List.of(
                        new OutlineLine(0, "2 pending agreed activities"),
                        new OutlineLine(0, "Calendar: https://cal.example.com/amara-okafor/coaching",
                                "https://cal.example.com/amara-okafor/coaching")))));
    }

    private static byte[] pdf(PrepSheet sheet) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrepSheetPdf.write(sheet, out);
        return out.toByteArray();
    }

    @Test
    void rendersOnePageWithTheSheetsTextAndSavesAPng() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf(sampleSheet()))) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Quick Prep: Amara Okafor", "Week 18", "Permission, practice and focus",
                    "I am allowed to let the team do it differently", "Coaching questions",
                    "[x] What did you notice", "https://cal.example.com/amara-okafor/coaching");

            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 110);
            assertThat(inkRatio(page)).as("share of non-white pixels").isBetween(0.005, 0.5);
            ImageIO.write(page, "png", Files.createDirectories(Path.of("target/screenshots")).resolve("prep-sheet-sample.png").toFile());
        }
    }

    @Test
    void tooMuchForOnePageShrinksThenCutsButStaysOnePage() throws Exception {
        List<OutlineLine> many = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            many.add(new OutlineLine(i % 3, "Open thread number " + i + " with a fairly long description that wraps "
                    + "onto a second line when the page is narrow enough to need it"));
        }
        PrepSheet sheet = new PrepSheet("Quick Prep: Long", "Week 1", List.of(new PrepSheet.Section("Open threads", many)));
        try (PDDocument document = Loader.loadPDF(pdf(sheet))) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Open thread number 0 ", "more in Coach Desk").doesNotContain("number 399 ");
        }
    }

    @Test
    void textTheFontCannotDrawPrintsAsQuestionMarksInsteadOfFailing() throws Exception {
        PrepSheet sheet = new PrepSheet("Quick Prep: Zoë 🙂 李", "Wëek\u0000 1\tnow", List.of(new PrepSheet.Section(
                "Themes", List.of(new OutlineLine(0, "שלום · مرحبا · Привет · " + "x".repeat(500))))));
        try (PDDocument document = Loader.loadPDF(pdf(sheet))) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Quick Prep: Zoë ? ?", "Привет");
        }
    }

    @Test
    void markdownAndPdfFilesAreWrittenAtomically(@TempDir Path dir) throws Exception {
        Path md = dir.resolve("sheet.md");
        PrepSheetFormat.MARKDOWN.write(sampleSheet(), md);
        assertThat(Files.readString(md)).startsWith("# Quick Prep: Amara Okafor\n")
                .contains("## Coaching questions\n\n- \\[x\\] What did you notice")
                .contains("- Calendar: <https://cal.example.com/amara-okafor/coaching>");
        Path pdf = dir.resolve("sheet.pdf");
        PrepSheetFormat.PDF.write(sampleSheet(), pdf);
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes());
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactlyInAnyOrder("sheet.md", "sheet.pdf");
        }
        assertThatThrownBy(() -> PrepSheetFormat.PDF.write(sampleSheet(), dir.resolve("missing/sheet.pdf")))
                .isInstanceOf(java.io.IOException.class);
    }

    public static double inkRatio(BufferedImage image) {
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (r + g + b < 600) {
                    ink++;
                }
            }
        }
        return (double) ink / ((long) image.getWidth() * image.getHeight());
    }
}
