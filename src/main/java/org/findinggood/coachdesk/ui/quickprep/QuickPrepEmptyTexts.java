package org.findinggood.coachdesk.ui.quickprep;

import java.util.Locale;
import org.findinggood.coachdesk.model.RelationshipStatus;

/**
 * What Quick Prep says where there is nothing to show: for a client with no weekly snapshot, one note
 * worded for the relationship's status; for a week's empty section, what is missing in words (a lone
 * "—" said neither what would appear there nor when).
 */
public final class QuickPrepEmptyTexts {

    public static final String NO_ACTIVITY = "No activity recorded for this week.";
    public static final String NO_THEMES = "No themes noted for this week.";
    public static final String NO_PATTERNS = "No language patterns noted for this week.";
    public static final String NO_FIRES = "No FIRES signals noted for this week.";
    public static final String NO_EXCHANGES = "No recognition given or received this week.";
    public static final String NO_THREADS = "No open threads: nothing was left unresolved this week.";
    public static final String NO_QUESTIONS = "No suggested questions for this week.";
    public static final String NO_PERMISSION = "Not written yet: it appears when the client writes it in Together.";
    public static final String NO_FOCUS = "No focus items yet: they appear when the client sets them in Together.";
    public static final String NO_PENDING = "No pending activities";

    /** Why the prep sheet buttons are hidden while there is no week. */
    public static final String NO_PREP_SHEET = "The prep sheet (PDF or Markdown) can be saved once there is a week.";

    private static final String SNAPSHOT =
            "the weekly snapshot (activity, themes, FIRES signals and suggested questions)";

    private QuickPrepEmptyTexts() {
    }

    /** The note's heading for a client with no weekly snapshot; {@code status} null reads as active. */
    public static String noSnapshotTitle(RelationshipStatus status, String name) {
        return switch (status == null ? RelationshipStatus.ACTIVE : status) {
            case PENDING_COACH_INVITE -> name + " has not accepted your invitation yet";
            case PENDING_CLIENT_REQUEST -> name + " asked you to coach them; you have not accepted yet";
            case PAUSED -> "Coaching with " + name + " is paused, and there is no weekly snapshot yet";
            case COMPLETED -> "Coaching with " + name + " has ended without a weekly snapshot";
            case ACTIVE, UNKNOWN -> "No weekly snapshot for " + name + " yet";
        };
    }

    /** What will appear, and when, under {@link #noSnapshotTitle}. */
    public static String noSnapshotText(RelationshipStatus status) {
        return switch (status == null ? RelationshipStatus.ACTIVE : status) {
            case PENDING_COACH_INVITE -> "Once they accept, their daily check-ins appear here as they send them, and "
                    + SNAPSHOT + " after their first week in Finding Good.";
            case PENDING_CLIENT_REQUEST -> "Once you accept their request, their daily check-ins appear here as they "
                    + "send them, and " + SNAPSHOT + " after their first week in Finding Good.";
            case PAUSED -> "When coaching resumes, " + SNAPSHOT + " appears here after the client's first week; "
                    + "daily check-ins appear as they send them.";
            case COMPLETED -> "No week was summarised while you coached them, so there will be no weekly snapshot to prepare from.";
            case ACTIVE, UNKNOWN -> capitalised(SNAPSHOT) + " appears here after their first week in Finding Good; "
                    + "daily check-ins appear as they send them.";
        };
    }

    private static String capitalised(String text) {
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
