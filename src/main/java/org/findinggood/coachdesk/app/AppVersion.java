package org.findinggood.coachdesk.app;

import picocli.CommandLine.IVersionProvider;

/** The app's version from the jar manifest (written by Maven from the pom), so it never drifts. */
public class AppVersion implements IVersionProvider {

    /** The pom's version, or "development build" when running from classes (mvn javafx:run). */
    public static String current() {
        String version = AppVersion.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"Coach Desk " + current()};
    }
}
