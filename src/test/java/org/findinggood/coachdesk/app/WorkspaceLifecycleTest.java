package org.findinggood.coachdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.findinggood.coachdesk.security.SecretStoreDetector;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.store.CacheStore;
import org.findinggood.coachdesk.testsupport.fx.ListenerCount;
import org.findinggood.coachdesk.ui.settings.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.api.FxToolkitContext;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.service.support.FiredEvents;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A workspace is one {@link WorkspaceAssembly}: opened and closed 50 times (the demo, through the app
 * shell as the coach would: open, then back to sign-in), every closed window, view model and cache is
 * collected, and the listeners on what lives as long as the app (settings, the "Presenting" switch,
 * the lock, the window and its scene) are back to their count before the first one.
 */
@ExtendWith(ApplicationExtension.class)
class WorkspaceLifecycleTest {

    private static final int ROUNDS = Integer.getInteger("lifecycle.rounds", 50);

    private AppShell shell;
    private Stage stage;
    private volatile CompletableFuture<Void> shown = new CompletableFuture<>();

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path home = Files.createTempDirectory("lifecycle");
        AppDirectories dirs = new AppDirectories(home.resolve("data"), home.resolve("config"), home.resolve("logs"));
        Clock clock = Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneOffset.UTC);
        shell = new AppShell(stage, dirs, clock, url -> { }, new SecretStoreDetector(dirs.config().resolve("secrets.enc")),
                null);
        shell.onRosterShown((roster, area) -> shown.complete(null));
        shell.start(true);
    }

    @Test
    void aWorkspaceOpenedAndClosedFiftyTimesLeavesNoWindowViewModelCacheOrListenerBehind(FxRobot robot) throws Exception {
        shown.get(120, TimeUnit.SECONDS);
        backToSignIn(robot);
        Map<String, Integer> before = onFx(this::listenerCounts);

        List<WeakReference<Object>> closed = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            shown = new CompletableFuture<>();
            robot.interact(shell::openDemo);
            shown.get(120, TimeUnit.SECONDS);
            WorkspaceAssembly open = onFx(shell::workspace);
            closed.add(new WeakReference<>(open));
            closed.add(new WeakReference<>(open.window()));
            closed.add(new WeakReference<>(open.roster()));
            closed.add(new WeakReference<>(open.clientArea().quickPrep()));
            closed.add(new WeakReference<>(open.clientArea().activities()));
            closed.add(new WeakReference<>(open.coachDay().today()));
            closed.add(new WeakReference<>(open.searchPalette().model()));
            closed.add(new WeakReference<>(open.opened().db()));
            assertThat(open.subscriptionCount()).as("listeners held on app-lifetime objects while open").isPositive();
            open = null;
            backToSignIn(robot);
        }

        assertThat(onFx(this::listenerCounts)).as("listeners on app-lifetime objects").isEqualTo(before);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (closed.stream().anyMatch(ref -> ref.get() != null) && System.nanoTime() < deadline) {
            robot.interact(this::forgetTestFxEvents);
            System.gc();
            WaitForAsyncUtils.waitForFxEvents();
            Thread.sleep(100);
        }
        Map<String, Long> kept = closed.stream().map(WeakReference::get).filter(o -> o != null)
                .collect(java.util.stream.Collectors.groupingBy(o -> o.getClass().getSimpleName(), LinkedHashMap::new,
                        java.util.stream.Collectors.counting()));
        String dump = System.getProperty("lifecycle.heapDump");
        if (!kept.isEmpty() && dump != null) {
            java.lang.management.ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
                    .dumpHeap(dump, true);
        }
        assertThat(kept).as("closed workspaces' parts still reachable").isEmpty();
    }

    /**
     * TestFX keeps every event fired in the stage for its own assertions (a ScrollToEvent holds the
     * list that scrolled, and through it the workspace): a harness reference, not the app's; dropped here.
     */
    private void forgetTestFxEvents() {
        try {
            Field field = FxToolkitContext.class.getDeclaredField("firedEvents");
            field.setAccessible(true);
            ((FiredEvents) field.get(FxToolkit.toolkitContext())).clearEvents();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sign-in, then waits until the closed workspace's cache is closed (closing runs on a background thread). */
    private void backToSignIn(FxRobot robot) throws Exception {
        CacheDatabase db = onFx(() -> shell.workspace().opened().db());
        robot.interact(shell::showSignIn);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!isClosed(db)) {
            assertThat(System.nanoTime()).as("cache closed in time").isLessThan(deadline);
            Thread.sleep(20);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean isClosed(CacheDatabase db) {
        try {
            new CacheStore(db).coaches().self();
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }

    private Map<String, Integer> listenerCounts() throws Exception {
        Settings settings = shell.settings();
        Field field = AppShell.class.getDeclaredField("lifetime");
        field.setAccessible(true);
        AppLifetime lifetime = (AppLifetime) field.get(shell);
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("settings.theme", ListenerCount.of(settings.themeProperty()));
        counts.put("settings.syncIntervalMinutes", ListenerCount.of(settings.syncIntervalMinutesProperty()));
        counts.put("settings.windowBounds", ListenerCount.of(settings.windowBoundsProperty()));
        counts.put("settings.startView", ListenerCount.of(settings.startViewProperty()));
        counts.put("settings.hiddenActivityColumns", ListenerCount.of(settings.hiddenActivityColumns()));
        counts.put("presenting", ListenerCount.of(lifetime.presenting()));
        counts.put("lock.enabled", ListenerCount.of(lifetime.lock().enabledProperty()));
        counts.put("stage.x", ListenerCount.of(stage.xProperty()));
        counts.put("stage.y", ListenerCount.of(stage.yProperty()));
        counts.put("stage.width", ListenerCount.of(stage.widthProperty()));
        counts.put("stage.height", ListenerCount.of(stage.heightProperty()));
        counts.put("stage.maximized", ListenerCount.of(stage.maximizedProperty()));
        counts.put("scene.accelerators", shell.scene().getAccelerators().size());
        return counts;
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(30, TimeUnit.SECONDS);
    }
}
