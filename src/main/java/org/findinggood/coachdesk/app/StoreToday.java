package org.findinggood.coachdesk.app;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.findinggood.coachdesk.store.CacheStore;
import org.findinggood.coachdesk.store.ClientFacts;
import org.findinggood.coachdesk.ui.today.TodayViewModel;

/** Today's port filled from the local cache: the facts of each open relationship, and dismissals (off the FX thread). */
final class StoreToday implements TodayViewModel.TodaySource {

    private final CacheStore store;

    StoreToday(CacheStore store) {
        this.store = store;
    }

    @Override
    public List<ClientFacts> facts(LocalDate day) {
        return store.todayFacts().facts(day);
    }

    @Override
    public void dismiss(String clientEmail, Instant at) {
        store.todayDismissals().dismiss(clientEmail, at);
    }
}
