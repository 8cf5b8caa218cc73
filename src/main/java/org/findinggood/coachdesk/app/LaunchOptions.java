package org.findinggood.coachdesk.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Command-line options of the app. Parsed by picocli in {@link Launcher}. */
@Command(name = "coach-desk", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "Coach Desk: session prep for Finding Good coaches, offline first.")
public class LaunchOptions {

    @Option(names = "--demo", description = "Open the demo workspace (generated data, never synced).")
    boolean demo;

    @Option(names = "--smoke-test",
            description = "Open the demo workspace, render the roster, then exit 0 (installer smoke test).")
    boolean smokeTest;

    /** The options of a start with no arguments, or with {@code --demo} alone: nothing for picocli to check. */
    static LaunchOptions plain(boolean demo) {
        LaunchOptions options = new LaunchOptions();
        options.demo = demo;
        return options;
    }

    public boolean demo() {
        return demo || smokeTest;
    }

    public boolean smokeTest() {
        return smokeTest;
    }
}
