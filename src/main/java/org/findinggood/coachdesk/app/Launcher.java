package org.findinggood.coachdesk.app;

import java.util.Optional;
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
        // Starting logback (its classes, AppLogConfigurator's appenders) takes a couple of hundred ms in a
        // fresh JVM: do it beside the JavaFX start-up, not before it. Loggers asked for meanwhile are replayed.
        Thread logging = new Thread(LoggerFactory::getILoggerFactory, "coach-desk-logging-init");
        logging.setDaemon(true);
        logging.start();
        // The usual starts (no arguments, or --demo alone) have nothing to check or print: begin reading
        // settings and opening the demo now, and leave picocli out (building its model took a few hundred
        // ms of CPU, on two cores beside the JavaFX start-up, and the FX launcher thread waited for it).
        HeadStart headStart = HeadStart.beforeParsing(args);
        if (headStart != null) {
            CoachDeskApp.launchApp(LaunchOptions.plain(args.length == 1), args, headStart);
            return;
        }
        Optional<LaunchOptions> parsed = parse(args);
        if (parsed.isEmpty()) {
            return;
        }
        LaunchOptions options = parsed.get();
        CoachDeskApp.launchApp(options, args);
        if (options.smokeTest()) {
            // Non-zero when the roster did not render in time (see SmokeTest).
            System.exit(CoachDeskApp.exitCode());
        }
    }

    /** The options; empty after printing help or the version; exits with 2 after printing a mistake. */
    private static Optional<LaunchOptions> parse(String[] args) {
        LaunchOptions options = new LaunchOptions();
        CommandLine commandLine = new CommandLine(options);
        try {
            commandLine.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            commandLine.getErr().println(e.getMessage());
            commandLine.usage(commandLine.getErr());
            System.exit(2);
            return Optional.empty();
        }
        if (commandLine.isUsageHelpRequested()) {
            commandLine.usage(commandLine.getOut());
            return Optional.empty();
        }
        if (commandLine.isVersionHelpRequested()) {
            commandLine.printVersionHelp(commandLine.getOut());
            return Optional.empty();
        }
        return Optional.of(options);
    }
}
