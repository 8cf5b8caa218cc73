package org.findinggood.coachdesk.app;

import java.util.Optional;
import org.findinggood.coachdesk.store.CacheStore;
import org.findinggood.coachdesk.store.DraftRepository;
import org.findinggood.coachdesk.ui.roster.RosterViewModel;

/** The roster's invite-e-mail draft, kept in the cache's local-only draft table (never synced). */
public final class StoreInviteDrafts implements RosterViewModel.InviteDrafts {

    private final CacheStore store;

    public StoreInviteDrafts(CacheStore store) {
        this.store = store;
    }

    @Override
    public Optional<String> read() {
        return store.drafts().read(DraftRepository.INVITE_EMAIL, DraftRepository.ONLY);
    }

    @Override
    public void keep(String email) {
        store.drafts().keep(DraftRepository.INVITE_EMAIL, DraftRepository.ONLY, email);
    }
}
