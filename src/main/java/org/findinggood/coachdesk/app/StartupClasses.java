package org.findinggood.coachdesk.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Loads and links, on a low-priority thread of its own, the classes a start-up to the roster needs
 * (JavaFX, the theme, the app's views), listed in {@code startup-classes.txt} in the order a real
 * start loaded them. Reading, parsing and verifying a few thousand classes from jars is most of the
 * FX thread's start-up work; done here, on the second core, it is done when the FX thread gets there.
 * Nothing is initialised (no static initialiser runs here), so nothing changes but timing. A stale
 * list only costs time: names that no longer exist are skipped.
 */
final class StartupClasses {

    static final String LIST = "startup-classes.txt";

    private StartupClasses() {
    }

    static void preloadInBackground() {
        String mode = System.getProperty("coachdesk.preload", "link");
        if ("none".equals(mode)) {
            return;
        }
        Thread thread = new Thread(() -> preload("link".equals(mode)), "coach-desk-class-preload");
        thread.setDaemon(true);
        thread.start();
    }

    /** Returns how many of the listed classes were found. */
    static int preload(boolean link) {
        ClassLoader loader = StartupClasses.class.getClassLoader();
        int found = 0;
        try (InputStream in = StartupClasses.class.getResourceAsStream(LIST)) {
            if (in == null) {
                return 0;
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String name = lines.readLine(); name != null; name = lines.readLine()) {
                if (name.isBlank() || name.startsWith("#")) {
                    continue;
                }
                try {
                    Class<?> type = Class.forName(name.trim(), false, loader);
                    if (link) {
                        // Asking for the declared constructors makes the JVM link (verify) the class, without initialising it.
                        type.getDeclaredConstructors();
                    }
                    found++;
                } catch (ClassNotFoundException | LinkageError e) {
                    // Not on this class path (a stale list, another platform's JavaFX): the FX thread will cope.
                }
            }
        } catch (IOException e) {
            // Only a speed-up.
        }
        return found;
    }
}
