package org.findinggood.coachdesk.ui.activities;

import org.findinggood.coachdesk.app.StoreActivities;
import org.findinggood.coachdesk.store.CacheStore;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.geometry.NodeOrientation;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.stage.Stage;
import org.findinggood.coachdesk.ui.common.ClampedText;
import org.findinggood.coachdesk.model.ActivitySource;
import org.findinggood.coachdesk.model.ActivityStatus;
import org.findinggood.coachdesk.model.AgreedActivity;
import org.findinggood.coachdesk.model.RelationshipStatus;
import org.findinggood.coachdesk.model.Visibility;
import org.findinggood.coachdesk.store.AgreedActivityRepository;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.store.RowSyncState;
import org.findinggood.coachdesk.testsupport.supabase.SecretsLog;
import org.findinggood.coachdesk.ui.common.Tasks;
import org.findinggood.coachdesk.ui.common.json.JsonRenderer;
import org.findinggood.coachdesk.ui.common.json.JsonShapeRecognizer;
import org.findinggood.coachdesk.ui.tabs.DemoCache;
import org.findinggood.coachdesk.ui.tabs.DemoRows;
import org.findinggood.coachdesk.ui.tabs.Renders;
import org.findinggood.coachdesk.ui.tabs.Screenshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.testfx.matcher.control.LabeledMatchers;

/** Drives the Activities tab with real controls (headless) on a real cache file holding the demo workspace. */
@ExtendWith(ApplicationExtension.class)
class ActivitiesViewTest {

