package org.findinggood.coachdesk.ui.quickprep;

import java.io.File;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.findinggood.coachdesk.ui.common.json.JsonRenderer;
import org.findinggood.coachdesk.ui.common.json.JsonScalars;
import org.findinggood.coachdesk.ui.common.ErrorLine;
import org.findinggood.coachdesk.ui.common.TabSection;
import org.findinggood.coachdesk.ui.common.json.JsonShape;
import org.findinggood.coachdesk.ui.common.json.JsonShapePane;
import org.findinggood.coachdesk.ui.common.json.JsonTexts.LabelledText;
import org.findinggood.coachdesk.ui.quickprep.export.PrepSheetFormat;

/** The Quick Prep tab: builds controls and binds them to {@link QuickPrepViewModel}; no logic of its own. */
public final class QuickPrepView extends BorderPane {

    private static final TabSection SECTION = new TabSection("prep", 4, new Insets(8, 10, 8, 10), false);

    private static final String STYLESHEET =
            Objects.requireNonNull(QuickPrepView.class.getResource("quickprep.css")).toExternalForm();

    private static final double TWO_COLUMNS_MIN_WIDTH = 1040;

    private final QuickPrepViewModel model;
    private final JsonRenderer renderer;
    /** A block above the two columns (the "Since" block); empty unless {@link #showAtTop} gave one. */
    private final VBox lead = new VBox();

    public QuickPrepView(QuickPrepViewModel model, JsonRenderer renderer) {
        this.model = model;
        this.renderer = renderer;
        setId("quickPrep");
        getStylesheets().add(STYLESHEET);
        getStyleClass().add("quick-prep");

        setTop(toolbar());

        // What a coach reads first five minutes before a call comes first, in view at 1280x720: the questions,
        // the focus items with their check-ins, and what changed this week; the standing framing after them.
        // With no week, the week's sections give way to one note (above) and only what the client has is shown.
        ObservableValue<Boolean> weekShown = model.noWeeks().not();
        VBox left = new VBox(8,
                shownWhen(SECTION.of("Coaching questions", questionsBox()), weekShown),
                shownWhen(SECTION.of("Check-ins, last " + QuickPrepViewModel.CHECKIN_DAYS + " days", checkinGrid()),
                        model.noWeeks().not().or(model.hasCheckins())),
                shownWhen(SECTION.of("Activity this week", shapeHost("quickPrepActivityCounts",
                        model.activityCountsProperty(), QuickPrepEmptyTexts.NO_ACTIVITY)), weekShown),
                shownWhen(SECTION.of("Agreed activities", pendingLabel()),
                        model.noWeeks().not().or(model.hasAgreedActivities())),
                shownWhen(SECTION.of("Permission, practice and focus", permissionBox()),
                        model.noWeeks().not().or(model.hasOwnWords())));
        VBox right = new VBox(12,
                SECTION.of("Themes", chips("quickPrepThemes", model.themes(), QuickPrepEmptyTexts.NO_THEMES)),
                SECTION.of("Language patterns", chips("quickPrepPatterns", model.languagePatterns(),
                        QuickPrepEmptyTexts.NO_PATTERNS)),
                SECTION.of("FIRES signals", shapeHost("quickPrepFires", model.firesSignalsProperty(),
                        QuickPrepEmptyTexts.NO_FIRES)),
                SECTION.of("Recognition exchanges", shapeHost("quickPrepExchanges", model.exchangesProperty(),
                        QuickPrepEmptyTexts.NO_EXCHANGES)),
                SECTION.of("Open threads", shapeHost("quickPrepThreads", model.openThreadsProperty(),
                        QuickPrepEmptyTexts.NO_THREADS)));
        shownWhen(right, weekShown);
        GridPane columns = new GridPane();
        columns.setHgap(16);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        columns.getColumnConstraints().addAll(half, half);
        columns.add(left, 0, 0);
        columns.add(right, 1, 0);
        columns.setPadding(new Insets(12));

        lead.setPadding(new Insets(12, 12, 0, 12));
        // "Nothing new since then" about a client with nothing at all says nothing the note above does not
        lead.visibleProperty().bind(Bindings.isNotEmpty(lead.getChildren()).and(model.nothingYet().not()));
        lead.managedProperty().bind(lead.visibleProperty());
        ScrollPane scroll = new ScrollPane(new VBox(noSnapshotNote(), lead, columns));
        scroll.setId("quickPrepScroll");
        scroll.setFitToWidth(true);
        // Side by side only where both halves have room (a laptop with the roster open has not):
        // otherwise the week's summary goes under the coach's own material.
        ColumnConstraints whole = new ColumnConstraints();
        whole.setPercentWidth(100);
        scroll.widthProperty().addListener((obs, old, width) -> {
            boolean narrow = width.doubleValue() < TWO_COLUMNS_MIN_WIDTH;
            if (narrow == (GridPane.getColumnIndex(right) == 0)) {
                return;
            }
            columns.getColumnConstraints().setAll(narrow ? List.of(whole) : List.of(half, half));
            GridPane.setConstraints(right, narrow ? 0 : 1, narrow ? 1 : 0);
            columns.setVgap(narrow ? 12 : 0);
        });

        setCenter(scroll);
        setBottom(ErrorLine.forTab("quickPrep", model.errorProperty(), model.errorDetailsProperty(), model::refresh));
    }

