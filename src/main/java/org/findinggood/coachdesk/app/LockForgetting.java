package org.findinggood.coachdesk.app;

import org.findinggood.coachdesk.ui.lock.AppLockViewModel;
import org.findinggood.coachdesk.ui.settings.ForgetDeviceViewModel;
import org.findinggood.coachdesk.ui.settings.UnsentWork;

/**
 * "Forget this device" from the lock screen, for a coach who forgot the PIN: the open workspace's
 * forgetting (none in the demo or on the sign-in screen: no coach data), then the lock is removed.
 */
final class LockForgetting implements ForgetDeviceViewModel.Device {

    private final ForgetDeviceViewModel.Device workspace;
    private final AppLockViewModel lock;

    /** @param workspace null when no signed-in workspace is open */
    LockForgetting(ForgetDeviceViewModel.Device workspace, AppLockViewModel lock) {
        this.workspace = workspace;
        this.lock = lock;
    }

    @Override
    public UnsentWork unsentWork() throws Exception {
        return workspace == null ? new UnsentWork(0, 0) : workspace.unsentWork();
    }

    @Override
    public void forget() {
        if (workspace != null) {
            workspace.forget();
        }
        lock.removeAfterForgetting();
    }
}