    // "Share the quarter's goals with the team before Wednesday"
    private static final String HEBREW = "\u05DC\u05E9\u05EA\u05E3 \u05D0\u05EA \u05D4\u05E6\u05D5\u05D5\u05EA \u05D1\u05DE\u05D8\u05E8\u05D5\u05EA "
            + "\u05E9\u05DC \u05D4\u05E8\u05D1\u05E2\u05D5\u05DF \u05D4\u05D1\u05D0 \u05DC\u05E4\u05E0\u05D9 \u05D9\u05D5\u05DD \u05E8\u05D1\u05D9\u05E2\u05D9";

    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final List<String> opened = new ArrayList<>();
    private final DemoRows demo = DemoRows.standard();
    private Path dir;
    private CacheDatabase db;
    private AgreedActivityRepository repository;
    private ActivitiesViewModel model;
    private ActivitiesView view;
    private String email;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        dir = Files.createTempDirectory("activities-view");
        db = DemoCache.open(dir.resolve("demo.db"), demo.data());
        repository = new AgreedActivityRepository(db);
        email = demo.client(RelationshipStatus.ACTIVE, 0).email();
        // evidence with a link, as the server may hold it
        repository.upsertAll(List.of(new AgreedActivity(UUID.randomUUID(), email, demo.data().coach().id(),
                ActivitySource.TRANSCRIPT, "Send the retro notes to the team", ActivityStatus.EVIDENCE_FOUND,
                new ObjectMapper().readTree("[{\"date\": \"2026-01-20\", \"url\": \"https://docs.example.com/retro\","
                        + " \"note\": \"Shared without editing\"}]"),
                null, Visibility.SHARED, OffsetDateTime.of(2026, 1, 19, 9, 0, 0, 0, ZoneOffset.UTC),
                OffsetDateTime.of(2026, 1, 21, 9, 0, 0, 0, ZoneOffset.UTC))));
        JsonShapeRecognizer recognizer = new JsonShapeRecognizer();
        model = new ActivitiesViewModel(new StoreActivities(new CacheStore(db)), Tasks.onFxThread(background), recognizer);
        view = new ActivitiesView(model, new JsonRenderer(recognizer, opened::add));
        stage.setScene(new Scene(view, 1240, 780));
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        background.shutdown();
        background.awaitTermination(10, TimeUnit.SECONDS);
        db.close();
    }

    private void show(FxRobot robot) throws Exception {
        awaitRender(robot, () -> model.show(email));
    }

    private void awaitRender(FxRobot robot, Runnable action) throws Exception {
        Renders.awaitNext(robot, model.renderCountProperty(), action);
    }

    @SuppressWarnings("unchecked")
    private TableView<ActivityRow> table(FxRobot robot) {
        return robot.lookup("#activityTable").queryAs(TableView.class);
    }

    @Test
    void listsFiltersAndMarksPrivateRows(FxRobot robot) throws Exception {
        show(robot);
        TableView<ActivityRow> table = table(robot);
        int all = table.getItems().size();
        assertThat(all).isGreaterThan(3);
        assertThat(robot.lookup(".activity-private").queryAll()).isNotEmpty();

        @SuppressWarnings("unchecked")
        ComboBox<Choice<ActivityStatus>> status = robot.lookup("#activityFilterStatus").queryAs(ComboBox.class);
        robot.interact(() -> status.setValue(ActivitiesViewModel.STATUS_FILTERS.get(2))); // evidence found
        assertThat(table.getItems()).isNotEmpty().allMatch(r -> r.status() == ActivityStatus.EVIDENCE_FOUND);
        assertThat(robot.lookup("#activitySummary").queryAs(Label.class).getText())
                .startsWith(table.getItems().size() + " of " + all);
    }

    @Test
    void onALaptopWideClientAreaEveryColumnAndTheAddButtonStayInView(FxRobot robot) throws Exception {
        show(robot);
        // the client area beside the roster on a 1366-pixel screen, with the columns the app starts with
        robot.interact(() -> {
            ActivityColumns.HIDDEN_AT_FIRST.forEach(key -> model.columns().show(key, false));
            view.getScene().getWindow().setWidth(820);
        });
        WaitForAsyncUtils.waitForFxEvents();
        TableView<ActivityRow> table = table(robot);
        double columns = table.getColumns().stream().filter(TableColumn::isVisible).mapToDouble(c -> c.getWidth()).sum();

        assertThat(columns).as("all columns fit the table (no sideways scrolling): " + table.getColumns().stream()
                .map(c -> c.getText() + " " + c.getMinWidth() + "/" + c.getWidth()).toList())
                .isLessThanOrEqualTo(table.getWidth());
        Button add = robot.lookup("#activityAdd").queryAs(Button.class);
        javafx.geometry.Bounds inScene = add.localToScene(add.getBoundsInLocal());
        assertThat(inScene.getMaxX()).as("the add button's right edge").isLessThanOrEqualTo(table.getScene().getWidth());
        assertThat(add.getWidth()).as("the add button is not cut").isGreaterThanOrEqualTo(add.prefWidth(-1) - 0.5);

        // every column shown: too many for this width, so the table scrolls sideways, but no header or value is cut
        robot.interact(() -> ActivityColumns.KEYS.forEach(key -> model.columns().show(key, true)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(org.findinggood.coachdesk.testsupport.ui.CutText.in(table)).isEmpty();
        robot.interact(() -> model.columns().hidden().clear());
    }

    @Test
    void hidingAColumnFromTheCornerMenuIsKeptInTheModelAndComesBackHidden(FxRobot robot) throws Exception {
        show(robot);
        TableView<ActivityRow> table = table(robot);
        robot.clickOn(".show-hide-columns-button");
        robot.clickOn(robot.lookup(".context-menu .label").match(LabeledMatchers.hasText("Source")).queryLabeled());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(column(table, "Source").isVisible()).isFalse();
        assertThat(model.columns().hidden()).containsExactly("source");

        // the settings (bound to the model) hide another; the activity text stays whatever is asked
        robot.interact(() -> {
            model.columns().hidden().add("evidence");
            column(table, "Activity").setVisible(false);
        });
        assertThat(column(table, "Evidence").isVisible()).isFalse();
        assertThat(column(table, "Activity").isVisible()).isTrue();
        assertThat(model.columns().hidden()).containsExactlyInAnyOrder("source", "evidence");

        // the next client area (another workspace, a restart with the same settings) starts with them hidden
        ActivitiesView again = WaitForAsyncUtils.asyncFx(() -> new ActivitiesView(model,
                new JsonRenderer(new JsonShapeRecognizer(), opened::add))).get(10, TimeUnit.SECONDS);
        robot.interact(() -> view.getScene().setRoot(again));
        TableView<ActivityRow> second = table(robot);
        assertThat(second).isNotSameAs(table);
        assertThat(second.getColumns()).filteredOn(c -> !c.isVisible()).extracting(TableColumn::getText)
                .containsExactlyInAnyOrder("Source", "Evidence");
    }

    private static TableColumn<ActivityRow, ?> column(TableView<ActivityRow> table, String title) {
        return table.getColumns().stream().filter(c -> c.getText().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void addsAnActivityThatWaitsToSync(FxRobot robot) throws Exception {
        show(robot);
        robot.clickOn("#activityNewText").write("Call Priya before the release");
        robot.clickOn("#activityNewPrivate");
        awaitRender(robot, () -> robot.lookup("#activityAdd").queryAs(Button.class).fire());

        ActivityRow added = table(robot).getItems().stream()
                .filter(r -> r.text().equals("Call Priya before the release")).findFirst().orElseThrow();
        assertThat(added.syncState()).isEqualTo(RowSyncState.PENDING);
        assertThat(added.isPrivate()).isTrue();
        assertThat(robot.lookup("#activityNewText").queryAs(TextField.class).getText()).isEmpty();
        assertThat(robot.lookup("#activitySyncState").queryAs(Label.class).getText()).startsWith("Waiting to sync");
        assertThat(robot.lookup("#activityPrivateBadge").queryAs(Label.class).isVisible()).isTrue();
        // the detail pane says when and where it was agreed (the table hides that column at first)
        assertThat(robot.lookup("#activityAgreed").queryAs(Label.class).getText())
                .isEqualTo(added.agreedLine()).startsWith("Agreed ").contains(" in a session");
        assertThat(repository.findById(added.id())).isPresent();
        assertThat(robot.lookup("#activityNewText").queryAs(TextField.class).isFocused())
                .as("the keyboard stays with the field for the next activity").isTrue();
    }

    @Test
    void editsStatusAndPrivateNotesOfTheSelectedActivity(FxRobot robot) throws Exception {
        show(robot);
        TableView<ActivityRow> table = table(robot);
        ActivityRow pending = table.getItems().stream().filter(r -> r.status() == ActivityStatus.PENDING).findFirst().orElseThrow();
        robot.interact(() -> table.getSelectionModel().select(pending));

        @SuppressWarnings("unchecked")
        ComboBox<ActivityStatus> status = robot.lookup("#activityStatus").queryAs(ComboBox.class);
        assertThat(status.getValue()).isEqualTo(ActivityStatus.PENDING);
        awaitRender(robot, () -> {
            status.setValue(ActivityStatus.RESOLVED);
            status.getOnAction().handle(null);
        });
        assertThat(repository.findById(pending.id()).orElseThrow().status()).isEqualTo(ActivityStatus.RESOLVED);

        // the row acted on is still selected, and its editor did not reset
        assertThat(table.getSelectionModel().getSelectedItem().id()).isEqualTo(pending.id());
        TextArea notes = robot.lookup("#activityNotes").queryAs(TextArea.class);
        robot.interact(() -> notes.setText(SecretsLog.coachNote("Celebrate first, then ask what is next")));
        assertThat(robot.lookup("#activityNotesSaved").queryAs(Label.class).getText()).startsWith("Saving");
        // a typing pause saves them: no button to forget
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> "Celebrate first, then ask what is next".equals(repository.findById(pending.id()).orElseThrow().coachNotes()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.selectedProperty().get().syncState() == RowSyncState.PENDING);
        assertThat(model.selectedProperty().get().id()).isEqualTo(pending.id());
        assertThat(notes.getText()).isEqualTo("Celebrate first, then ask what is next");
    }

    /** Old code: the typed notes vanished when another activity was clicked (no warning, no draft). */
    @Test
    void notesTypedAndThenAnotherActivityClickedAreKept(FxRobot robot) throws Exception {
        show(robot);
        TableView<ActivityRow> table = table(robot);
        ActivityRow first = table.getItems().get(0);
        ActivityRow second = table.getItems().get(1);
        robot.interact(() -> table.getSelectionModel().select(first));
        robot.clickOn("#activityNotes");
        robot.interact(() -> robot.lookup("#activityNotes").queryAs(TextArea.class).selectAll());
        robot.write("Ask about her week");
        robot.interact(() -> table.getSelectionModel().select(second));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> "Ask about her week".equals(repository.findById(first.id()).orElseThrow().coachNotes()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getSelectionModel().getSelectedItem().id()).isEqualTo(second.id());
        robot.interact(() -> table.getSelectionModel().select(
                table.getItems().stream().filter(r -> r.id().equals(first.id())).findFirst().orElseThrow()));
        assertThat(robot.lookup("#activityNotes").queryAs(TextArea.class).getText()).isEqualTo("Ask about her week");
    }

    /**
     * JavaFX 21 draws a wrapped right-to-left paragraph with its lines running on (the "Hebrew drawn
     * twice"): Hebrew notes are laid out from the right and not wrapped, and a long Hebrew activity's heading
     * is broken onto lines by ClampedText, each line within the pane.
     */
    @Test
    void hebrewNotesAndAHebrewActivityAreLaidOutRightToLeftWithoutJavaFxWrappingThem(FxRobot robot) throws Exception {
        String hebrew = HEBREW + " " + HEBREW + " " + HEBREW;
        AgreedActivity activity = new AgreedActivity(UUID.randomUUID(), email, demo.data().coach().id(), ActivitySource.SESSION,
                hebrew, ActivityStatus.PENDING, null, null, Visibility.SHARED,
                OffsetDateTime.of(2026, 1, 25, 9, 0, 0, 0, ZoneOffset.UTC), OffsetDateTime.of(2026, 1, 25, 9, 0, 0, 0, ZoneOffset.UTC));
        repository.upsertAll(List.of(activity));
        show(robot);
        TableView<ActivityRow> table = table(robot);
        robot.interact(() -> table.getSelectionModel().select(
                table.getItems().stream().filter(r -> r.id().equals(activity.id())).findFirst().orElseThrow()));
        TextArea notes = robot.lookup("#activityNotes").queryAs(TextArea.class);
        assertThat(notes.isWrapText()).isTrue();
        assertThat(notes.getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.LEFT_TO_RIGHT);

        robot.interact(() -> notes.setText(HEBREW));
        assertThat(notes.isWrapText()).isFalse();
        assertThat(notes.getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        robot.interact(() -> notes.setText("Ask about " + HEBREW));
        assertThat(notes.isWrapText()).as("English with a Hebrew phrase: not wrapped either").isFalse();
        assertThat(notes.getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.LEFT_TO_RIGHT);

        Label heading = robot.lookup("#activityHeading").queryAs(Label.class);
        ClampedText lines = (ClampedText) heading.getGraphic();
        assertThat(lines.whole()).isEqualTo(hebrew);
        assertThat(lines.isClamped()).isFalse();
        assertThat(lines.getText()).contains("\n");
        assertThat(lines.getTextAlignment()).isEqualTo(TextAlignment.RIGHT);
        assertThat(lines.getText().replace('\n', ' ')).isEqualTo(hebrew);
        for (String line : lines.getText().split("\n")) {
            Text one = new Text(line);
            one.setFont(lines.getFont());
            assertThat(one.getLayoutBounds().getWidth()).as(line).isLessThanOrEqualTo(lines.getWrappingWidth());
        }
        assertThat(lines.getWrappingWidth()).isLessThanOrEqualTo(robot.lookup("#activityDetail").queryAs(Region.class).getWidth());
        robot.interact(() -> notes.setText(HEBREW + "\n" + HEBREW));
        WaitForAsyncUtils.asyncFx(() -> Screenshots.save(view, "activities-right-to-left.png")).get(10, TimeUnit.SECONDS);
    }

    @Test
    void evidenceLinksOpenInTheBrowser(FxRobot robot) throws Exception {
        show(robot);
        TableView<ActivityRow> table = table(robot);
        ActivityRow linked = table.getItems().stream().filter(r -> r.text().startsWith("Send the retro")).findFirst().orElseThrow();
        robot.interact(() -> table.getSelectionModel().select(linked));
        Hyperlink link = robot.lookup("#activityEvidence .json-link").queryAs(Hyperlink.class);
        robot.interact(link::fire);
        assertThat(opened).containsExactly("https://docs.example.com/retro");
    }

    @Test
    void aStatusThisVersionDoesNotKnowShowsAsItselfAndOffersNoMove(FxRobot robot) throws Exception {
        // a newer server's status, stored as the server sent it (issue 18)
        com.fasterxml.jackson.databind.node.ObjectNode json = (com.fasterxml.jackson.databind.node.ObjectNode) new ObjectMapper()
                .readTree("{\"id\": \"" + UUID.randomUUID() + "\", \"client_email\": \"" + email + "\", \"coach_id\": \""
                        + demo.data().coach().id() + "\", \"source\": \"session\", \"activity_text\": \"Archived on the web\","
                        + " \"status\": \"archived\", \"visibility\": \"shared\", \"created_at\": \"2026-01-19T09:00:00Z\","
                        + " \"updated_at\": \"2026-01-22T09:00:00Z\"}");
        repository.upsertJson(json);
        show(robot);
        TableView<ActivityRow> table = table(robot);
        ActivityRow archived = table.getItems().stream().filter(r -> r.text().equals("Archived on the web")).findFirst().orElseThrow();
        robot.interact(() -> table.getSelectionModel().select(archived));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(archived.statusWord()).isEqualTo("archived");
        assertThat(robot.lookup("#activityStatus").query().isDisabled()).as("no move from an unknown status").isTrue();
        assertThat(robot.lookup("#activityUnknownStatus").queryAs(Label.class).getText())
                .isEqualTo("archived: not known to this version; it cannot be changed here.");
        // 1280 x 720 (the headless screen is no larger; a bigger window overflows its buffer)
        robot.interact(() -> {
            view.getScene().getWindow().setWidth(1280);
            view.getScene().getWindow().setHeight(720);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            try {
                Screenshots.save(view, "activities-unknown-status-1280.png");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                view.getScene().getWindow().setWidth(1240);
                view.getScene().getWindow().setHeight(780);
            }
        });
    }

    @Test
    void screenshot(FxRobot robot) throws Exception {
        show(robot);
        // the stage outlives a test: another may have left it laptop-narrow
        robot.interact(() -> view.getScene().getWindow().setWidth(1240));
        TableView<ActivityRow> table = table(robot);
        ActivityRow resolved = table.getItems().stream().filter(r -> r.status() == ActivityStatus.RESOLVED).findFirst().orElseThrow();
        robot.interact(() -> table.getSelectionModel().select(resolved));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            try {
                Screenshots.save(view, "activities.png");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
