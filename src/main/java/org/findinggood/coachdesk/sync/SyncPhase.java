package org.findinggood.coachdesk.sync;

/** What the sync engine is doing right now. */
public enum SyncPhase {
    IDLE("Idle"),
    PUSHING("Sending edits"),
    PULLING("Receiving changes"),
    RECONCILING("Checking for removed rows");

    private final String label;

    SyncPhase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
