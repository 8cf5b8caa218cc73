package org.findinggood.coachdesk.ui.settings;

/** What the main window shows when a workspace opens. */
public enum StartView {
    TODAY("Today"),
    LAST_CLIENT("The last client I had open");

    private final String label;

    StartView(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
