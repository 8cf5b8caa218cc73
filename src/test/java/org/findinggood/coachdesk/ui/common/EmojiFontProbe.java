package org.findinggood.coachdesk.ui.common;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;

/**
 * Run in a fresh JVM by {@link EmojiFontTest}: JavaFX fixes a font's fallback list the first time it
 * lays text out, so whether an emoji is drawn depends on what happened before in that JVM. Exits 0
 * when an emoji in the default font is drawn, 1 when it is the missing-glyph box, 2 on error.
 * With the argument {@code load} it loads the emoji font first as the app does in {@code Application.init()}: on
 * another thread than the FX thread, after the toolkit started and before anything is laid out.
 */
public final class EmojiFontProbe {

    private static final String SMILE = "\uD83D\uDE42";
    private static final String MISSING = "\u0378";

    public static void main(String[] args) throws Exception {
        AtomicInteger exit = new AtomicInteger(2);
        CountDownLatch done = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        if (args.length > 0 && args[0].equals("load") && EmojiFont.loadWhereMissing().isEmpty()) {
            System.err.println("the bundled emoji font did not load");
            Platform.exit();
            System.exit(2);
        }
        Platform.runLater(() -> {
            try {
                WritableImage emoji = draw(new Label(SMILE));
                // a code point no font has: drawn as the default font's missing-glyph box
                WritableImage box = draw(new Label(MISSING));
                exit.set(inked(emoji) > 20 && !samePixels(emoji, box) ? 0 : 1);
            } catch (RuntimeException e) {
                e.printStackTrace();
            } finally {
                done.countDown();
            }
        });
        done.await();
        Platform.exit();
        System.exit(exit.get());
    }

    private static WritableImage draw(Label label) {
        label.setStyle("-fx-font-size: 24px;");
        StackPane pane = new StackPane(label);
        pane.setStyle("-fx-background-color: white;");
        return new Scene(pane, 60, 40).snapshot(null);
    }

    private static int inked(WritableImage image) {
        PixelReader pixels = image.getPixelReader();
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (pixels.getColor(x, y).getBrightness() < 0.5) {
                    dark++;
                }
            }
        }
        return dark;
    }

    private static boolean samePixels(WritableImage a, WritableImage b) {
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getPixelReader().getArgb(x, y) != b.getPixelReader().getArgb(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }
}
