package org.findinggood.coachdesk.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.findinggood.coachdesk.store.CacheOpenResult;
import org.findinggood.coachdesk.store.CacheOpenResult.Outcome;
import org.junit.jupiter.api.Test;

/** The demo has no server: after damage its notice says the demo was generated again, never "from the server". */
class DemoWorkspaceNoticeTest {

    @Test
    void damagedDemoIsGeneratedAgainNotRebuiltFromTheServer() {
        Path aside = Path.of("demo", "demo-workspace.db.damaged");
        String notice = DemoWorkspaceOpener.notice(new CacheOpenResult(Outcome.REBUILT_AFTER_DAMAGE, null, 0, aside));
        assertTrue(notice.contains("the demo workspace was generated again"), notice);
        assertTrue(notice.contains(aside.toString()), notice);
        assertFalse(notice.contains("server"), notice);
    }

    @Test
    void unreadableDemoRebuiltOnRequestDoesNotPromiseASync() {
        String notice = DemoWorkspaceOpener.notice(new CacheOpenResult(Outcome.REBUILT_ON_REQUEST, null, 0, null));
        assertTrue(notice.contains("generated again"), notice);
        assertFalse(notice.contains("server"), notice);
        assertFalse(notice.contains("sync"), notice);
    }

    @Test
    void aDemoThatSimplyOpenedSaysNothing() {
        assertNull(DemoWorkspaceOpener.notice(new CacheOpenResult(Outcome.OPENED, null, 0, null)));
    }
}
