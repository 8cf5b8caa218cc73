package org.findinggood.coachdesk.app;

import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Plain entry point. jpackage and the class-path launch need a main class that is not a
 * subclass of {@link javafx.application.Application}.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        StartupClasses.preloadInBackground();
        // Configuring logging reads and parses its XML (a few hundred ms): do it beside the argument
        // parsing and the JavaFX start-up, not before them. Loggers asked for meanwhile are replayed.
        Thread logging = new Thread(LoggerFactory::getILoggerFactory, "coach-desk-logging-init");
        logging.setDaemon(true);
        logging.start();
        // The usual starts (no arguments, or --demo alone) need no parsing to know what comes next:
        // begin reading settings and opening the demo while picocli builds its model (a few hundred ms).
        HeadStart headStart = HeadStart.beforeParsing(args);
        LaunchOptions options = new LaunchOptions();
        CommandLine commandLine = new CommandLine(options);
        try {
            commandLine.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            commandLine.getErr().println(e.getMessage());
            commandLine.usage(commandLine.getErr());
            System.exit(2);
            return;
        }
        if (commandLine.isUsageHelpRequested()) {
            commandLine.usage(commandLine.getOut());
            return;
        }
        if (commandLine.isVersionHelpRequested()) {
            commandLine.printVersionHelp(commandLine.getOut());
            return;
        }
        CoachDeskApp.launchApp(options, args, headStart);
        if (options.smokeTest()) {
            // Non-zero when the roster did not render in time (see SmokeTest).
            System.exit(CoachDeskApp.exitCode());
        }
    }
}
