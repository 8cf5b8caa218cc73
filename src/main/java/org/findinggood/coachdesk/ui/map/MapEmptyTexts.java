package org.findinggood.coachdesk.ui.map;

import org.findinggood.coachdesk.model.RelationshipStatus;

/**
 * What the Map says where there is nothing to show: what will appear there and when, in words (a lone
 * "—", or a note pointing at empty cards below, said neither).
 */
public final class MapEmptyTexts {

    public static final String NO_FIRES = "No FIRES trajectory in the long-term summary yet: it grows week by week.";
    public static final String NO_PERMISSION_EVOLUTION = "No change of permission recorded yet.";
    public static final String NO_BREAKTHROUGHS = "No breakthroughs recorded yet.";
    public static final String NO_THEMES = "No theme has come back often enough to be recorded yet.";
    public static final String NO_RELATIONSHIPS = "No people from the client's story recorded yet.";
    public static final String NO_QUESTIONS = "No explored questions recorded yet.";
    public static final String NO_FOCUS_HISTORY =
            "No focus items yet: each focus the client sets in Together appears here, with when it started and ended.";
    /** A figure of the long-term summary that the summary leaves out. */
    public static final String NOT_RECORDED = "not recorded";

    private static final String SUMMARY = "the long-term summary (FIRES trajectory, themes, relationships and "
            + "breakthroughs) once Finding Good has built it from their weekly snapshots";

    private MapEmptyTexts() {
    }

    /**
     * The note at the top while there is no long-term summary; {@code nothingElse} when there are no focus
     * items or check-ins either. {@code status} null reads as active.
     */
    public static String noSummary(RelationshipStatus status, boolean nothingElse) {
        if (!nothingElse) {
            return "No long-term summary yet: the client's FIRES trajectory, themes, relationships and breakthroughs "
                    + "appear here once Finding Good has built them from their weekly snapshots.";
        }
        String what = "their check-in scores appear here as they send them, their focus items as they set them "
                + "in Together, and " + SUMMARY + ".";
        return switch (status == null ? RelationshipStatus.ACTIVE : status) {
            case PENDING_COACH_INVITE -> "This client has not accepted your invitation yet. Once they do, " + what;
            case PENDING_CLIENT_REQUEST -> "You have not accepted this client's request yet. Once you do, " + what;
            case COMPLETED -> "Coaching has ended and nothing was recorded to map.";
            case ACTIVE, PAUSED, UNKNOWN -> "Nothing to map yet: " + what;
        };
    }
}
