package org.findinggood.coachdesk.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JVM options the packaged launcher passes ({@code --java-options} in packaging/app-image.args): the app
 * is measured as it runs installed, in the bench's own JVM (first sync, client switch, FX stall) and in the
 * JVMs cold-start starts.
 */
final class LauncherOptions {

    private static final Path ARGS = Path.of("packaging", "app-image.args");
    private static final Pattern JAVA_OPTIONS = Pattern.compile("--java-options\\s+(?:\"([^\"]*)\"|(\\S+))");

    private LauncherOptions() {
    }

    static List<String> shipped() throws IOException {
        if (!Files.isRegularFile(ARGS)) {
            throw new IllegalStateException("The bench takes the launcher's JVM options from " + ARGS.toAbsolutePath()
                    + "; run it from the project folder");
        }
        List<String> options = new ArrayList<>();
        Matcher m = JAVA_OPTIONS.matcher(Files.readString(ARGS));
        while (m.find()) {
            options.addAll(List.of((m.group(1) != null ? m.group(1) : m.group(2)).trim().split("\\s+")));
        }
        return options;
    }

    /**
     * Fails unless this JVM was started with every launcher option (the bench profile in pom.xml lists them
     * again, since exec cannot read jpackage's argument file): a bench JVM tuned differently from the app
     * would measure something else, e.g. the C2 delay changes the FX stall during a sync.
     */
    static List<String> requireInThisJvm() throws IOException {
        List<String> shipped = shipped();
        List<String> missing = new ArrayList<>(shipped);
        missing.removeAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The bench JVM lacks the launcher's JVM options " + missing
                    + " (packaging/app-image.args); start it with them, as the bench profile in pom.xml does");
        }
        return shipped;
    }
}
