package org.findinggood.coachdesk.ui.signin;

import java.net.URI;
import java.util.List;

/**
 * "Check connection" on the sign-in screen: the app asks the project, the screen only shows the lines.
 * Called off the FX thread.
 */
@FunctionalInterface
public interface ConnectionChecker {

    /** One copyable line per check; throws with one sentence when the URL or key cannot even be tried. */
    Report check(URI projectUrl, String key) throws SignInException;

    /** The lines, and whether every one of them is ok. */
    record Report(List<String> lines, boolean allOk) {
    }
}
