package org.findinggood.coachdesk.ui.roster;

import java.time.Clock;
import java.time.LocalDate;
import javafx.geometry.Pos;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.WeakInvalidationListener;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.findinggood.coachdesk.model.RelationshipStatus;
import org.findinggood.coachdesk.store.RosterRow;
import org.findinggood.coachdesk.store.RowSyncState;
import org.findinggood.coachdesk.ui.common.SyncWords;

/** One roster line: name and status badge, e-mail, last check-in and open activities (pending and evidence found in its tooltip). */
class RosterCell extends ListCell<RosterRow> {

    private static final String CONFLICT_TIP = "Changed on the server too: open the conflicts from the status bar";

    static final String HIDDEN_NAME = "Hidden while presenting";
    private static final String HIDDEN_STYLE = "client-hidden";

    private final Clock clock;
    private final Function<RosterRow, RowSyncState> syncState;
    private final SyncWords words;
    private final Predicate<RosterRow> hidden;
    private final Label syncMark = new Label();
    private final Label name = new Label();
    private final Label badge = new Label();
    private final Label email = new Label();
    private final Label meta = new Label();
    // Tooltips are made when first needed: a Tooltip is a popup window with its own CSS, and the
    // first frame's few dozen cells would otherwise build up to three each (cold start).
    private Tooltip openTip;
    private Tooltip pendingTip;
    private Tooltip conflictTip;
    private String breakdown;
    private final VBox box;
    private final InvalidationListener redraw;

    /**
     * @param hidden   whether a row must not show who it is (presenting)
     * @param redrawOn what changes {@code hidden}'s answer: every cell, spare ones the list keeps out of
     *                 sight too, draws itself again (weakly held: cells come and go with the list)
     */
    RosterCell(Clock clock, Function<RosterRow, RowSyncState> syncState, SyncWords words, Predicate<RosterRow> hidden,
            Observable... redrawOn) {
        this.clock = clock;
        this.syncState = syncState;
        this.words = words;
        this.hidden = hidden;
        this.redraw = obs -> {
            if (getItem() != null && !isEmpty()) {
                show(getItem());
            }
        };
        for (Observable trigger : redrawOn) {
            trigger.addListener(new WeakInvalidationListener(redraw));
        }
        syncMark.getStyleClass().add("roster-sync-mark");
        syncMark.setMinWidth(Region.USE_PREF_SIZE);
        syncMark.managedProperty().bind(syncMark.visibleProperty());
        name.getStyleClass().add("client-name");
        badge.getStyleClass().add("status-badge");
        email.getStyleClass().add("client-email");
        meta.getStyleClass().add("client-meta");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(6, name, spacer, syncMark, badge);
        top.setAlignment(Pos.CENTER_LEFT);
        box = new VBox(top, email, meta);
        box.getStyleClass().add("roster-cell");
        name.setMinWidth(0);
        email.setMinWidth(0);
        badge.setMinWidth(Region.USE_PREF_SIZE);
        // The cell takes the list's width instead of asking for its text's: a long line ellipsizes
        // rather than pushing the status badges out of sight behind a horizontal scroll bar.
        setPrefWidth(0);
        meta.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> installOpenTip());
    }

    /** The open-activities breakdown as the line's tooltip, made on the first hover of this cell. */
    private void installOpenTip() {
        if (breakdown != null && openTip == null) {
            openTip = new Tooltip(breakdown);
            meta.setTooltip(openTip);
        }
    }

    @Override
    protected void updateItem(RosterRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setGraphic(null);
            setText(null);
            setAccessibleText(null);
            return;
        }
        show(row);
    }

    private void show(RosterRow row) {
        if (hidden.test(row)) {
            showHidden();
            return;
        }
        name.getStyleClass().remove(HIDDEN_STYLE);
        badge.setVisible(true);
        RelationshipStatus status = row.relationship().status();
        name.setText(row.displayName());
        // A status this version does not know shows as the server wrote it ("archived"), never as "Unknown".
        String statusWord = status == RelationshipStatus.UNKNOWN ? row.relationship().statusText() : status.badge();
        badge.setText(statusWord);
        badge.getStyleClass().removeIf(c -> c.startsWith("status-") && !c.equals("status-badge"));
        if (status != null) {
            badge.getStyleClass().add("status-" + status.wire());
        }
        showSyncState(syncState.apply(row));
        email.setText(row.relationship().clientEmail());
        meta.setText(RosterLine.describe(row, LocalDate.now(clock)));
        breakdown = RosterLine.openBreakdown(row);
        if (openTip != null) {
            openTip.setText(breakdown);
            meta.setTooltip(breakdown == null ? null : openTip);
        } else if (meta.isHover()) {
            installOpenTip();
        }
        setText(null);
        setGraphic(box);
        setAccessibleText(row.displayName() + ", " + row.relationship().unknown().describe("status", status)
                + (syncMark.isVisible() ? ", " + syncMark.getText() : "") + ", " + meta.getText()
                + (breakdown == null ? "" : ". " + breakdown));
    }

    /** Presenting: the line keeps its place (the coach still picks clients by position) but says nothing of who. */
    private void showHidden() {
        name.setText(HIDDEN_NAME);
        if (!name.getStyleClass().contains(HIDDEN_STYLE)) {
            name.getStyleClass().add(HIDDEN_STYLE);
        }
        email.setText("");
        meta.setText("");
        meta.setTooltip(null);
        badge.setVisible(false);
        breakdown = null;
        showSyncState(RowSyncState.SYNCED);
        setText(null);
        setGraphic(box);
        setAccessibleText(HIDDEN_NAME);
    }

    private void showSyncState(RowSyncState state) {
        syncMark.getStyleClass().removeAll("sync-pending", "sync-conflict");
        switch (state) {
            case PENDING -> {
                syncMark.setText(words.pendingMark());
                syncMark.getStyleClass().add("sync-pending");
                pendingTip = pendingTip == null ? new Tooltip(words.pendingTip()) : pendingTip;
                syncMark.setTooltip(pendingTip);
            }
            case CONFLICT -> {
                syncMark.setText("Conflict");
                syncMark.getStyleClass().add("sync-conflict");
                conflictTip = conflictTip == null ? new Tooltip(CONFLICT_TIP) : conflictTip;
                syncMark.setTooltip(conflictTip);
            }
            default -> {
                syncMark.setText("");
                syncMark.setTooltip(null);
            }
        }
        syncMark.setVisible(state != RowSyncState.SYNCED);
    }
}
