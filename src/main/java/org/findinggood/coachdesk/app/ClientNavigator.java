package org.findinggood.coachdesk.app;

import java.time.LocalDate;
import java.util.UUID;
import javafx.beans.InvalidationListener;
import org.findinggood.coachdesk.ui.client.ClientArea;
import org.findinggood.coachdesk.ui.quickprep.QuickPrepViewModel;
import org.findinggood.coachdesk.ui.quickprep.WeekOption;
import org.findinggood.coachdesk.ui.roster.RosterViewModel;

/**
 * Opens a client where something lives: its roster line selected, a tab, and in Quick Prep a week once
 * the weeks are read. Today, search hits, the "Since" items and the client restored at start go through
 * here. FX thread only.
 */
final class ClientNavigator {

    static final int QUICK_PREP = 0;
    static final int MAP = 1;
    static final int ACTIVITIES = 2;

    private final RosterViewModel roster;
    private final ClientArea area;
    private InvalidationListener pendingWeek;

    ClientNavigator(RosterViewModel roster, ClientArea area) {
        this.roster = roster;
        this.area = area;
    }

    /** False when the roster has no such client (the hit belongs to a client no longer cached). */
    boolean open(String clientEmail, int tab, LocalDate week) {
        return open(clientEmail, tab, week, null);
    }

    /** As {@link #open(String, int, LocalDate)}; an {@code activityId} is selected and scrolled to in Activities. */
    boolean open(String clientEmail, int tab, LocalDate week, UUID activityId) {
        if (!roster.selectClient(clientEmail)) {
            return false;
        }
        area.view().selectTab(tab);
        if (week != null) {
            showWeek(area.quickPrep(), week);
        }
        if (activityId != null) {
            area.activities().reveal(activityId);
        }
        return true;
    }

    void showTab(int tab) {
        area.view().selectTab(tab);
    }

    private void showWeek(QuickPrepViewModel quickPrep, LocalDate start) {
        if (pendingWeek != null) {
            quickPrep.renderCountProperty().removeListener(pendingWeek);
            pendingWeek = null;
        }
        if (quickPrep.loadingProperty().get() || !selectWeek(quickPrep, start)) {
            // the client's weeks are still being read: choose the week once they are shown (the newest first)
            pendingWeek = obs -> {
                quickPrep.renderCountProperty().removeListener(pendingWeek);
                pendingWeek = null;
                selectWeek(quickPrep, start);
            };
            quickPrep.renderCountProperty().addListener(pendingWeek);
        }
    }

    private static boolean selectWeek(QuickPrepViewModel quickPrep, LocalDate start) {
        for (WeekOption option : quickPrep.weeks()) {
            if (start.equals(option.start())) {
                quickPrep.selectedWeekProperty().set(option);
                return true;
            }
        }
        return false;
    }
}
