package org.findinggood.coachdesk.ui.roster;

import java.time.Clock;
import java.time.LocalDate;
import javafx.geometry.Pos;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.findinggood.coachdesk.model.RelationshipStatus;
import org.findinggood.coachdesk.store.RosterRow;
import org.findinggood.coachdesk.store.RowSyncState;
import org.findinggood.coachdesk.ui.common.DisplayFormats;

/** One roster line: name and status badge, e-mail, last check-in and open activities. */
class RosterCell extends ListCell<RosterRow> {

    private final Clock clock;
    private final Function<RosterRow, RowSyncState> syncState;
    private final Label syncMark = new Label();
    private final Tooltip pendingTip = new Tooltip("Saved on this computer; sent to the server at the next sync");
    private final Tooltip conflictTip = new Tooltip("Changed on the server too: open the conflicts from the status bar");
    private final Label name = new Label();
    private final Label badge = new Label();
    private final Label email = new Label();
    private final Label meta = new Label();
    private final VBox box;

    RosterCell(Clock clock, Function<RosterRow, RowSyncState> syncState) {
        this.clock = clock;
        this.syncState = syncState;
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
        RelationshipStatus status = row.relationship().status();
        name.setText(row.displayName());
        badge.setText(RosterView.shortLabel(status));
        badge.getStyleClass().removeIf(c -> c.startsWith("status-") && !c.equals("status-badge"));
        if (status != null) {
            badge.getStyleClass().add("status-" + status.wire());
        }
        showSyncState(syncState.apply(row));
        email.setText(row.relationship().clientEmail());
        meta.setText(describe(row, LocalDate.now(clock)));
        setText(null);
        setGraphic(box);
        setAccessibleText(row.displayName() + ", " + RosterView.shortLabel(status)
                + (syncMark.isVisible() ? ", " + syncMark.getText() : "") + ", " + meta.getText());
    }

    private void showSyncState(RowSyncState state) {
        syncMark.getStyleClass().removeAll("sync-pending", "sync-conflict");
        switch (state) {
            case PENDING -> {
                syncMark.setText("Not synced yet");
                syncMark.getStyleClass().add("sync-pending");
                syncMark.setTooltip(pendingTip);
            }
            case CONFLICT -> {
                syncMark.setText("Conflict");
                syncMark.getStyleClass().add("sync-conflict");
                syncMark.setTooltip(conflictTip);
            }
            default -> {
                syncMark.setText("");
                syncMark.setTooltip(null);
            }
        }
        syncMark.setVisible(state != RowSyncState.SYNCED);
    }

    static String describe(RosterRow row, LocalDate today) {
        RelationshipStatus status = row.relationship().status();
        if (status == RelationshipStatus.PENDING_COACH_INVITE) {
            String code = row.relationship().inviteCode();
            return code == null ? "Invitation sent" : "Invite code " + code;
        }
        if (status == RelationshipStatus.PENDING_CLIENT_REQUEST) {
            return "Asked to work with you";
        }
        String checkin = row.lastCheckin() == null ? "No check-ins yet"
                : "Checked in " + DisplayFormats.relativeDay(row.lastCheckin(), today);
        String open = row.openActivities() == 0 ? "no open activities"
                : DisplayFormats.plural(row.openActivities(), "open activity", "open activities");
        return checkin + " \u00b7 " + open;
    }
}
