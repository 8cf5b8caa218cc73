package org.findinggood.coachdesk.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The cold-start baseline: a bare JavaFX window (one label, no theme, no data), started as its own
 * JVM like the app. After the first pulse that lays it out it writes {@code <epoch millis> 0} to the
 * file named by {@code -Dcoachdesk.rosterShownMarker}, the same marker the app writes for its roster.
 */
public final class BareFxWindow extends Application {

    private boolean marked;

    /** The JVM's main class must not extend Application on the class path (as the app's {@code Launcher}). */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            launch(BareFxWindow.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new StackPane(new Label("A bare JavaFX window")), 1100, 720);
        Runnable[] pulse = new Runnable[1];
        pulse[0] = () -> {
            if (marked) {
                return;
            }
            marked = true;
            long at = System.currentTimeMillis();
            scene.removePostLayoutPulseListener(pulse[0]);
            Thread writer = new Thread(() -> write(at));
            writer.setDaemon(true);
            writer.start();
        };
        scene.addPostLayoutPulseListener(pulse[0]);
        stage.setScene(scene);
        stage.show();
    }

    private static void write(long at) {
        try {
            Path file = Path.of(System.getProperty("coachdesk.rosterShownMarker"));
            Path partial = file.resolveSibling(file.getFileName() + ".part");
            Files.writeString(partial, at + " 0\n", StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (Exception e) {
            throw new IllegalStateException("could not write the marker", e);
        }
    }
}
