package org.findinggood.coachdesk.app;

import org.findinggood.coachdesk.store.CacheStore;
import org.findinggood.coachdesk.sync.LocalCounts;
import org.findinggood.coachdesk.ui.settings.ForgetDeviceViewModel;
import org.findinggood.coachdesk.ui.settings.UnsentWork;

/** "Forget this device" for a signed-in workspace: what would be lost (off the FX thread), and the forgetting. */
final class WorkspaceDevice implements ForgetDeviceViewModel.Device {

    private final CacheStore store;
    private final Runnable forget;

    WorkspaceDevice(CacheStore store, Runnable forget) {
        this.store = store;
        this.forget = forget;
    }

    @Override
    public UnsentWork unsentWork() {
        LocalCounts counts = LocalCounts.of(store);
        return new UnsentWork(counts.pendingEdits(), counts.conflicts());
    }

    @Override
    public void forget() {
        forget.run();
    }
}
