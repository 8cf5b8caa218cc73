package org.findinggood.coachdesk.ui.settings;

/** The main window's last position and size, in screen coordinates, and its split divider. */
public record WindowBounds(double x, double y, double width, double height, boolean maximized, double divider) {

    public WindowBounds {
        if (!(divider > 0 && divider < 1)) {
            divider = DEFAULT_DIVIDER;
        }
    }

    public static final double DEFAULT_DIVIDER = 0.3;

    /** Restored only when at least a usable part of the title bar lies on a connected screen. */
    public boolean fitsOn(java.util.List<ScreenArea> screens) {
        if (width < 400 || height < 300) {
            return false;
        }
        for (ScreenArea screen : screens) {
            boolean sizeFits = width <= screen.width() + 1 && height <= screen.height() + 1;
            // The window's top-left 100 px of title bar must be on this screen to be grabbable.
            boolean titleBarVisible = x >= screen.x() - 1 && y >= screen.y() - 1
                    && x + 100 <= screen.x() + screen.width() && y + 30 <= screen.y() + screen.height();
            if (sizeFits && titleBarVisible) {
                return true;
            }
        }
        return false;
    }

    /** A connected screen's visual bounds (without task bars). */
    public record ScreenArea(double x, double y, double width, double height) {
    }
}
