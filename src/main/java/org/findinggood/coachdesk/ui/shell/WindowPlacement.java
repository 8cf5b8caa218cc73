package org.findinggood.coachdesk.ui.shell;

import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.findinggood.coachdesk.ui.settings.WindowBounds;

/**
 * Restores the main window's size, position and divider from the settings, but only when they fit
 * a screen that is connected now (a laptop unplugged from its monitor must not open off-screen),
 * and records them again as the coach moves things.
 */
public final class WindowPlacement {

    public static final double DEFAULT_WIDTH = 1180;
    public static final double DEFAULT_HEIGHT = 760;

    private WindowPlacement() {
    }

    /** Up to this size the window first opens filling the screen's work area (a laptop); larger screens get this. */
    static final double ROOMY_WIDTH = 1440;
    static final double ROOMY_HEIGHT = 900;

    /**
     * Restores the saved placement and keeps it up to date (see {@link #track}). When the saved size is for a
     * larger screen than any connected now, the window fits this screen and the saved size is kept for the larger
     * one until the coach resizes the window here. Returns a handle that stops tracking.
     */
    public static Runnable place(Stage stage, SplitPane split, ObjectProperty<WindowBounds> saved) {
        boolean fitted = restore(stage, split, saved.get());
        if (fitted || saved.get() == null) {
            return track(stage, split, saved);
        }
        double fitWidth = stage.getWidth();
        double fitHeight = stage.getHeight();
        return track(stage, split, saved, () -> stage.getWidth() == fitWidth && stage.getHeight() == fitHeight);
    }

    /** Returns whether the saved placement was used (false: the window got this screen's first size). */
    public static boolean restore(Stage stage, SplitPane split, WindowBounds saved) {
        List<WindowBounds.ScreenArea> screens = Screen.getScreens().stream().map(Screen::getVisualBounds)
                .map(b -> new WindowBounds.ScreenArea(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight())).toList();
        if (saved != null && saved.fitsOn(screens)) {
            stage.setX(saved.x());
            stage.setY(saved.y());
            stage.setWidth(saved.width());
            stage.setHeight(saved.height());
            stage.setMaximized(saved.maximized());
            split.setDividerPositions(saved.divider());
            return true;
        }
        Rectangle2D primary = Screen.getPrimary().getVisualBounds();
        double[] size = firstSize(primary.getWidth(), primary.getHeight());
        stage.setWidth(size[0]);
        stage.setHeight(size[1]);
        stage.centerOnScreen();
        split.setDividerPositions(saved == null ? WindowBounds.DEFAULT_DIVIDER : saved.divider());
        return false;
    }

    /**
     * The first size on a screen of this work area: all of it on a laptop (1180 px wide left a 1280 px screen's
     * roster and tabs cramped with nothing gained), {@link #ROOMY_WIDTH} x {@link #ROOMY_HEIGHT} on larger ones;
     * never wider or taller than the screen.
     */
    static double[] firstSize(double screenWidth, double screenHeight) {
        return new double[] {Math.min(screenWidth, ROOMY_WIDTH), Math.min(screenHeight, ROOMY_HEIGHT)};
    }

    /**
     * Keeps {@code target} up to date with the window (the settings file debounces the writes).
     * Returns a handle that stops tracking (when the window shows another workspace or closes).
     */
    public static Runnable track(Stage stage, SplitPane split, ObjectProperty<WindowBounds> target) {
        return track(stage, split, target, () -> false);
    }

    private static Runnable track(Stage stage, SplitPane split, ObjectProperty<WindowBounds> target,
            java.util.function.BooleanSupplier keepSaved) {
        InvalidationListener record = obs -> {
            if (stage.isIconified() || keepSaved.getAsBoolean()) {
                return;
            }
            WindowBounds previous = target.get();
            double divider = split.getDividers().isEmpty() ? WindowBounds.DEFAULT_DIVIDER
                    : split.getDividers().get(0).getPosition();
            if (stage.isMaximized() && previous != null) {
                // Keep the un-maximised size so un-maximising next time restores it.
                target.set(new WindowBounds(previous.x(), previous.y(), previous.width(), previous.height(), true, divider));
            } else {
                target.set(new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                        stage.isMaximized(), divider));
            }
        };
        stage.xProperty().addListener(record);
        stage.yProperty().addListener(record);
        stage.widthProperty().addListener(record);
        stage.heightProperty().addListener(record);
        stage.maximizedProperty().addListener(record);
        if (!split.getDividers().isEmpty()) {
            split.getDividers().get(0).positionProperty().addListener(record);
        }
        return () -> {
            stage.xProperty().removeListener(record);
            stage.yProperty().removeListener(record);
            stage.widthProperty().removeListener(record);
            stage.heightProperty().removeListener(record);
            stage.maximizedProperty().removeListener(record);
            if (!split.getDividers().isEmpty()) {
                split.getDividers().get(0).positionProperty().removeListener(record);
            }
        };
    }
}
