package org.findinggood.coachdesk.ui.roster;

import atlantafx.base.theme.Styles;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.findinggood.coachdesk.model.RelationshipStatus;
import org.findinggood.coachdesk.store.RosterRow;
import org.findinggood.coachdesk.ui.common.ErrorLine;
import javafx.util.Duration;

/** The roster pane: search, status filter with counts, the client list and the lifecycle actions. */
public class RosterView extends VBox {

    /** How long a final move can be taken back with one click (after it, the roster still shows it). */
    static final Duration UNDO_OFFERED = Duration.seconds(10);

    private final RosterViewModel model;
    private final TextField search = new TextField();
    private final ListView<RosterRow> list = new ListView<>();
    private final Map<RelationshipAction, Button> actionButtons = new EnumMap<>(RelationshipAction.class);
    private boolean syncingSelection;
    private int selectedIndexShown = -1;

    public RosterView(RosterViewModel model, Clock clock) {
        this.model = model;
        setId("rosterView");
        getStyleClass().add("roster-pane");

        search.setId("rosterSearch");
        search.setPromptText("Search clients (Ctrl+F)");
        search.setAccessibleText("Search clients by name, e-mail or invite code");
        search.textProperty().bindBidirectional(model.searchProperty());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                list.requestFocus();
                if (list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
                    list.getSelectionModel().selectFirst();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
                e.consume();
            }
        });

        getChildren().addAll(search, statusFilter(), clientList(), actions(),
                new ErrorLine("roster", model.errorProperty(), model.errorDetailsProperty()));
        VBox.setVgrow(list, Priority.ALWAYS);

        model.lastInviteCodeProperty().addListener((obs, old, code) -> {
            if (code != null && getScene() != null) {
                new InviteCodeDialog(getScene().getWindow(), lastInvitedEmail, code).show();
            }
        });
    }

    private String lastInvitedEmail = "";

    private FlowPane statusFilter() {
        ToggleGroup group = new ToggleGroup();
        FlowPane pane = new FlowPane(4, 4);
        pane.setId("statusFilter");
        pane.getStyleClass().add("status-filter");
        ToggleButton all = new ToggleButton();
        all.setId("filterAll");
        all.textProperty().bind(Bindings.concat("All ", model.totalProperty()));
        all.setUserData(null);
        all.setToggleGroup(group);
        all.setSelected(true);
        pane.getChildren().add(all);
        for (RelationshipStatus status : RosterViewModel.filterableStatuses()) {
            ToggleButton button = new ToggleButton();
            button.setId(filterId(status));
            button.textProperty().bind(Bindings.concat(shortLabel(status), " ", model.countProperty(status)));
            button.setTooltip(new Tooltip(status.label()));
            button.setUserData(status);
            button.setToggleGroup(group);
            pane.getChildren().add(button);
        }
        for (var toggle : group.getToggles()) {
            ((ToggleButton) toggle).getStyleClass().add(Styles.SMALL);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one filter is always on
                return;
            }
            model.statusFilterProperty().set((RelationshipStatus) now.getUserData());
        });
        return pane;
    }

    /** Stable control id for a status filter button, e.g. {@code filterPendingClientRequest}. */
    public static String filterId(RelationshipStatus status) {
        StringBuilder id = new StringBuilder("filter");
        for (String part : status.wire().split("_")) {
            id.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return id.toString();
    }

    /** Short roster words for each status. */
    public static String shortLabel(RelationshipStatus status) {
        if (status == null) {
            return "Unknown";
        }
        return switch (status) {
            case ACTIVE -> "Active";
            case PAUSED -> "Paused";
            case PENDING_COACH_INVITE -> "Invited";
            case PENDING_CLIENT_REQUEST -> "Requests";
            case COMPLETED -> "Completed";
            case UNKNOWN -> "Unknown";
        };
    }

    private ListView<RosterRow> clientList() {
        list.setId("rosterList");
        list.setItems(model.visibleRows());
        list.setAccessibleText("Clients");
        list.setPlaceholder(placeholder());
        // presenting on or off, or another client opened while presenting: every line draws itself again
        list.setCellFactory(view -> new RosterCell(clockOf(), model::syncState, model.syncWords(), model::hidesWhoIs,
                model.presentingProperty(), model.selectedProperty()));
        // A push or a conflict changes a row's mark without changing the row: redraw the cells.
        model.syncMarksProperty().addListener((obs, old, now) -> list.refresh());
        list.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            // the coach's own pick; the list clearing its selection while rows are replaced is not one
            if (!syncingSelection && now.intValue() >= 0) {
                selectedIndexShown = now.intValue();
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncingSelection) {
                syncingSelection = true;
                model.selectedProperty().set(now);
                syncingSelection = false;
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> selectInList(now));
        model.visibleRows().addListener((ListChangeListener<RosterRow>) change -> selectInList(model.selectedProperty().get()));
        list.setContextMenu(new ContextMenu());
        list.getContextMenu().setOnShowing(e -> fillContextMenu(list.getContextMenu()));
        return list;
    }

    private Clock clock = Clock.systemDefaultZone();

    private Clock clockOf() {
        return clock;
    }

    /** For tests and screenshots: the day "Checked in 2 days ago" counts from. */
    public void setClock(Clock clock) {
        this.clock = clock;
        list.refresh();
    }

    /**
     * A status change moves the selected client to another group (pausing puts it among the paused):
     * scroll to it so the coach still sees the row just acted on. A reload that leaves the row where
     * it was (a sync) does not scroll, so a coach browsing the list is not pulled back.
     */
    private void keepSelectionInView() {
        int index = list.getSelectionModel().getSelectedIndex();
        if (index < 0) {
            return;
        }
        if (selectedIndexShown >= 0 && index != selectedIndexShown) {
            list.scrollTo(index);
        }
        selectedIndexShown = index;
    }

    private void selectInList(RosterRow row) {
        if (syncingSelection) {
            return;
        }
        syncingSelection = true;
        try {
            if (row == null) {
                list.getSelectionModel().clearSelection();
            } else if (list.getSelectionModel().getSelectedItem() != row) {
                list.getSelectionModel().select(row);
                keepSelectionInView();
            }
        } finally {
            syncingSelection = false;
        }
    }

    private Label placeholder() {
        Label label = new Label();
        label.setId("rosterPlaceholder");
        label.textProperty().bind(Bindings.createStringBinding(() -> {
            if (!model.loadedProperty().get()) {
                return "Loading your clients\u2026";
            }
            return model.totalProperty().get() == 0 ? "No clients yet. Invite your first client below."
                    : "No clients match this filter.";
        }, model.loadedProperty(), model.totalProperty()));
        label.setWrapText(true);
        return label;
    }

    private VBox actions() {
        Button invite = new Button("Invite client\u2026");
        invite.setId("inviteButton");
        invite.getStyleClass().add(Styles.ACCENT);
        invite.setTooltip(new Tooltip("Create an invitation with a code to send to a client (Ctrl+I)"));
        invite.setOnAction(e -> showInviteDialog());
        invite.disableProperty().bind(model.busyProperty());

        FlowPane lifecycle = new FlowPane(6, 6);
        lifecycle.setId("lifecycleActions");
        for (RelationshipAction action : RelationshipAction.values()) {
            Button button = new Button(action.label());
            button.setId(actionId(action));
            button.getStyleClass().add(Styles.SMALL);
            // the safe move is the primary one; a final one is plain (it can be undone for a few seconds)
            if (action.isPrimary()) {
                button.getStyleClass().add(Styles.ACCENT);
            }
            button.setOnAction(e -> model.apply(action));
            actionButtons.put(action, button);
            lifecycle.getChildren().add(button);
        }
        model.selectedProperty().addListener((obs, old, now) -> updateActionButtons());
        model.busyProperty().addListener((obs, old, now) -> updateActionButtons());
        updateActionButtons();
        HBox top = new HBox(8, invite);
        return new VBox(6, lifecycle, undoBar(), top);
    }

    /** After a final move: what happened, naming the client, with Undo for {@link #UNDO_OFFERED}. */
    private HBox undoBar() {
        Label done = new Label();
        done.setId("undoSentence");
        done.setWrapText(true);
        done.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(done, Priority.ALWAYS);
        Button undo = new Button("Undo");
        undo.setId("undoButton");
        undo.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT);
        undo.setMinWidth(Region.USE_PREF_SIZE);
        undo.setOnAction(e -> model.undoLastMove());
        HBox bar = new HBox(8, done, undo);
        bar.setId("undoBar");
        bar.getStyleClass().add("undo-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        PauseTransition expiry = new PauseTransition(UNDO_OFFERED);
        model.undoOfferProperty().addListener((obs, old, offer) -> {
            bar.setVisible(offer != null);
            bar.setManaged(offer != null);
            done.setText(offer == null ? "" : offer.sentence());
            expiry.stop();
            if (offer != null) {
                expiry.setOnFinished(e -> model.dismissUndo(offer));
                expiry.playFromStart();
            }
        });
        bar.setVisible(false);
        bar.setManaged(false);
        return bar;
    }

    /** Stable id of a lifecycle button, e.g. {@code acceptRequestButton}, {@code pauseButton}. */
    public static String actionId(RelationshipAction action) {
        StringBuilder id = new StringBuilder();
        for (String part : action.name().toLowerCase(java.util.Locale.ROOT).split("_")) {
            id.append(id.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return id.append("Button").toString();
    }

    private void updateActionButtons() {
        for (Map.Entry<RelationshipAction, Button> entry : actionButtons.entrySet()) {
            boolean applies = model.selectedProperty().get() != null
                    && entry.getKey().appliesTo(model.selectedProperty().get().relationship().status());
            entry.getValue().setVisible(applies);
            entry.getValue().setManaged(applies);
            entry.getValue().setDisable(!model.canApply(entry.getKey()));
        }
    }

    private void fillContextMenu(ContextMenu menu) {
        menu.getItems().clear();
        for (RelationshipAction action : model.actionsForSelected()) {
            MenuItem item = new MenuItem(action.label());
            item.setId(actionId(action).replace("Button", "MenuItem"));
            item.setOnAction(e -> model.apply(action));
            item.setDisable(!model.canApply(action));
            menu.getItems().add(item);
        }
        if (!menu.getItems().isEmpty()) {
            menu.getItems().add(new SeparatorMenuItem());
        }
        MenuItem invite = new MenuItem("Invite client\u2026");
        invite.setId("inviteMenuItem");
        invite.setOnAction(e -> showInviteDialog());
        menu.getItems().add(invite);
    }

    /** Opens the invite dialog (the Invite button, the context menu and Ctrl+I). */
    public void showInviteDialog() {
        if (getScene() == null) {
            return;
        }
        InviteDialog dialog = new InviteDialog(getScene().getWindow(), model.inviteDraftProperty(), model.inviteFate());
        dialog.setOnHidden(e -> {
            String email = dialog.getResult();
            if (email != null) {
                lastInvitedEmail = email;
                model.invite(email);
            }
        });
        dialog.show();
    }

    /** Ctrl+F: puts the cursor in the search field with its text selected. */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    public ListView<RosterRow> list() {
        return list;
    }
}
