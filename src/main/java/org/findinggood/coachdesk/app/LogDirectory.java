package org.findinggood.coachdesk.app;

import ch.qos.logback.core.PropertyDefinerBase;

/**
 * Tells logback where the app's log files go: the OS-conventional log folder from
 * {@link AppDirectories}, never next to the installed binaries (an installed app's folder is
 * read-only, and a console nobody sees loses the one line a coach could send us).
 */
public class LogDirectory extends PropertyDefinerBase {

    @Override
    public String getPropertyValue() {
        return AppDirectories.forCurrentUser().logs().toAbsolutePath().toString();
    }
}
