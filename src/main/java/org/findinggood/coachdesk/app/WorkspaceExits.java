package org.findinggood.coachdesk.app;

import org.findinggood.coachdesk.ui.client.ClientArea;
import org.findinggood.coachdesk.ui.roster.RosterViewModel;

/** What a workspace asks of the app shell that holds it: leave it, or say it is shown. */
interface WorkspaceExits {

    /** Closes the workspace and shows the sign-in screen. */
    void showSignIn();

    /**
     * Lets go of {@code opened} without closing its cache (the caller closes it, then deletes it);
     * false when it is no longer the open workspace.
     */
    boolean release(OpenWorkspace opened);

    /** The roster of the workspace was read and shown, with the client area beside it. */
    void rosterShown(RosterViewModel roster, ClientArea area);
}
