package org.findinggood.coachdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.findinggood.coachdesk.model.RelationshipStatus;
import org.findinggood.coachdesk.security.SecretStoreDetector;
import org.findinggood.coachdesk.store.RosterRow;
import org.findinggood.coachdesk.testsupport.ui.CutText;
import org.findinggood.coachdesk.ui.client.ClientArea;
import org.findinggood.coachdesk.ui.common.ThemeChoice;
import org.findinggood.coachdesk.ui.roster.RosterView;
import org.findinggood.coachdesk.ui.roster.RosterViewModel;
import org.findinggood.coachdesk.ui.tabs.Screenshots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The demo as a coach meets it on a laptop: at 1280x720, 1366x768, 1440x900 and 1920x1080, light and
 * dark, every screen in {@link #SCREENS} is opened and no text may be shown cut ("Priya…") or broken
 * inside a word ("Tuesda/y") unless a tooltip holds it whole ({@link CutText}). Every screen is kept as
 * a PNG under {@code target/layout/}; the README's pictures come from the 1280x720 run
 * ({@code -Dscreenshots.dir=docs/screenshots}). To cover a new screen, add a {@link Screen} to the list.
 */
@ExtendWith(ApplicationExtension.class)
class LayoutAtLaptopSizesTest {

    /** A screen of the app and how to get there from the roster (on the FX thread unless it waits). */
    record Screen(String name, Consumer<Walk> open) {
    }

    /** What a screen needs to open itself. */
    record Walk(FxRobot robot, Stage stage, AppShell shell, RosterViewModel roster, ClientArea area) {

        void client(RosterRow row) {
            robot.interact(() -> roster.selectedProperty().set(row));
            WaitForAsyncUtils.waitForFxEvents();
        }

        RosterRow first(RelationshipStatus status) {
            return roster.visibleRows().stream().filter(r -> r.relationship().status() == status).findFirst().orElseThrow();
        }

        void tab(int index) {
            robot.interact(() -> area.view().selectTab(index));
            settle();
        }

        void filter(String id) {
            robot.interact(() -> ((ToggleButton) robot.lookup("#" + id).query()).fire());
        }

        void menu(String id) {
            MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
            MenuItem item = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                    .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
            robot.interact(item::fire);
            settle();
        }

        void settle() {
            WaitForAsyncUtils.waitForFxEvents();
            sleep(250); // the tabs read the cache off the FX thread
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    static final List<Screen> SCREENS = List.of(
            new Screen("roster-all", w -> w.filter("filterAll")),
            new Screen("roster-active", w -> w.filter(RosterView.filterId(RelationshipStatus.ACTIVE))),
            new Screen("roster-paused", w -> w.filter(RosterView.filterId(RelationshipStatus.PAUSED))),
            new Screen("roster-invited", w -> w.filter(RosterView.filterId(RelationshipStatus.PENDING_COACH_INVITE))),
            new Screen("roster-requests", w -> w.filter(RosterView.filterId(RelationshipStatus.PENDING_CLIENT_REQUEST))),
            new Screen("roster-completed", w -> w.filter(RosterView.filterId(RelationshipStatus.COMPLETED))),
            new Screen("active-quick-prep", w -> {
                w.filter("filterAll");
                w.client(w.first(RelationshipStatus.ACTIVE));
                w.tab(0);
            }),
            new Screen("active-map", w -> w.tab(1)),
            new Screen("active-activities", w -> w.tab(2)),
            new Screen("long-history-quick-prep", w -> {
                w.client(w.roster().visibleRows().stream()
                        .filter(r -> r.relationship().status() == RelationshipStatus.ACTIVE && r.relationship().startedAt() != null)
                        .min(Comparator.comparing(r -> r.relationship().startedAt())).orElseThrow());
                w.tab(0);
            }),
            new Screen("long-history-map", w -> w.tab(1)),
            new Screen("long-history-activities", w -> w.tab(2)),
            new Screen("no-data-quick-prep", w -> {
                w.client(w.first(RelationshipStatus.PENDING_COACH_INVITE));
                w.tab(0);
            }),
            new Screen("no-data-map", w -> w.tab(1)),
            new Screen("no-data-activities", w -> w.tab(2)),
            new Screen("invite-dialog", w -> w.menu("inviteClientMenuItem")),
            new Screen("settings", w -> w.menu("settingsMenuItem")),
            new Screen("keyboard-shortcuts", w -> w.menu("shortcutsMenuItem")));

    /** The 1280x720 pictures the README shows, by screen name. */
    static final Map<String, String> README_PICTURES = Map.of(
            "light-roster-all", "roster-light.png", "dark-roster-all", "roster-dark.png",
            "light-active-quick-prep", "quick-prep.png", "light-active-map", "map.png",
            "light-active-activities", "activities.png");

    /** The four sizes; {@code -Dlayout.sizes=1280x720} narrows a local run to some of them. */
    private static final List<int[]> SIZES = java.util.Arrays.stream(
                    System.getProperty("layout.sizes", "1280x720,1366x768,1440x900,1920x1080").split(","))
            .map(size -> new int[] {Integer.parseInt(size.split("x")[0]), Integer.parseInt(size.split("x")[1])}).toList();

    private final CompletableFuture<Walk> ready = new CompletableFuture<>();
    private AppShell shell;

    @Start
    void start(Stage stage) throws Exception {
        Path home = Files.createTempDirectory("layout");
        AppDirectories dirs = new AppDirectories(home.resolve("data"), home.resolve("config"), home.resolve("logs"));
        Clock clock = Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneOffset.UTC);
        shell = new AppShell(stage, dirs, clock, url -> { },
                new SecretStoreDetector(dirs.config().resolve("secrets.enc")));
        shell.onRosterShown((roster, area) -> ready.complete(new Walk(null, stage, shell, roster, area)));
        shell.start(true);
    }

    @Test
    void noTextIsCutOrBrokenInsideAWordOnAnyScreenAtLaptopSizesLightAndDark(FxRobot robot) throws Exception {
        Walk started = ready.get(60, TimeUnit.SECONDS);
        Walk walk = new Walk(robot, started.stage(), shell, started.roster(), started.area());
        List<String> problems = new ArrayList<>();
        for (ThemeChoice theme : List.of(ThemeChoice.LIGHT, ThemeChoice.DARK)) {
            robot.interact(() -> shell.settings().themeProperty().set(theme));
            for (int[] size : SIZES) {
                robot.interact(() -> {
                    walk.stage().setX(0);
                    walk.stage().setY(0);
                    walk.stage().setWidth(size[0]);
                    walk.stage().setHeight(size[1]);
                });
                for (Screen screen : SCREENS) {
                    screen.open().accept(walk);
                    walk.settle();
                    String name = theme.name().toLowerCase() + "-" + screen.name();
                    problems.addAll(check(robot, name, size));
                    closeDialogs(robot, walk.stage());
                }
            }
        }
        assertThat(problems).as("text shown cut or broken inside a word").isEmpty();
    }

    /** Checks every showing window (the main one and any dialog), and keeps their pictures. */
    private static List<String> check(FxRobot robot, String name, int[] size) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            List<String> found = new ArrayList<>();
            int n = 0;
            for (Window window : List.copyOf(Window.getWindows())) {
                if (!window.isShowing() || window.getScene() == null) {
                    continue;
                }
                Parent root = window.getScene().getRoot();
                root.applyCss();
                root.layout();
                String picture = name + "-" + size[0] + "x" + size[1] + (n == 0 ? "" : "-" + (n + 1)) + ".png";
                saveQuietly(root, picture);
                // -Dscreenshots.dir=docs/screenshots refreshes the README's pictures from this run
                if (n++ == 0 && size[0] == 1280 && README_PICTURES.containsKey(name)
                        && System.getProperty("screenshots.dir") != null) {
                    Screenshots.save(root, README_PICTURES.get(name));
                }
                for (String problem : CutText.in(root)) {
                    found.add(size[0] + "x" + size[1] + " " + name + ": " + problem);
                }
            }
            return found;
        }).get(30, TimeUnit.SECONDS);
    }

    private static void saveQuietly(Parent root, String picture) {
        String previous = System.getProperty("screenshots.dir");
        try {
            System.setProperty("screenshots.dir", "target/layout");
            Screenshots.save(root, picture);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            if (previous == null) {
                System.clearProperty("screenshots.dir");
            } else {
                System.setProperty("screenshots.dir", previous);
            }
        }
    }

    private static void closeDialogs(FxRobot robot, Stage main) {
        robot.interact(() -> {
            for (Window window : List.copyOf(Window.getWindows())) {
                if (window != main && window.isShowing() && window instanceof Stage stage) {
                    stage.close();
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
