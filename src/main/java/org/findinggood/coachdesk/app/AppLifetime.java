package org.findinggood.coachdesk.app;

import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.findinggood.coachdesk.remote.RemoteHttp;
import org.findinggood.coachdesk.ui.common.Tasks;
import org.findinggood.coachdesk.ui.common.json.LinkOpener;
import org.findinggood.coachdesk.ui.lock.AppLockViewModel;
import org.findinggood.coachdesk.ui.settings.Settings;

/**
 * What the app shell builds once and every workspace uses: the window, settings, threads, the app
 * lock and the "Presenting" switch. A workspace may listen to these only through its
 * {@code Subscriptions}, so closing it lets go of them (docs/decisions/0011).
 *
 * @param http built on first use, off the FX thread
 */
record AppLifetime(Stage stage, Scene scene, AppDirectories dirs, Clock clock, Settings settings, Tasks tasks,
                   ExecutorService background, LinkOpener linkOpener, Supplier<RemoteHttp> http, AppLockViewModel lock,
                   BooleanProperty presenting, ShellScreens screens, WorkspaceExits exits) {
}
