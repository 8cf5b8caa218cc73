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
import org.findinggood.coachdesk.model.ActivitySource;
import org.findinggood.coachdesk.model.RelationshipStatus;
import org.findinggood.coachdesk.model.Visibility;
import org.findinggood.coachdesk.ui.activities.ActivitiesViewModel;
import org.findinggood.coachdesk.security.SecretStoreDetector;
import org.findinggood.coachdesk.store.RosterRow;
import org.findinggood.coachdesk.testsupport.ui.CutText;
import org.findinggood.coachdesk.ui.client.ClientArea;
import javafx.scene.Scene;
import org.findinggood.coachdesk.store.Conflict;
import org.findinggood.coachdesk.store.ConflictRepository;
import org.findinggood.coachdesk.store.ConflictResolution;
import org.findinggood.coachdesk.ui.common.AppTheme;
import org.findinggood.coachdesk.ui.common.Tasks;
import org.findinggood.coachdesk.ui.common.ThemeChoice;
import org.findinggood.coachdesk.ui.settings.Settings;
import org.findinggood.coachdesk.ui.signin.SignInService;
import org.findinggood.coachdesk.ui.signin.SignInView;
import org.findinggood.coachdesk.ui.signin.SignInViewModel;
import org.findinggood.coachdesk.ui.sync.ConflictFixture;
import org.findinggood.coachdesk.ui.sync.ConflictsView;
import org.findinggood.coachdesk.ui.sync.ConflictsViewModel;
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

        /** The conflicts window over a cache holding a real conflict (the demo has none), themed as the app. */
        void conflicts() {
            robot.interact(() -> {
                ConflictRepository conflicts = new ConflictRepository(CONFLICTS.get().db);
                new ConflictsView(stage, new ConflictsViewModel(new ConflictsViewModel.ConflictStore() {
                    @Override
                    public List<Conflict> list() {
                        return conflicts.list();
                    }

                    @Override
                    public void resolve(Conflict conflict, ConflictResolution resolution) {
                    }
                }, Tasks.onFxThread(Runnable::run), () -> { })).show();
            });
            settle();
        }

        /** The sign-in screen as a signed-out coach meets it, in a window of the main one's size and theme. */
        void signIn() {
            robot.interact(() -> {
                SignInService refuses = (url, key, email, password) -> {
                    throw new IllegalStateException("not in this test");
                };
                SignInViewModel model = new SignInViewModel(refuses, new Settings(), Tasks.sameThread(), signedIn -> { });
                Stage window = new Stage();
                window.initOwner(stage);
                Scene scene = new Scene(new SignInView(model, () -> { }), stage.getWidth(), stage.getHeight());
                new AppTheme(shell.settings().themeProperty()).style(scene);
                window.setScene(scene);
                window.show();
            });
            settle();
        }

        /**
         * Activities as coaches paste them (emoji, Hebrew and Arabic, a long one), added once to the shown
         * client; the newest is selected, so the detail pane shows it whole and the table its first lines.
         */
        void textAsPeopleWriteIt() {
            ActivitiesViewModel activities = area.activities();
            for (String text : PEOPLES_TEXT) {
                java.util.concurrent.atomic.AtomicBoolean there = new java.util.concurrent.atomic.AtomicBoolean();
                robot.interact(() -> there.set(activities.rows().stream().anyMatch(r -> r.text().equals(text))));
                if (!there.get()) {
                    robot.interact(() -> activities.addActivity(text, ActivitySource.SESSION, Visibility.SHARED, null));
                    settle();
                }
            }
            settle();
        }

        void settle() {
            WaitForAsyncUtils.waitForFxEvents();
            sleep(250); // the tabs read the cache off the FX thread
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** Text as coaches write it: emoji, right-to-left scripts, and an activity near the 1,000-character limit. */
    static final List<String> PEOPLES_TEXT = List.of(
            "Celebrate three small wins each Friday \uD83C\uDF89\uD83D\uDC4D and tell the team \uD83D\uDE42",
            "\u05DC\u05E9\u05EA\u05E3 \u05D0\u05EA \u05D4\u05E6\u05D5\u05D5\u05EA \u05D1\u05DE\u05D8\u05E8\u05D5\u05EA "
                    + "\u05E9\u05DC \u05D4\u05E8\u05D1\u05E2\u05D5\u05DF \u05D4\u05D1\u05D0 \u05DC\u05E4\u05E0\u05D9 \u05D9\u05D5\u05DD \u05E8\u05D1\u05D9\u05E2\u05D9",
            "\u0645\u0634\u0627\u0631\u0643\u0629 \u0627\u0644\u0623\u0647\u062F\u0627\u0641 \u0645\u0639 \u0627\u0644\u0641\u0631\u064A\u0642 "
                    + "\u0643\u0644 \u0623\u0633\u0628\u0648\u0639 \u0648\u0643\u062A\u0627\u0628\u0629 \u0645\u0627 \u062A\u0639\u0644\u0645\u0646\u0627\u0647",
            ("Before each one-to-one, write down what the person did well since the last conversation, what you "
                    + "noticed about how they did it, and one question that invites them to do more of it. ").repeat(4).strip());

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
            new Screen("active-activities-as-people-write", Walk::textAsPeopleWriteIt),
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
            new Screen("keyboard-shortcuts", w -> w.menu("shortcutsMenuItem")),
            new Screen("today", w -> w.menu("todayMenuItem")),
            new Screen("search", w -> w.menu("searchEverythingMenuItem")),
            // Esc closes the palette (an overlay in the main window), so no later screen is under it
            new Screen("search-closed", w -> {
                w.robot().interact(() -> w.robot().lookup("#searchPalette").tryQuery().ifPresent(palette ->
                        javafx.event.Event.fireEvent(palette, new javafx.scene.input.KeyEvent(
                                javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", javafx.scene.input.KeyCode.ESCAPE,
                                false, false, false, false))));
            }),
            new Screen("conflicts", Walk::conflicts),
            new Screen("sign-in", Walk::signIn));

    /** The 1280x720 pictures the README shows, by screen name. */
    static final Map<String, String> README_PICTURES = Map.of(
            "light-roster-all", "roster-light.png", "dark-roster-all", "roster-dark.png",
            "light-active-quick-prep", "quick-prep.png", "light-active-map", "map.png",
            "light-active-activities", "activities.png");

    /** The four sizes; {@code -Dlayout.sizes=1280x720} narrows a local run to some of them. */
    private static final List<int[]> SIZES = java.util.Arrays.stream(
                    System.getProperty("layout.sizes", "1280x720,1366x768,1440x900,1920x1080").split(","))
            .map(size -> new int[] {Integer.parseInt(size.split("x")[0]), Integer.parseInt(size.split("x")[1])}).toList();

    /** A cache holding one conflict, for the conflicts window (made once). */
    private static final java.util.function.Supplier<ConflictFixture> CONFLICTS = new java.util.function.Supplier<>() {
        private ConflictFixture made;

        @Override
        public synchronized ConflictFixture get() {
            if (made == null) {
                try {
                    made = new ConflictFixture(Files.createTempDirectory("layout-conflicts"));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            return made;
        }
    };

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

    /**
     * What a coach reads first in a five-minute prep must be on screen without scrolling: what changed, the
     * coaching questions, and every focus item's row of check-ins (the issue's "below the fold" at 1280x720).
     */
    private static List<String> belowTheFold(Parent root) {
        javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) root.lookup("#quickPrepScroll");
        if (scroll == null || scroll.getVvalue() > scroll.getVmin()) {
            return List.of("Quick Prep is not showing its top");
        }
        double fold = scroll.localToScene(scroll.getLayoutBounds()).getMaxY();
        List<String> below = new ArrayList<>();
        for (String id : List.of("#sinceBlock", "#quickPrepQuestions", "#quickPrepCopyQuestions", "#quickPrepCheckins")) {
            javafx.scene.Node node = root.lookup(id);
            if (node == null || !node.isVisible()) {
                below.add(id + " is not shown");
                continue;
            }
            double bottom = node.localToScene(node.getLayoutBounds()).getMaxY();
            if (bottom > fold + 0.5) {
                below.add(id + " ends at y=" + Math.round(bottom) + ", below the fold at y=" + Math.round(fold));
            }
        }
        return below;
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
                if (n == 1 && (name.endsWith("active-quick-prep") || name.endsWith("long-history-quick-prep"))) {
                    for (String problem : belowTheFold(root)) {
                        found.add(size[0] + "x" + size[1] + " " + name + ": " + problem);
                    }
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
