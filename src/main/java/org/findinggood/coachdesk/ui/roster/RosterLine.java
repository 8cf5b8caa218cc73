package org.findinggood.coachdesk.ui.roster;

import java.time.LocalDate;
import org.findinggood.coachdesk.model.RelationshipStatus;
import org.findinggood.coachdesk.store.RosterRow;
import org.findinggood.coachdesk.ui.common.DisplayFormats;

/** The third line of a roster entry: last check-in and activities, or where an invite or request stands. */
final class RosterLine {

    private RosterLine() {
    }

    static String describe(RosterRow row, LocalDate today) {
        RelationshipStatus status = row.relationship().status();
        if (status == RelationshipStatus.PENDING_COACH_INVITE) {
            String code = row.relationship().inviteCode();
            return code == null ? "Invitation sent" : "Invite code " + code;
        }
        if (status == RelationshipStatus.PENDING_CLIENT_REQUEST) {
            return "Asked to work with you";
        }
        String checkin = row.lastCheckin() == null ? "No check-ins yet"
                : "Checked in " + DisplayFormats.relativeDay(row.lastCheckin(), today);
        String open = row.openActivities() == 0 ? "no open activities"
                : DisplayFormats.plural(row.openActivities(), "open activity", "open activities");
        return checkin + " \u00b7 " + open;
    }

    /**
     * What "open" is made of, in the words of the client area: "pending" is Quick Prep's figure,
     * "evidence found" the Activities tab's status. Null when nothing is open.
     */
    static String openBreakdown(RosterRow row) {
        RelationshipStatus status = row.relationship().status();
        if (row.openActivities() == 0 || status == RelationshipStatus.PENDING_COACH_INVITE
                || status == RelationshipStatus.PENDING_CLIENT_REQUEST) {
            return null;
        }
        return "Open activities: " + DisplayFormats.count(row.pendingActivities()) + " pending, "
                + DisplayFormats.count(row.evidenceFound()) + " with evidence found to review";
    }
}
