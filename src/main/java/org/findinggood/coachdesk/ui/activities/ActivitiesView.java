package org.findinggood.coachdesk.ui.activities;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.findinggood.coachdesk.model.ActivitySource;
import org.findinggood.coachdesk.model.ActivityStatus;
import org.findinggood.coachdesk.model.Visibility;
import org.findinggood.coachdesk.store.RowSyncState;
import org.findinggood.coachdesk.ui.common.SyncWords;
import org.findinggood.coachdesk.ui.common.ClampedText;
import org.findinggood.coachdesk.ui.common.ErrorLine;
import org.findinggood.coachdesk.ui.common.TextDirection;
import org.findinggood.coachdesk.ui.common.json.JsonRenderer;

/** The Activities tab: table, filters, add form and the selected activity's editor, bound to {@link ActivitiesViewModel}. */
public final class ActivitiesView extends BorderPane {

    private static final String STYLESHEET =
            Objects.requireNonNull(ActivitiesView.class.getResource("activities.css")).toExternalForm();
    private static final List<ActivityStatus> STATUSES = List.of(ActivityStatus.PENDING, ActivityStatus.EVIDENCE_FOUND,
            ActivityStatus.RESOLVED, ActivityStatus.DEPRIORITIZED);

    private static final Duration NOTES_SAVE_PAUSE = Duration.millis(800);
    /** An activity shows at most this many lines in the table; the detail pane and a tooltip show it whole. */
    static final int TABLE_TEXT_LINES = 4;

    private final ActivitiesViewModel model;
    private final JsonRenderer renderer;
    private boolean showingSelection;

