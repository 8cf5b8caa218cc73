package org.findinggood.coachdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.stage.Stage;
import org.findinggood.coachdesk.ui.tabs.Screenshots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Long activity text shows its first lines and "…"; right-to-left text is laid out from the right. */
@ExtendWith(ApplicationExtension.class)
class ClampedTextTest {

    static final String HEBREW = "\u05DC\u05E9\u05EA\u05E3 \u05D0\u05EA \u05D4\u05E6\u05D5\u05D5\u05EA \u05D1\u05DE\u05D8\u05E8\u05D5\u05EA "
            + "\u05E9\u05DC \u05D4\u05E8\u05D1\u05E2\u05D5\u05DF \u05D4\u05D1\u05D0 \u05DC\u05E4\u05E0\u05D9 \u05D9\u05D5\u05DD \u05E8\u05D1\u05D9\u05E2\u05D9";

    private final VBox box = new VBox(8);

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(box, 300, 400));
        stage.show();
    }

    private ClampedText shown(String text, double width) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            ClampedText clamped = new ClampedText(4);
            clamped.setWrappingWidth(width);
            clamped.setWhole(text);
            box.getChildren().add(clamped);
            box.applyCss();
            box.layout();
            return clamped;
        }).get(10, TimeUnit.SECONDS);
    }

    private static double lineHeight(Text text) {
        Text one = new Text("X");
        one.setFont(text.getFont());
        return one.getLayoutBounds().getHeight();
    }

    @Test
    void aLongActivityShowsFourLinesEndingInAnEllipsisAndKeepsTheWholeText() throws Exception {
        String whole = "Before each one-to-one, write down what the person did well since the last conversation. ".repeat(6).strip();
        ClampedText text = shown(whole, 150);
        assertThat(text.isClamped()).isTrue();
        assertThat(text.whole()).isEqualTo(whole);
        assertThat(text.getText()).endsWith("\u2026").doesNotEndWith(" \u2026");
        assertThat(whole).startsWith(text.getText().substring(0, text.getText().length() - 1));
        assertThat(text.getLayoutBounds().getHeight()).isLessThanOrEqualTo(lineHeight(text) * 4.5);
    }

    @Test
    void shortTextIsShownWholeAndAnEmojiIsNeverSplit() throws Exception {
        ClampedText text = shown("Celebrate a small win \uD83C\uDF89", 150);
        assertThat(text.isClamped()).isFalse();
        assertThat(text.getText()).isEqualTo("Celebrate a small win \uD83C\uDF89");

        ClampedText emoji = shown("\uD83D\uDE42".repeat(400), 80);
        assertThat(emoji.isClamped()).isTrue();
        String cut = emoji.getText();
        assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 2))).isFalse();
    }

    @Test
    void rightToLeftTextIsLaidOutFromTheRightAndOtherTextFollowsTheScreen() throws Exception {
        ClampedText hebrew = shown(HEBREW, 120);
        ClampedText english = shown("Share the team's goals", 120);
        assertThat(TextDirection.isRightToLeft(HEBREW)).isTrue();
        assertThat(TextDirection.isRightToLeft("12 - " + HEBREW)).isTrue();
        assertThat(TextDirection.isRightToLeft("Note: " + HEBREW)).isFalse();
        assertThat(hebrew.getTextAlignment()).isEqualTo(TextAlignment.RIGHT);
        assertThat(english.getTextAlignment()).isEqualTo(TextAlignment.LEFT);
        // each line is drawn once: the wrapped Hebrew is no taller than its words on two or three lines
        assertThat(hebrew.getLayoutBounds().getHeight()).isLessThanOrEqualTo(lineHeight(hebrew) * 4.5);
        // broken onto lines here, each its own paragraph no wider than the column (a wrapped right-to-left
        // paragraph drew each line running on to the paragraph's end)
        assertThat(hebrew.getText().split("\n")).hasSizeGreaterThan(1).allSatisfy(line -> {
            Text one = new Text(line);
            one.setFont(hebrew.getFont());
            assertThat(one.getLayoutBounds().getWidth()).isLessThanOrEqualTo(120);
        });
        assertThat(hebrew.getText().replace('\n', ' ')).isEqualTo(HEBREW);
        WaitForAsyncUtils.asyncFx(() -> Screenshots.save(box, "clamped-text.png")).get(10, TimeUnit.SECONDS);
        assertThat(hebrew.isClamped()).isFalse();
    }
}
