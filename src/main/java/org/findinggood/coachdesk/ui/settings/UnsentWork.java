package org.findinggood.coachdesk.ui.settings;

/** What only this computer holds: edits the server has not accepted yet and conflicts not resolved. */
public record UnsentWork(int edits, int conflicts) {

    public UnsentWork {
        if (edits < 0 || conflicts < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    public boolean isEmpty() {
        return edits == 0 && conflicts == 0;
    }

    /** The warning the confirmation shows: what will be lost, counted. */
    public String warning() {
        if (isEmpty()) {
            return "Every edit made here has reached the server; nothing will be lost.";
        }
        StringBuilder text = new StringBuilder();
        if (edits > 0) {
            text.append(edits).append(edits == 1 ? " edit has" : " edits have").append(" not been sent to the server");
        }
        if (conflicts > 0) {
            text.append(edits > 0 ? " and " : "").append(conflicts)
                    .append(conflicts == 1 ? " conflict is" : " conflicts are").append(" not resolved");
        }
        return text.append(": ").append(edits + conflicts == 1 ? "it" : "they")
                .append(" will be lost. Cancel and sync first to keep ").append(edits + conflicts == 1 ? "it." : "them.")
                .toString();
    }
}
