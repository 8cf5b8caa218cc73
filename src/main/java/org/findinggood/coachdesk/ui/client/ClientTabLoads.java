package org.findinggood.coachdesk.ui.client;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;

/**
 * Decides when each client tab reads the cache. The visible tab loads the selected client at once;
 * hidden tabs only clear (so they can never show the previous client) and load when the coach opens
 * them. A sync or edit that changes a tab's tables refreshes the visible tab and marks the hidden
 * ones stale. Keeps a client switch to one read and one render instead of three competing ones.
 * Call from the FX thread, except {@link #tablesChanged}, which may be called from any thread.
 */
public final class ClientTabLoads {

    /** One tab's loading hooks: {@code show(null)} clears it; {@code refresh} re-reads the shown client. */
    public record TabLoad(Consumer<String> show, Runnable refresh, Set<String> tables) {

        public TabLoad {
            Objects.requireNonNull(show);
            Objects.requireNonNull(refresh);
            tables = Set.copyOf(tables);
        }
    }

    private final List<TabLoad> tabs;
    private final Executor fxThread;
    private final String[] shown;
    private final boolean[] stale;
    private final Set<String> changedTables = new HashSet<>();
    private String client;
    private int visible;
    private boolean refreshScheduled;

    /**
     * @param selected   the selected client (null: none)
     * @param visibleTab index of the tab on screen (the TabPane's selected index)
     * @param fxThread   runs work on the FX thread ({@code Platform::runLater} in the app)
     */
    public ClientTabLoads(ObservableValue<SelectedClient> selected, ObservableValue<? extends Number> visibleTab,
                          Executor fxThread, List<TabLoad> tabs) {
        this.tabs = List.copyOf(tabs);
        this.fxThread = fxThread;
        this.shown = new String[tabs.size()];
        this.stale = new boolean[tabs.size()];
        this.visible = Math.max(0, visibleTab.getValue() == null ? 0 : visibleTab.getValue().intValue());
        selected.addListener((obs, old, now) -> clientChanged(now == null ? null : now.clientEmail()));
        visibleTab.addListener((obs, old, now) -> tabShown(now == null ? 0 : now.intValue()));
        clientChanged(selected.getValue() == null ? null : selected.getValue().clientEmail());
    }

    private void clientChanged(String email) {
        client = email;
        for (int i = 0; i < tabs.size(); i++) {
            if (i == visible) {
                load(i);
            } else if (shown[i] != null) {
                shown[i] = null;
                stale[i] = false;
                tabs.get(i).show().accept(null);
            }
        }
    }

    private void tabShown(int index) {
        visible = index;
        if (index < 0 || index >= tabs.size()) {
            return;
        }
        if (!Objects.equals(shown[index], client)) {
            load(index);
        } else if (stale[index]) {
            stale[index] = false;
            tabs.get(index).refresh().run();
        }
    }

    private void load(int index) {
        shown[index] = client;
        stale[index] = false;
        tabs.get(index).show().accept(client);
    }

    /** The cache committed changes to {@code tables} (any thread): refreshes once per burst, on the FX thread. */
    public void tablesChanged(Set<String> tables) {
        synchronized (changedTables) {
            changedTables.addAll(tables);
            if (refreshScheduled) {
                return;
            }
            refreshScheduled = true;
        }
        fxThread.execute(this::refreshChanged);
    }

    private void refreshChanged() {
        Set<String> changed;
        synchronized (changedTables) {
            changed = new HashSet<>(changedTables);
            changedTables.clear();
            refreshScheduled = false;
        }
        for (int i = 0; i < tabs.size(); i++) {
            if (shown[i] == null || tabs.get(i).tables().stream().noneMatch(changed::contains)) {
                continue;
            }
            if (i == visible) {
                tabs.get(i).refresh().run();
            } else {
                stale[i] = true;
            }
        }
    }

    /** Which client each tab was last asked to show (null: cleared); for tests. */
    List<String> shownClients() {
        return new ArrayList<>(java.util.Arrays.asList(shown));
    }
}
