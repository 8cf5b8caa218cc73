package org.findinggood.coachdesk.ui.common;

/** What the coach picked in View > Theme: follow the operating system, or always light or dark. */
public enum ThemeChoice {
    SYSTEM("Follow system"),
    LIGHT("Light"),
    DARK("Dark");

    private final String label;

    ThemeChoice(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The theme to show, given what the operating system prefers. */
    public boolean dark(boolean systemPrefersDark) {
        return switch (this) {
            case SYSTEM -> systemPrefersDark;
            case LIGHT -> false;
            case DARK -> true;
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
