package org.findinggood.coachdesk.ui.common;

import java.util.List;
import java.util.stream.Stream;
import org.findinggood.coachdesk.store.RowSyncState;

/**
 * What an edited row's sync state is called in this workspace. The demo never syncs, so its words say the
 * change stays on this computer instead of promising a sync that will not come.
 *
 * @param pendingMark    the roster's mark on a client with an unsent edit
 * @param pendingTip     that mark's tooltip
 * @param pendingLabel   the Activities sync column's word for an unsent edit
 * @param pendingDetail  what the detail pane adds to it
 * @param syncedLabel    the sync column's word for a row with no edit
 * @param pendingCount   the Activities summary's words after the count of edited rows
 */
public record SyncWords(String pendingMark, String pendingTip, String pendingLabel, String pendingDetail,
                        String syncedLabel, String pendingCount) {

    public static final SyncWords SIGNED_IN = new SyncWords("Not synced yet",
            "Saved on this computer; sent to the server at the next sync", "Waiting to sync",
            ": saved here, sent at the next sync", "Synced", "waiting to sync or in conflict");

    public static final SyncWords DEMO = new SyncWords("Changed here",
            "Changed on this computer; the demo is never synced", "Changed here",
            ": kept on this computer; the demo is never synced", "Sample", "changed here");

    private static final String CONFLICT = "Conflict";

    public static SyncWords of(boolean demo) {
        return demo ? DEMO : SIGNED_IN;
    }

    /** The sync column's word for a row in this state. */
    public String label(RowSyncState state) {
        return switch (state) {
            case PENDING -> pendingLabel;
            case CONFLICT -> CONFLICT;
            case SYNCED -> syncedLabel;
        };
    }

    /** Every word the sync column may show, in either workspace (its width fits the widest). */
    public static List<String> allLabels() {
        return Stream.concat(Stream.of(SIGNED_IN, DEMO).flatMap(words -> Stream.of(words.pendingLabel, words.syncedLabel)),
                Stream.of(CONFLICT)).distinct().toList();
    }
}