    public ActivitiesView(ActivitiesViewModel model, JsonRenderer renderer) {
        this.model = model;
        this.renderer = renderer;
        setId("activities");
        getStylesheets().add(STYLESHEET);

        setTop(filterBar());
        VBox left = new VBox(8, table(), addForm());
        VBox.setVgrow(left.getChildren().get(0), Priority.ALWAYS);
        left.setPadding(new Insets(0, 0, 0, 12));
        ScrollPane detail = new ScrollPane(detailPane());
        detail.setFitToWidth(true);
        detail.setId("activityDetailScroll");
        SplitPane split = new SplitPane(left, detail);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.75);
        setCenter(split);
        setBottom(errorLine());
    }

    private Node filterBar() {
        ComboBox<Choice<ActivityStatus>> status = new ComboBox<>(FXCollections.observableArrayList(ActivitiesViewModel.STATUS_FILTERS));
        status.setId("activityFilterStatus");
        status.valueProperty().bindBidirectional(model.statusFilterProperty());
        ComboBox<Choice<ActivitySource>> source = new ComboBox<>(FXCollections.observableArrayList(ActivitiesViewModel.SOURCE_FILTERS));
        source.setId("activityFilterSource");
        source.valueProperty().bindBidirectional(model.sourceFilterProperty());
        ComboBox<Choice<Visibility>> visibility = new ComboBox<>(FXCollections.observableArrayList(ActivitiesViewModel.VISIBILITY_FILTERS));
        visibility.setId("activityFilterVisibility");
        visibility.valueProperty().bindBidirectional(model.visibilityFilterProperty());
        // presenting lists shared activities only: a "Shared and private" choice on screen would say otherwise
        visibility.visibleProperty().bind(model.presentingProperty().not());
        visibility.managedProperty().bind(visibility.visibleProperty());
        Label summary = new Label();
        summary.setId("activitySummary");
        summary.getStyleClass().add("activity-note");
        summary.textProperty().bind(model.summaryProperty());
        ProgressIndicator loading = new ProgressIndicator();
        loading.setId("activitiesLoading");
        loading.setPrefSize(18, 18);
        loading.visibleProperty().bind(model.loadingProperty().or(model.busyProperty()));
        // the choices keep their width and move onto a second line when the pane is narrow (squeezed into
        // one line they read "S…", "All so…"); the count has a line of its own and wraps
        summary.setWrapText(true);
        Label show = new Label("Show");
        for (Region fixed : List.of(show, status, source, visibility)) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        FlowPane choices = new FlowPane(8, 6, show, status, source, visibility, loading);
        choices.setAlignment(Pos.CENTER_LEFT);
        VBox bar = new VBox(4, choices, summary);
        bar.setPadding(new Insets(8, 12, 8, 12));
        return bar;
    }

    private Node table() {
        TableView<ActivityRow> table = new TableView<>(model.rows());
        table.setId("activityTable");
        table.setPlaceholder(new Label("No agreed activities for this client yet."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        // the corner menu hides columns a coach does not need, which gives the activity text room
        table.setTableMenuButtonVisible(true);

        TableColumn<ActivityRow, String> text = column("Activity", ActivityRow::text, 260);
        text.setCellFactory(c -> new TableCell<>() {
            // The activity on as many lines as the column needs, up to four (a 1,000-character activity would
            // fill the table; the detail pane and the tooltip show it whole). A wrapping Text sized to the
            // column, since a row asks its cells' height without giving their width.
            private final ClampedText shown = new ClampedText(TABLE_TEXT_LINES);
            private final Tooltip whole = new Tooltip();

            {
                // the cell's own font and colour (selected rows, themes, the private row's colour)
                shown.fontProperty().bind(fontProperty());
                shown.fillProperty().bind(textFillProperty());
                shown.wrappingWidthProperty().bind(c.widthProperty().subtract(16));
                shown.textProperty().addListener((obs, old, now) -> {
                    setTooltip(shown.isClamped() ? whole : null);
                    // re-clamped or re-broken at the column's width: the row measures its height again
                    if (getTableRow() != null) {
                        getTableRow().requestLayout();
                    }
                });
                whole.setWrapText(true);
                whole.setMaxWidth(480);
                setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                ActivityRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                String value = empty || item == null ? null : (row != null && row.isPrivate() ? "Private · " : "") + item;
                setText(value);
                whole.setText(value);
                shown.setWhole(value);
                setTooltip(shown.isClamped() ? whole : null);
                setGraphic(value == null ? null : shown);
            }
        });
        TableColumn<ActivityRow, String> status = column("Status", ActivityRow::statusWord, 122);
        TableColumn<ActivityRow, String> source = column("Source", r -> label(r.source(), ActivitySource::label), 96);
        TableColumn<ActivityRow, String> visibility = column("Visibility", r -> r.isPrivate() ? "Private" : label(r.visibility(), Visibility::label), 86);
        TableColumn<ActivityRow, LocalDate> created = column("Created", ActivityRow::created, 94);
        created.setCellFactory(c -> dateCell());
        TableColumn<ActivityRow, LocalDate> updated = column("Updated", ActivityRow::updated, 94);
        updated.setCellFactory(c -> dateCell());
        TableColumn<ActivityRow, Integer> evidence = column("Evidence", ActivityRow::evidenceCount, 88);
        TableColumn<ActivityRow, RowSyncState> sync = column("Sync", ActivityRow::syncState, 116);
        sync.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(RowSyncState item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("sync-pending", "sync-conflict", "sync-synced");
                ActivityRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(row == null ? null : model.syncWords().label(row.syncState()));
                if (item != null && !empty) {
                    getStyleClass().add("sync-" + item.name().toLowerCase(Locale.ROOT));
                }
            }
        });
        table.getColumns().addAll(List.of(text, status, source, visibility, created, updated, evidence, sync));
        // several-word values wrap onto whole lines ("Evidence / found"); the floor keeps every word whole
        for (TableColumn<ActivityRow, ?> column : List.of(status, source, sync)) {
            wrapCells(column);
        }
        Map<TableColumn<ActivityRow, ?>, List<String>> values = Map.of(
                status, STATUSES.stream().map(ActivityStatus::label).toList(),
                source, List.of(ActivitySource.FOCUS.label(), ActivitySource.SESSION.label(), ActivitySource.TRANSCRIPT.label()),
                visibility, List.of(Visibility.SHARED.label(), "Private"),
                created, List.of("30 Sep", "Sep 2025"),
                updated, List.of("30 Sep", "Sep 2025"),
                evidence, List.of("00"),
                sync, SyncWords.allLabels());
        // the sync column draws an unsent edit and "Conflict" in bold
        Runnable floor = () -> ColumnFloor.apply(table, values, java.util.Set.of(sync));
        table.skinProperty().addListener((obs, old, skin) -> Platform.runLater(floor));
        // the first rows bring the first cells, whose font the floor measures words in
        model.rows().addListener((javafx.collections.ListChangeListener<ActivityRow>) change -> {
            if (change.getList().size() > 0) {
                Platform.runLater(floor);
            }
        });
        // the theme (fonts) may change while the table shows
        table.sceneProperty().addListener((obs, old, scene) -> Platform.runLater(floor));
        // a sorted column's header also holds the arrow
        table.getSortOrder().addListener((javafx.collections.ListChangeListener<TableColumn<ActivityRow, ?>>) change -> floor.run());
        followShownColumns(table);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ActivityRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("activity-private");
                if (item != null && !empty && item.isPrivate()) {
                    getStyleClass().add("activity-private");
                }
            }
        });
        // sorting happens in the view model's SortedList; the table only says which order
        table.setSortPolicy(t -> {
            model.sortWith(t.getComparator());
            return true;
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (model.isReplacingRows()) {
                return; // rows re-read after an edit or a sync: the model restores the selection
            }
            if (now != null || !model.rows().contains(model.selectedProperty().get())) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> {
            if (table.getSelectionModel().getSelectedItem() != now) {
                if (now == null) {
                    table.getSelectionModel().clearSelection();
                } else {
                    table.getSelectionModel().select(now);
                }
            }
            // the row acted on stays in view (a new activity, one whose status change re-sorted it)
            if (now != null && (old == null || !old.id().equals(now.id()) || model.rows().indexOf(now) != model.rows().indexOf(old))) {
                int index = model.rows().indexOf(now);
                if (index >= 0) {
                    table.scrollTo(Math.max(0, index - 1));
                }
            }
        });
        return table;
    }

    /** Column visibility both ways: the corner menu changes the model, the model (settings) the columns. */
    private void followShownColumns(TableView<ActivityRow> table) {
        ActivityColumns columns = model.columns();
        for (int i = 0; i < table.getColumns().size(); i++) {
            TableColumn<ActivityRow, ?> column = table.getColumns().get(i);
            String key = ActivityColumns.KEYS.get(i);
            column.setVisible(columns.isShown(key));
            column.visibleProperty().addListener((obs, was, shown) -> {
                if (columns.show(key, shown) != shown) {
                    column.setVisible(true);
                }
            });
        }
        columns.hidden().addListener((SetChangeListener<String>) change -> {
            for (int i = 0; i < table.getColumns().size(); i++) {
                table.getColumns().get(i).setVisible(columns.isShown(ActivityColumns.KEYS.get(i)));
            }
        });
    }

    /** Cells of the column wrap their text onto whole lines (the sync column keeps its colour classes). */
    @SuppressWarnings("unchecked")
    private static <T> void wrapCells(TableColumn<ActivityRow, T> column) {
        var made = column.getCellFactory();
        column.setCellFactory(c -> {
            TableCell<ActivityRow, T> cell = made.call(c);
            cell.setWrapText(true);
            return cell;
        });
    }

    private static <T> TableColumn<ActivityRow, T> column(String title, Function<ActivityRow, T> value, double width) {
        TableColumn<ActivityRow, T> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        if (title.equals("Activity")) {
            column.setMinWidth(120);
        } else {
            // The activity text takes what the window gives; the others may shrink to a short word (ellipsis).
            // The constrained policy fits nothing while the minimum widths add up to more than the table, and
            // the preferred ones (956 px) left the last columns cut off beside the detail pane on a laptop.
            // A date ("14 Oct", "Sep 2025") stays whole: a cut date reads as nothing.
            column.setMinWidth(title.equals("Created") || title.equals("Updated") ? 76 : Math.min(width, 56));
            column.setMaxWidth(width * 1.25);
        }
        column.setId("activityColumn" + title.replace(" ", ""));
        return column;
    }

    private static <E> String label(E value, Function<E, String> label) {
        return value == null ? "" : label.apply(value);
    }

    private TableCell<ActivityRow, LocalDate> dateCell() {
        return new TableCell<>() {
            @Override
            protected void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : ActivityRow.tableDay(item, model.today()));
            }
        };
    }

    private Node addForm() {
        TextField text = new TextField();
        text.setId("activityNewText");
        text.textProperty().bindBidirectional(model.newActivityTextProperty());
        // a one-line field: Hebrew or Arabic is typed from the right
        text.nodeOrientationProperty().bind(Bindings.createObjectBinding(
                () -> TextDirection.orientationOf(text.getText()), text.textProperty()));
        text.setPromptText("New activity agreed with the client…");
        HBox.setHgrow(text, Priority.ALWAYS);
        ComboBox<ActivitySource> source = new ComboBox<>(FXCollections.observableArrayList(
                ActivitySource.SESSION, ActivitySource.FOCUS, ActivitySource.TRANSCRIPT));
        source.setId("activityNewSource");
        source.setValue(ActivitySource.SESSION);
        source.setButtonCell(enumCell(ActivitySource::label));
        source.setCellFactory(l -> enumCell(ActivitySource::label));
        Label unknownStatus = new Label();
        unknownStatus.setId("activityUnknownStatus");
        unknownStatus.setWrapText(true);
        unknownStatus.getStyleClass().add("activity-note");
        unknownStatus.visibleProperty().bind(unknownStatus.textProperty().isNotEmpty());
        unknownStatus.managedProperty().bind(unknownStatus.visibleProperty());

        CheckBox privateOnly = new CheckBox("Private (coach only)");
        privateOnly.setId("activityNewPrivate");
        Button add = new Button("Add activity");
        add.setId("activityAdd");
        add.setDefaultButton(false);
        add.disableProperty().bind(text.textProperty().isEmpty().or(model.busyProperty())
                .or(model.clientEmailProperty().isEmpty()).or(model.newActivityProblemProperty().isNotEmpty()));
        // a disabled Add says why when the prompt does not: the text is longer than an activity may be
        Label addReason = new Label();
        addReason.setId("activityAddReason");
        addReason.setWrapText(true);
        addReason.getStyleClass().add("activity-note");
        addReason.textProperty().bind(model.newActivityProblemProperty());
        addReason.visibleProperty().bind(addReason.textProperty().isNotEmpty());
        addReason.managedProperty().bind(addReason.visibleProperty());
        Runnable submit = () -> model.addActivity(text.getText(), source.getValue(),
                privateOnly.isSelected() ? Visibility.COACH_ONLY : Visibility.SHARED, null)
                .onSuccess(saved -> {
                    text.clear();
                    privateOnly.setSelected(false);
                });
        add.setOnAction(e -> {
            // Add disables itself while saving (busy, then an empty field): the keyboard would jump to the
            // next stop in the window; it goes back to the field, ready for the next activity
            text.requestFocus();
            submit.run();
        });
        text.setOnAction(e -> {
            if (!add.isDisabled()) {
                submit.run();
            }
        });
        // the text on a line of its own: beside the choices it was cut to a few words on a laptop screen
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox choices = new HBox(8, source, privateOnly, spacer, add);
        choices.setAlignment(Pos.CENTER_LEFT);
        add.setMinWidth(Region.USE_PREF_SIZE);
        privateOnly.setMinWidth(Region.USE_PREF_SIZE);
        VBox form = new VBox(6, text, addReason, choices);
        form.setPadding(new Insets(0, 0, 8, 0));
        return form;
    }

    private static <E> ListCell<E> enumCell(Function<E, String> label) {
        return new ListCell<>() {
            @Override
            protected void updateItem(E item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : label.apply(item));
            }
        };
    }

    private Node detailPane() {
        Label heading = new Label("Select an activity to edit it");
        heading.setId("activityHeading");
        heading.getStyleClass().addAll("title-4");
        // the whole activity in the label's font and colour, broken onto lines by ClampedText: a wrapped
        // right-to-left paragraph is drawn with its lines running on by JavaFX 21 (decision 0014)
        ClampedText headingLines = new ClampedText(Integer.MAX_VALUE);
        headingLines.fontProperty().bind(heading.fontProperty());
        headingLines.fillProperty().bind(heading.textFillProperty());
        headingLines.setWhole(heading.getText());
        heading.textProperty().addListener((obs, old, now) -> headingLines.setWhole(now));
        heading.setGraphic(headingLines);
        heading.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);

        Label agreed = new Label();
        agreed.setId("activityAgreed");
        agreed.setWrapText(true);
        agreed.getStyleClass().add("activity-note");

        Label privateBadge = new Label("Private: only you see this activity");
        privateBadge.setId("activityPrivateBadge");
        privateBadge.getStyleClass().add("private-badge");
        privateBadge.setWrapText(true);

        ComboBox<ActivityStatus> status = new ComboBox<>(FXCollections.observableArrayList(STATUSES));
        status.setId("activityStatus");
        status.setButtonCell(enumCell(ActivityStatus::label));
        status.setCellFactory(l -> enumCell(ActivityStatus::label));
        status.setOnAction(e -> {
            ActivityRow row = model.selectedProperty().get();
            if (!showingSelection && row != null && status.getValue() != null && status.getValue() != row.status()) {
                model.changeStatus(row, status.getValue());
            }
        });

        Label unknownStatus = new Label();
        unknownStatus.setId("activityUnknownStatus");
        unknownStatus.setWrapText(true);
        unknownStatus.getStyleClass().add("activity-note");
        unknownStatus.visibleProperty().bind(unknownStatus.textProperty().isNotEmpty());
        unknownStatus.managedProperty().bind(unknownStatus.visibleProperty());

        CheckBox privateOnly = new CheckBox("Private (coach only)");
        privateOnly.setId("activityPrivate");
        privateOnly.setOnAction(e -> {
            ActivityRow row = model.selectedProperty().get();
            if (!showingSelection && row != null) {
                model.changeVisibility(row, privateOnly.isSelected() ? Visibility.COACH_ONLY : Visibility.SHARED);
            }
        });

        Label notesLabel = new Label("Coach notes (private, never shared with the client)");
        notesLabel.getStyleClass().add("private-label");
        notesLabel.setWrapText(true);
        TextArea notes = new TextArea();
        notes.setId("activityNotes");
        notes.setPrefRowCount(4);
        notes.getStyleClass().add("private-notes");
        notes.textProperty().bindBidirectional(model.notesDraftProperty());
        // Hebrew or Arabic notes are laid out from the right and not wrapped (each typed line stays one line,
        // longer ones scroll): JavaFX 21 draws a wrapped right-to-left paragraph's lines running on (decision 0014)
        notes.nodeOrientationProperty().bind(Bindings.createObjectBinding(
                () -> TextDirection.orientationOf(notes.getText()), notes.textProperty()));
        notes.wrapTextProperty().bind(Bindings.createBooleanBinding(
                () -> !TextDirection.containsRightToLeft(notes.getText()), notes.textProperty()));
        // saved as the coach types: after a short pause, and at once when the field loses focus
        PauseTransition typingPause = new PauseTransition(NOTES_SAVE_PAUSE);
        typingPause.setOnFinished(e -> model.saveNotesNow());
        model.notesDraftProperty().addListener((obs, old, now) -> {
            if (model.notesUnsavedProperty().get()) {
                typingPause.playFromStart();
            }
        });
        notes.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                typingPause.stop();
                model.saveNotesNow();
            }
        });
        Label notesSaved = new Label();
        notesSaved.setId("activityNotesSaved");
        notesSaved.getStyleClass().add("activity-note");
        notesSaved.setWrapText(true);
        notesSaved.textProperty().bind(Bindings.when(model.notesUnsavedProperty())
                .then("Saving\u2026").otherwise("Notes save as you type, on this computer first."));

        Label sync = new Label();
        sync.setId("activitySyncState");
        sync.getStyleClass().add("activity-note");

        StackPane evidence = new StackPane();
        evidence.setId("activityEvidence");
        evidence.setAlignment(Pos.TOP_LEFT);
        Runnable renderEvidence = () -> evidence.getChildren().setAll(renderer.render(model.selectedEvidenceProperty().get()));
        model.selectedEvidenceProperty().addListener((obs, old, now) -> renderEvidence.run());
        renderEvidence.run();

        VBox editor = new VBox(8, agreed, privateBadge, row("Status", status), unknownStatus, privateOnly, notesLabel, notes, notesSaved,
                sectionLabel("Evidence"), evidence, sync);
        editor.visibleProperty().bind(model.selectedProperty().isNotNull());
        // Presenting: the notes leave the scene graph (not merely hidden, which a screen reader or a
        // snapshot could still reach); an unsaved edit stays in the field for when presenting ends.
        List<Node> coachOnly = List.of(notesLabel, notes, notesSaved);
        Runnable placeNotes = () -> {
            if (model.presentingProperty().get()) {
                editor.getChildren().removeAll(coachOnly);
            } else if (!editor.getChildren().contains(notes)) {
                editor.getChildren().addAll(editor.getChildren().indexOf(privateOnly) + 1, coachOnly);
            }
        };
        model.presentingProperty().addListener((obs, old, now) -> placeNotes.run());
        placeNotes.run();
        editor.managedProperty().bind(editor.visibleProperty());

        ObservableValue<ActivityRow> selected = model.selectedProperty();
        selected.addListener((obs, old, now) -> {
            showingSelection = true;
            try {
                heading.setText(now == null ? "Select an activity to edit it" : now.text());
                if (now != null) {
                    agreed.setText(now.agreedLine());
                    status.setValue(STATUSES.contains(now.status()) ? now.status() : null);
                    status.setPromptText(now.status() == null ? "" : now.statusWord());
                    // no lifecycle move from a status this version does not know: the server's value stays
                    status.setDisable(!now.statusEditable());
                    unknownStatus.setText(now.statusEditable() ? null : now.statusLabel() + "; it cannot be changed here.");
                    privateOnly.setDisable(!now.visibilityEditable());
                    privateOnly.setSelected(now.isPrivate());
                    privateBadge.setVisible(now.isPrivate());
                    privateBadge.setManaged(now.isPrivate());
                    sync.setText(model.syncWords().label(now.syncState()) + (now.syncState() == RowSyncState.PENDING
                            ? model.syncWords().pendingDetail() : now.syncState() == RowSyncState.CONFLICT
                            ? ": the server changed it too; resolve it under Conflicts" : ""));
                }
            } finally {
                showingSelection = false;
            }
        });
        VBox pane = new VBox(10, heading, editor);
        pane.setPadding(new Insets(12));
        pane.setId("activityDetail");
        headingLines.wrappingWidthProperty().bind(pane.widthProperty().subtract(24));
        return pane;
    }

    private static Node row(String label, Node control) {
        Label name = new Label(label);
        name.getStyleClass().add("json-field-label");
        name.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(8, name, control);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Label sectionLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("json-field-label");
        return label;
    }

    private Node errorLine() {
        ErrorLine line = new ErrorLine("activities", model.errorProperty(), model.errorDetailsProperty());
        line.setPadding(new Insets(6, 12, 6, 12));
        return line;
    }
}
