package org.findinggood.coachdesk.ui.lock;

import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.event.EventType;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Ties the app lock to the main window. Locked, the scene's root is the lock screen: the workspace
 * is taken out of the scene graph (so neither the screen nor a screen reader can reach a client's
 * name), other open windows (settings, conflicts, dialogs) are closed, and the title names no one.
 * Whatever the app puts up while locked (a sync finished, the sign-in screen) is held back until
 * unlock. Key and mouse input count as activity; every few seconds the idle time is checked.
 */
public final class WindowLock implements AutoCloseable {

    public static final String LOCKED_TITLE = "Coach Desk \u2014 Locked";
    private static final Duration IDLE_CHECK = Duration.seconds(5);
    private static final List<EventType<? extends Event>> ACTIVITY = List.of(KeyEvent.KEY_PRESSED,
            MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_MOVED, ScrollEvent.SCROLL);

    private final Stage stage;
    private final Scene scene;
    private final AppLockViewModel model;
    private final LockScreen lockScreen;
    private final Timeline idleCheck;
    private final EventHandler<Event> activity;
    private final ChangeListener<Boolean> lockedListener = (obs, was, locked) -> apply(locked);
    private final ChangeListener<Parent> rootListener;
    private final ChangeListener<String> titleListener;
    private Parent behind;
    private String titleBehind;

    public WindowLock(Stage stage, Scene scene, AppLockViewModel model) {
        this.stage = stage;
        this.scene = scene;
        this.model = model;
        this.lockScreen = new LockScreen(model);
        this.activity = e -> model.userActive();
        for (EventType<? extends Event> type : ACTIVITY) {
            scene.addEventFilter(type, activity);
        }
        rootListener = (obs, old, root) -> {
            if (model.lockedProperty().get() && root != lockScreen) {
                behind = root;
                scene.setRoot(lockScreen);
            }
        };
        titleListener = (obs, old, title) -> {
            if (model.lockedProperty().get() && !LOCKED_TITLE.equals(title)) {
                titleBehind = title;
                stage.setTitle(LOCKED_TITLE);
            }
        };
        scene.rootProperty().addListener(rootListener);
        stage.titleProperty().addListener(titleListener);
        model.lockedProperty().addListener(lockedListener);
        idleCheck = new Timeline(new KeyFrame(IDLE_CHECK, e -> model.checkIdle()));
        idleCheck.setCycleCount(Timeline.INDEFINITE);
        idleCheck.play();
        if (model.lockedProperty().get()) {
            apply(true);
        }
    }

    private void apply(boolean locked) {
        if (locked) {
            if (scene.getRoot() != lockScreen) {
                behind = scene.getRoot();
                titleBehind = stage.getTitle();
                for (Window other : List.copyOf(Window.getWindows())) {
                    if (other != stage) {
                        other.hide();
                    }
                }
                scene.setRoot(lockScreen);
                stage.setTitle(LOCKED_TITLE);
            }
            Platform.runLater(lockScreen::focusField);
        } else if (scene.getRoot() == lockScreen) {
            scene.setRoot(behind);
            stage.setTitle(titleBehind);
            behind = null;
        }
    }

    @Override
    public void close() {
        idleCheck.stop();
        for (EventType<? extends Event> type : ACTIVITY) {
            scene.removeEventFilter(type, activity);
        }
        scene.rootProperty().removeListener(rootListener);
        stage.titleProperty().removeListener(titleListener);
        model.lockedProperty().removeListener(lockedListener);
    }
}
