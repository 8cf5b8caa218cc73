package org.findinggood.coachdesk.ui.tabs;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * Saves a node as PNG under {@code screenshots.dir} (default {@code target/screenshots}; the README's
 * images are refreshed with {@code -Dscreenshots.dir=docs/screenshots}). Call on the FX thread.
 */
public final class Screenshots {

    private Screenshots() {
    }

    public static Path save(Node node, String name) throws Exception {
        Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(dir);
        WritableImage image = node.snapshot(null, null);
        Path file = dir.resolve(name);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        return file;
    }
}