    /** The one note shown while the client has no week: what will appear, and when, for their status. */
    private Node noSnapshotNote() {
        Label title = new Label();
        title.setId("quickPrepNoSnapshot");
        title.getStyleClass().addAll("title-4", "prep-heading");
        title.setWrapText(true);
        title.textProperty().bind(model.noSnapshotTitle());
        Label text = new Label();
        text.setId("quickPrepNoSnapshotText");
        text.setWrapText(true);
        text.textProperty().bind(model.noSnapshotText());
        VBox note = new VBox(4, title, text);
        note.setId("quickPrepNoSnapshotNote");
        note.getStyleClass().add("prep-section");
        note.setPadding(new Insets(8, 10, 8, 10));
        note.visibleProperty().bind(model.noWeeks().and(model.errorProperty().isEmpty()));
        note.managedProperty().bind(note.visibleProperty());
        // inside the scroll, at the content's margin, like the sections under it
        VBox margin = new VBox(note);
        margin.setPadding(new Insets(12, 12, 0, 12));
        margin.visibleProperty().bind(note.visibleProperty());
        margin.managedProperty().bind(note.visibleProperty());
        return margin;
    }

    private static <T extends Node> T shownWhen(T node, ObservableValue<Boolean> shown) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(shown);
        return node;
    }

    /** Puts a block above the columns, scrolling with them (the "Since you last looked" block). */
    public void showAtTop(Node block) {
        lead.getChildren().setAll(block);
    }

    private Node toolbar() {
        ComboBox<WeekOption> week = new ComboBox<>(model.weeks());
        week.setId("quickPrepWeek");
        week.setPromptText("No weeks yet");
        week.valueProperty().bindBidirectional(model.selectedWeekProperty());
        week.setAccessibleText("Week shown");
        week.setVisibleRowCount(12);
        week.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(WeekOption item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? week.getPromptText() : model.weekLabel(item));
            }
        });

        // arrows alone, so the week's own label keeps the room beside the export buttons on a laptop
        Button older = new Button("◀");
        older.setId("quickPrepOlderWeek");
        older.setTooltip(new Tooltip("Older week"));
        older.setAccessibleText("Older week");
        older.setOnAction(e -> model.olderWeek());
        older.disableProperty().bind(model.noOlderWeek());
        Button newer = new Button("▶");
        newer.setId("quickPrepNewerWeek");
        newer.setTooltip(new Tooltip("Newer week"));
        newer.setAccessibleText("Newer week");
        newer.setOnAction(e -> model.newerWeek());
        newer.disableProperty().bind(model.noNewerWeek());

        ProgressIndicator loading = new ProgressIndicator();
        loading.setId("quickPrepLoading");
        loading.setPrefSize(18, 18);
        loading.visibleProperty().bind(model.loadingProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Button calendar = new Button("Open calendar");
        calendar.setId("quickPrepCalendar");
        calendar.setTooltip(new Tooltip("Open the client's scheduling page in the browser"));
        calendar.setOnAction(e -> model.openCalendar());
        calendar.visibleProperty().bind(Bindings.createBooleanBinding(model::canOpenCalendar, model.calendarLinkProperty()));
        calendar.managedProperty().bind(calendar.visibleProperty());

        Button pdf = new Button("Prep sheet PDF");
        pdf.setId("quickPrepExportPdf");
        pdf.setOnAction(e -> export(PrepSheetFormat.PDF));
        Button markdown = new Button("Markdown");
        markdown.setId("quickPrepExportMarkdown");
        markdown.setOnAction(e -> export(PrepSheetFormat.MARKDOWN));
        pdf.disableProperty().bind(model.clientNameProperty().isEmpty());
        markdown.disableProperty().bind(pdf.disableProperty());
        // no week, no prep sheet: the no-snapshot note says when it can be saved
        shownWhen(pdf, model.noWeeks().not());
        shownWhen(markdown, model.noWeeks().not());

        Label status = new Label();
        status.setId("quickPrepExportStatus");
        status.getStyleClass().add("prep-note");
        status.textProperty().bind(model.exportStatusProperty());

        HBox bar = new HBox(8, new Label("Week"), week, older, newer, loading, spacer, status, calendar, pdf, markdown);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        // Buttons keep their full text; the week list and the export note are what give way.
        for (Node child : bar.getChildren()) {
            if (child instanceof Button || child == bar.getChildren().get(0)) {
                ((Region) child).setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        week.setMinWidth(120);
        week.setPrefWidth(270);
        bar.getStyleClass().add("prep-toolbar");
        return bar;
    }

    private void export(PrepSheetFormat format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the prep sheet");
        chooser.setInitialFileName(model.exportFileName(format));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.label(), "*." + format.extension()));
        File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            model.exportTo(file.toPath(), format);
        }
    }

    private Node permissionBox() {
        Label permission = wrapped("quickPrepPermission");
        permission.textProperty().bind(Bindings.createStringBinding(
                () -> orMissing(model.permissionProperty().get()), model.permissionProperty()));
        Label practice = wrapped("quickPrepPractice");
        practice.textProperty().bind(Bindings.createStringBinding(
                () -> orMissing(model.practiceProperty().get()), model.practiceProperty()));
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        grid.addRow(0, fieldLabel("Permission"), permission);
        grid.addRow(1, fieldLabel("Practice"), practice);
        grid.addRow(2, fieldLabel("Focus"), chips("quickPrepFocus", model.focusItems(), QuickPrepEmptyTexts.NO_FOCUS));
        grid.getChildren().forEach(child -> GridPane.setValignment(child, javafx.geometry.VPos.TOP));
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(80);
        ColumnConstraints value = new ColumnConstraints();
        value.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(label, value);
        return grid;
    }

    private Node checkinGrid() {
        GridPane grid = new GridPane();
        grid.setId("quickPrepCheckins");
        grid.setHgap(3);
        grid.setVgap(3);
        Runnable rebuild = () -> {
            grid.getChildren().clear();
            if (model.checkinRows().isEmpty()) {
                grid.add(muted("No check-ins in the last " + QuickPrepViewModel.CHECKIN_DAYS + " days"), 0, 0);
                return;
            }
            List<String> heads = CheckinDayHeads.of(model.checkinDays());
            for (int d = 0; d < heads.size(); d++) {
                Label head = new Label(heads.get(d));
                head.getStyleClass().add("score-head");
                grid.add(head, d + 1, 0);
                GridPane.setHalignment(head, HPos.CENTER);
            }
            int row = 1;
            for (FocusScoreRow focus : model.checkinRows()) {
                Label name = new Label(focus.focus());
                name.setWrapText(true);
                name.setMaxWidth(240); // one line per focus item at laptop widths keeps the week above the fold
                name.getStyleClass().add("score-focus");
                grid.add(name, 0, row);
                for (int d = 0; d < focus.scores().size(); d++) {
                    Double score = focus.scores().get(d);
                    Label cell = new Label(score == null ? "" : JsonScalars.decimal(score));
                    cell.getStyleClass().addAll("score-cell",
                            score == null ? "score-none" : "score-" + Math.max(1, Math.min(5, Math.round(score))));
                    cell.setAccessibleText(focus.focus() + " " + model.checkinDays().get(d) + ": "
                            + (score == null ? "no check-in" : JsonScalars.decimal(score)));
                    grid.add(cell, d + 1, row);
                    GridPane.setHalignment(cell, HPos.CENTER); // under its head, also where "1 Dec" widens the column
                }
                Label avg = new Label(focus.averageText());
                avg.getStyleClass().add("prep-note");
                avg.setMinWidth(Region.USE_PREF_SIZE);
                grid.add(avg, focus.scores().size() + 1, row);
                row++;
            }
        };
        model.checkinRows().addListener((ListChangeListener<FocusScoreRow>) c -> rebuild.run());
        rebuild.run();
        return grid;
    }

    private Node pendingLabel() {
        Label pending = new Label();
        pending.setId("quickPrepPending");
        pending.textProperty().bind(model.pendingActivitiesText());
        // a figure stands out; "none" is a plain note
        Runnable style = () -> pending.getStyleClass().setAll("label",
                model.pendingActivitiesProperty().get() == 0 ? "json-muted" : "prep-big-number");
        model.pendingActivitiesProperty().addListener((obs, old, now) -> style.run());
        style.run();
        Label evidence = new Label();
        evidence.setId("quickPrepEvidenceFound");
        evidence.getStyleClass().add("prep-note");
        evidence.setWrapText(true);
        evidence.textProperty().bind(model.evidenceFoundNoteProperty());
        evidence.visibleProperty().bind(evidence.textProperty().isNotEmpty());
        evidence.managedProperty().bind(evidence.visibleProperty());
        return new VBox(2, pending, evidence);
    }

    private Node questionsBox() {
        VBox list = new VBox(6);
        list.setId("quickPrepQuestions");
        Runnable rebuild = () -> {
            list.getChildren().clear();
            int index = 0;
            for (QuestionItem question : model.questions()) {
                CheckBox box = new CheckBox(question.text());
                box.setId("quickPrepQuestion" + index++);
                box.setWrapText(true);
                box.selectedProperty().bindBidirectional(question.tickedProperty());
                list.getChildren().add(box);
            }
            if (model.questions().isEmpty()) {
                list.getChildren().add(muted(QuickPrepEmptyTexts.NO_QUESTIONS));
            }
        };
        model.questions().addListener((ListChangeListener<QuestionItem>) c -> {
            while (c.next()) {
                if (c.wasAdded() || c.wasRemoved() || c.wasReplaced() || c.wasPermutated()) {
                    rebuild.run();
                    return;
                }
            }
        });
        rebuild.run();

        Button copy = new Button();
        copy.setId("quickPrepCopyQuestions");
        copy.textProperty().bind(Bindings.createStringBinding(
                () -> "Copy ticked (" + model.tickedCountBinding().get() + ")", model.tickedCountBinding()));
        copy.disableProperty().bind(model.tickedCountBinding().isEqualTo(0));
        // says why Copy is disabled, and confirms a copy as "Copy code" does
        Label copyNote = new Label();
        copyNote.setId("quickPrepCopyNote");
        copyNote.getStyleClass().add("prep-note");
        copyNote.setWrapText(true);
        Runnable untouched = () -> copyNote.setText(model.tickedCountBinding().get() == 0
                ? "Tick the questions you want to ask, then copy them." : "");
        model.tickedCountBinding().addListener((obs, old, now) -> untouched.run());
        untouched.run();
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(model.tickedQuestionsText());
            Clipboard.getSystemClipboard().setContent(content);
            copyNote.setText(model.copiedNote());
        });
        Hyperlink all = new Hyperlink("Tick all");
        all.setId("quickPrepTickAll");
        all.setOnAction(e -> model.tickAll(true));
        Hyperlink none = new Hyperlink("Clear");
        none.setId("quickPrepTickNone");
        none.setOnAction(e -> model.tickAll(false));
        // the note beside the buttons, not under them: a line saved for the focus check-ins at 1280x720
        copyNote.setMinWidth(160);
        copyNote.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(copyNote, Priority.ALWAYS);
        HBox.setMargin(copyNote, new Insets(0, 0, 0, 8));
        HBox actions = new HBox(8, copy, all, none, copyNote);
        actions.setAlignment(Pos.CENTER_LEFT);
        // nothing to tick: no buttons that cannot act
        shownWhen(actions, Bindings.isNotEmpty(model.questions()));
        return new VBox(6, list, actions);
    }

    private Node shapeHost(String id, ObservableValue<JsonShape> shape, String whenEmpty) {
        return new JsonShapePane(id, shape, renderer, whenEmpty);
    }

    private static Node chips(String id, ObservableList<LabelledText> items, String whenEmpty) {
        FlowPane pane = new FlowPane(6, 6);
        pane.setId(id);
        Runnable rebuild = () -> {
            pane.getChildren().clear();
            for (LabelledText item : items) {
                Label chip = new Label(item.label());
                chip.getStyleClass().add("json-chip");
                if (!item.detail().isEmpty()) {
                    chip.setTooltip(new Tooltip(item.detail()));
                    chip.getStyleClass().add("chip-with-detail");
                }
                pane.getChildren().add(chip);
            }
            if (items.isEmpty()) {
                Label none = muted(whenEmpty);
                none.setWrapText(true);
                pane.getChildren().add(none);
            }
        };
        items.addListener((ListChangeListener<LabelledText>) c -> rebuild.run());
        rebuild.run();
        return pane;
    }

    private static Label wrapped(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        return label;
    }

    private static Label fieldLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("json-field-label");
        return label;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("json-muted");
        return label;
    }

    private static String orMissing(String text) {
        return text == null || text.isBlank() ? QuickPrepEmptyTexts.NO_PERMISSION : text;
    }
}
