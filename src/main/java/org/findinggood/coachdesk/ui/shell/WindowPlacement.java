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

    public static void restore(Stage stage, SplitPane split, WindowBounds saved) {
        List<WindowBounds.ScreenArea> screens = Screen.getScreens().stream().map(Screen::getVisualBounds)
                .map(b -> new WindowBounds.ScreenArea(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight())).toList();
        if (saved != null && saved.fitsOn(screens)) {
            stage.setX(saved.x());
            stage.setY(saved.y());
            stage.setWidth(saved.width());
            stage.setHeight(saved.height());
            stage.setMaximized(saved.maximized());
            split.setDividerPositions(saved.divider());
        } else {
            Rectangle2D primary = Screen.getPrimary().getVisualBounds();
            stage.setWidth(Math.min(DEFAULT_WIDTH, primary.getWidth()));
            stage.setHeight(Math.min(DEFAULT_HEIGHT, primary.getHeight()));
            stage.centerOnScreen();
            split.setDividerPositions(saved == null ? WindowBounds.DEFAULT_DIVIDER : saved.divider());
        }
    }

    /**
     * Keeps {@code target} up to date with the window (the settings file debounces the writes).
     * Returns a handle that stops tracking (when the window shows another workspace or closes).
     */
    public static Runnable track(Stage stage, SplitPane split, ObjectProperty<WindowBounds> target) {
        InvalidationListener record = obs -> {
            if (stage.isIconified()) {
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
