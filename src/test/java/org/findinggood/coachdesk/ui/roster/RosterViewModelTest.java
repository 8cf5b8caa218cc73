package org.findinggood.coachdesk.ui.roster;

import org.findinggood.coachdesk.app.LocalRelationshipEdits;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.time.LocalDate;
import java.util.UUID;
import org.findinggood.coachdesk.demo.DemoWorkspace;
import org.findinggood.coachdesk.model.CoachingRelationship;
import org.findinggood.coachdesk.model.RelationshipStatus;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.store.CacheKey;
import org.findinggood.coachdesk.store.LocalEdits;
import org.findinggood.coachdesk.store.OutboxRepository;
import org.findinggood.coachdesk.store.RelationshipRepository;
import org.findinggood.coachdesk.store.RosterQuery;
import org.findinggood.coachdesk.store.RosterRow;
import org.findinggood.coachdesk.store.RowSyncState;
import org.findinggood.coachdesk.store.RowSyncStates;
import org.findinggood.coachdesk.ui.common.Tasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The roster view model on a real (encrypted SQLite) cache filled by the demo generator. */
class RosterViewModelTest {

    @TempDir
    Path dir;

    private CacheDatabase db;
    private RosterViewModel model;
    private OutboxRepository outbox;

    @BeforeEach
    void openCache() {
        db = CacheDatabase.open(dir.resolve("cache.db"), CacheKey.forDemo()).database();
        DemoWorkspace.standard(LocalDate.of(2026, 11, 25)).writeTo(db);
        outbox = new OutboxRepository(db);
        model = new RosterViewModel(new RosterQuery(db)::rows, editsOn(db), Tasks.sameThread());
        model.reload();
    }

    @Test
    void theFirstReadSortedBeforeTheViewModelIsInItsOrderAndShowsAsIs() {
        // the app's first read: sorted off the FX thread before the view model exists (cold start)
        RosterViewModel.Read first = RosterViewModel.readSorted(new RosterQuery(db)::rows, RosterViewModel.SyncMarks.NONE);
        assertThat(first.inRosterOrder()).isTrue();
        assertThat(first.rows()).isEqualTo(model.readNow().rows());
        RosterViewModel fresh = new RosterViewModel(new RosterQuery(db)::rows, editsOn(db), Tasks.sameThread());
        fresh.show(first);
        assertThat(fresh.visibleRows()).isEqualTo(model.visibleRows());
        assertThat(fresh.visibleRows().get(0).relationship().status()).isEqualTo(RelationshipStatus.ACTIVE);
    }

    static RosterViewModel.RelationshipEdits editsOn(CacheDatabase db) {
        return new LocalRelationshipEdits(new LocalEdits(db));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private RosterRow select(RelationshipStatus status) {
        RosterRow row = model.visibleRows().stream().filter(r -> r.relationship().status() == status).findFirst()
                .orElseThrow();
        model.selectedProperty().set(row);
        return row;
    }

    private CoachingRelationship stored(UUID id) {
        return new RelationshipRepository(db).findById(id).orElseThrow();
    }

    @Test
    void presentingHidesWhoEveryLineIsButTheOpenClients() {
        RosterRow open = model.visibleRows().get(2);
        assertThat(model.visibleRows()).noneMatch(model::hidesWhoIs);
        model.presentingProperty().set(true);
        assertThat(model.visibleRows()).as("nobody open yet").allMatch(model::hidesWhoIs);
        model.selectedProperty().set(open);
        assertThat(model.visibleRows()).filteredOn(r -> !model.hidesWhoIs(r)).containsExactly(open);
        model.presentingProperty().set(false);
        assertThat(model.visibleRows()).noneMatch(model::hidesWhoIs);
    }

    @Test
    void countsEveryStatusAndFilters() {
        assertThat(model.totalProperty().get()).isEqualTo(12);
        int sum = 0;
        for (RelationshipStatus status : RosterViewModel.filterableStatuses()) {
            assertThat(model.countProperty(status).get()).as(status.wire()).isPositive();
            sum += model.countProperty(status).get();
        }
        assertThat(sum).isEqualTo(12);
        model.statusFilterProperty().set(RelationshipStatus.PAUSED);
        assertThat(model.visibleRows()).hasSize(model.countProperty(RelationshipStatus.PAUSED).get())
                .allMatch(r -> r.relationship().status() == RelationshipStatus.PAUSED);
        model.statusFilterProperty().set(null);
        assertThat(model.visibleRows()).hasSize(12);
    }

    @Test
    void searchMatchesNameEmailAndInviteCode() {
        RosterRow first = model.visibleRows().get(0);
        String surname = first.displayName().split(" ")[1];
        model.searchProperty().set(surname.toUpperCase());
        assertThat(model.visibleRows()).contains(first).allMatch(r -> r.displayName().contains(surname)
                || r.relationship().clientEmail().contains(surname.toLowerCase()));
        model.searchProperty().set("example.org");
        assertThat(model.visibleRows()).isNotEmpty().allMatch(r -> r.relationship().clientEmail().endsWith("example.org"));
        model.searchProperty().set("");
        RosterRow invited = select(RelationshipStatus.PENDING_COACH_INVITE);
        model.searchProperty().set(invited.relationship().inviteCode().toLowerCase());
        assertThat(model.visibleRows()).containsExactly(invited);
        model.searchProperty().set("nobody-by-this-name");
        assertThat(model.visibleRows()).isEmpty();
    }

    @Test
    void acceptingARequestMakesItActiveWithAStartDateThroughTheOutbox() {
        RosterRow request = select(RelationshipStatus.PENDING_CLIENT_REQUEST);
        assertThat(model.actionsForSelected()).containsExactly(RelationshipAction.ACCEPT_REQUEST,
                RelationshipAction.DECLINE_REQUEST);
        model.apply(RelationshipAction.ACCEPT_REQUEST);
        CoachingRelationship after = stored(request.relationship().id());
        assertThat(after.status()).isEqualTo(RelationshipStatus.ACTIVE);
        assertThat(after.startedAt()).isNotNull();
        assertThat(outbox.forRow("coaching_relationships", after.id())).isPresent();
        assertThat(model.selectedProperty().get().relationship().status()).isEqualTo(RelationshipStatus.ACTIVE);
        assertThat(model.errorProperty().get()).isNull();
    }

    @Test
    void pauseResumeAndCompleteFollowTheLifecycle() {
        RosterRow active = select(RelationshipStatus.ACTIVE);
        UUID id = active.relationship().id();
        model.apply(RelationshipAction.PAUSE);
        assertThat(stored(id).status()).isEqualTo(RelationshipStatus.PAUSED);
        model.apply(RelationshipAction.RESUME);
        assertThat(stored(id).status()).isEqualTo(RelationshipStatus.ACTIVE);
        assertThat(stored(id).startedAt()).isEqualTo(active.relationship().startedAt()); // started once, kept
        model.apply(RelationshipAction.COMPLETE);
        assertThat(stored(id).status()).isEqualTo(RelationshipStatus.COMPLETED);
        assertThat(stored(id).endedAt()).isNotNull();
        assertThat(model.actionsForSelected()).isEmpty();
    }

    @Test
    void completingOffersUndoNamingTheClientAndUndoLeavesNothingToSend() {
        RosterRow active = select(RelationshipStatus.ACTIVE);
        UUID id = active.relationship().id();
        model.apply(RelationshipAction.COMPLETE);
        assertThat(stored(id).status()).isEqualTo(RelationshipStatus.COMPLETED);
        RosterViewModel.UndoOffer offer = model.undoOfferProperty().get();
        assertThat(offer).isNotNull();
        assertThat(offer.sentence()).isEqualTo("Completed the coaching with " + active.displayName() + "; it moves to Completed.");

        model.undoLastMove();

        assertThat(stored(id)).isEqualTo(active.relationship());
        assertThat(outbox.forRow("coaching_relationships", id)).as("the completion never reaches the server").isEmpty();
        assertThat(model.selectedProperty().get().relationship().status()).isEqualTo(RelationshipStatus.ACTIVE);
        assertThat(model.undoOfferProperty().get()).isNull();
    }

    @Test
    void decliningAndWithdrawingOfferUndoAndPausingDoesNot() {
        RosterRow request = select(RelationshipStatus.PENDING_CLIENT_REQUEST);
        model.apply(RelationshipAction.DECLINE_REQUEST);
        assertThat(model.undoOfferProperty().get().sentence()).startsWith("Declined " + request.displayName() + "'s request");
        model.undoLastMove();
        assertThat(stored(request.relationship().id()).status()).isEqualTo(RelationshipStatus.PENDING_CLIENT_REQUEST);

        RosterRow invite = select(RelationshipStatus.PENDING_COACH_INVITE);
        model.apply(RelationshipAction.WITHDRAW_INVITE);
        RosterViewModel.UndoOffer offer = model.undoOfferProperty().get();
        assertThat(offer.sentence()).startsWith("Withdrew the invite to " + invite.displayName());
        model.dismissUndo(offer); // its few seconds are up
        assertThat(model.undoOfferProperty().get()).isNull();
        assertThat(stored(invite.relationship().id()).status()).isEqualTo(RelationshipStatus.COMPLETED);

        select(RelationshipStatus.ACTIVE);
        model.apply(RelationshipAction.PAUSE);
        assertThat(model.undoOfferProperty().get()).isNull();
    }

    @Test
    void theDemoDoesNotPromiseASync() {
        assertThat(model.inviteFate()).contains("at the next sync");
        model.setDemo(true);
        assertThat(model.inviteFate()).doesNotContain("sync").contains("never sent");
    }

    @Test
    void theInviteAddressTypedSurvivesAClosedDialogAndARestartUntilTheInviteIsSaved() {
        org.findinggood.coachdesk.store.DraftRepository table = new org.findinggood.coachdesk.store.DraftRepository(db);
        RosterViewModel.InviteDrafts drafts = new RosterViewModel.InviteDrafts() {
            @Override
            public Optional<String> read() {
                return table.read(org.findinggood.coachdesk.store.DraftRepository.INVITE_EMAIL, "");
            }

            @Override
            public void keep(String email) {
                table.keep(org.findinggood.coachdesk.store.DraftRepository.INVITE_EMAIL, "", email);
            }
        };
        model.useInviteDrafts(drafts);
        model.inviteDraftProperty().set("kept.after.close@example.org");
        assertThat(drafts.read()).contains("kept.after.close@example.org");

        // the app is closed by accident and started again: the typed address is back
        RosterViewModel restarted = new RosterViewModel(new RosterQuery(db)::rows, editsOn(db), Tasks.sameThread());
        restarted.useInviteDrafts(drafts);
        assertThat(restarted.inviteDraftProperty().get()).isEqualTo("kept.after.close@example.org");

        restarted.invite(restarted.inviteDraftProperty().get());
        assertThat(restarted.lastInviteCodeProperty().get()).isNotBlank();
        assertThat(drafts.read()).as("an invite saved leaves no draft behind").isEmpty();
    }

    @Test
    void theInviteAddressTypedIsKeptUntilTheInviteIsSaved() {
        model.inviteDraftProperty().set("new.client@example");
        model.invite(model.inviteDraftProperty().get());
        assertThat(model.errorProperty().get()).isNotBlank();
        assertThat(model.inviteDraftProperty().get()).isEqualTo("new.client@example");
        model.inviteDraftProperty().set("new.client@example.com");
        model.invite(model.inviteDraftProperty().get());
        assertThat(model.lastInviteCodeProperty().get()).isNotBlank();
        assertThat(model.inviteDraftProperty().get()).isEmpty();
    }

    @Test
    void aMoveTheModelForbidsIsRefusedAndNothingIsWritten() {
        RosterRow completed = select(RelationshipStatus.COMPLETED);
        int before = outbox.count();
        model.apply(RelationshipAction.RESUME);
        assertThat(model.errorProperty().get()).contains("completed").contains("cannot");
        assertThat(stored(completed.relationship().id()).status()).isEqualTo(RelationshipStatus.COMPLETED);
        assertThat(outbox.count()).isEqualTo(before);
        assertThat(model.canApply(RelationshipAction.RESUME)).isFalse();
        RosterRow invite = select(RelationshipStatus.PENDING_COACH_INVITE);
        model.apply(RelationshipAction.ACCEPT_REQUEST); // the client accepts an invite, not the coach
        assertThat(stored(invite.relationship().id()).status()).isEqualTo(RelationshipStatus.PENDING_COACH_INVITE);
        assertThat(outbox.count()).isEqualTo(before);
    }

    @Test
    void invitingCreatesAPendingInviteWithAUniqueCode() {
        model.invite("  new.client@example.com ");
        String code = model.lastInviteCodeProperty().get();
        assertThat(code).isNotBlank();
        assertThat(model.totalProperty().get()).isEqualTo(13);
        RosterRow row = model.visibleRows().stream()
                .filter(r -> r.relationship().clientEmail().equals("new.client@example.com")).findFirst().orElseThrow();
        assertThat(row.relationship().status()).isEqualTo(RelationshipStatus.PENDING_COACH_INVITE);
        assertThat(row.relationship().inviteCode()).isEqualTo(code);
        assertThat(outbox.forRow("coaching_relationships", row.relationship().id())).isPresent();
        long sameCode = model.visibleRows().stream().filter(r -> code.equals(r.relationship().inviteCode())).count();
        assertThat(sameCode).isEqualTo(1);
    }

    @Test
    void invitingSomeoneAlreadyOnTheRosterOrABadAddressIsRefused() {
        String existing = select(RelationshipStatus.ACTIVE).relationship().clientEmail();
        int before = outbox.count();
        model.invite(existing);
        assertThat(model.errorProperty().get()).contains("already on your roster");
        model.invite("not-an-address");
        assertThat(model.errorProperty().get()).contains("does not look complete");
        assertThat(outbox.count()).isEqualTo(before);
        assertThat(model.totalProperty().get()).isEqualTo(12);
    }

    @Test
    void aReloadThatFindsTheSameRowsLeavesTheListAlone() {
        java.util.List<String> changes = new java.util.ArrayList<>();
        model.visibleRows().addListener((javafx.collections.ListChangeListener<RosterRow>) c -> changes.add(c.toString()));
        RosterRow paused = select(RelationshipStatus.PAUSED);
        model.reload();
        model.reload();
        assertThat(changes).as("nothing changed in the cache, nothing changes in the list").isEmpty();
        assertThat(model.selectedProperty().get()).isSameAs(paused);

        model.selectedProperty().set(select(RelationshipStatus.ACTIVE));
        model.apply(RelationshipAction.PAUSE);
        assertThat(changes).as("an edit changes the list once").hasSize(1);
    }

    @Test
    void aReloadWhereOneLineChangedReplacesOnlyThatLine() {
        RosterRow active = model.visibleRows().stream().filter(r -> r.relationship().status() == RelationshipStatus.ACTIVE)
                .findFirst().orElseThrow();
        int index = model.visibleRows().indexOf(active);
        model.selectedProperty().set(active);
        java.util.List<String> changes = new java.util.ArrayList<>();
        model.visibleRows().addListener((javafx.collections.ListChangeListener<RosterRow>) c -> {
            while (c.next()) {
                changes.add(c.wasReplaced() + " " + c.getFrom() + "-" + c.getTo());
            }
        });
        // a sync brings a newer check-in for one client
        new org.findinggood.coachdesk.store.DailyCheckinRepository(db).upsertAll(java.util.List.of(
                new org.findinggood.coachdesk.model.DailyCheckin(UUID.randomUUID(), active.relationship().clientEmail(),
                        null, LocalDate.of(2026, 11, 26), null, java.time.OffsetDateTime.now())));
        model.reload();
        assertThat(changes).containsExactly("true " + index + "-" + (index + 1));
        assertThat(model.visibleRows().get(index).lastCheckin()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(model.selectedProperty().get()).as("the selection follows the replaced line")
                .isSameAs(model.visibleRows().get(index));
    }

    @Test
    void selectionSurvivesAReload() {
        RosterRow paused = select(RelationshipStatus.PAUSED);
        RosterRow other = model.visibleRows().stream().filter(r -> r.relationship().status() == RelationshipStatus.ACTIVE)
                .findFirst().orElseThrow();
        editsOn(db).changeStatus(other.relationship().id(), RelationshipStatus.PAUSED); // e.g. from a sync
        model.reload();
        assertThat(model.selectedProperty().get()).isNotSameAs(paused);
        assertThat(model.selectedProperty().get().relationship().id()).isEqualTo(paused.relationship().id());
    }

    @Test
    void aCacheThatCannotBeReadGivesOneSentence() {
        RosterViewModel broken = new RosterViewModel(() -> {
            throw new IllegalStateException("The cache is closed");
        }, editsOn(db), Tasks.sameThread());
        broken.reload();
        assertThat(broken.errorProperty().get()).startsWith("Your clients could not be read");
        assertThat(broken.errorDetailsProperty().get()).contains("The cache is closed");
        assertThat(broken.loadingProperty().get()).isFalse();
    }

    @Test
    void aRelationshipEditIsMarkedUntilItIsSent() {
        RowSyncStates states = new RowSyncStates(db);
        RosterViewModel marked = new RosterViewModel(new RosterQuery(db)::rows,
                () -> states.unsynced("coaching_relationships"), editsOn(db), Tasks.sameThread());
        marked.reload();
        assertThat(marked.visibleRows()).allMatch(r -> marked.syncState(r) == RowSyncState.SYNCED);
        RosterRow active = marked.visibleRows().stream()
                .filter(r -> r.relationship().status() == RelationshipStatus.ACTIVE).findFirst().orElseThrow();
        marked.selectedProperty().set(active);
        marked.apply(RelationshipAction.PAUSE);
        RosterRow paused = marked.selectedProperty().get();
        assertThat(marked.syncState(paused)).isEqualTo(RowSyncState.PENDING);
        assertThat(marked.syncMarksProperty().get()).containsOnlyKeys(active.relationship().id());

        // The sync confirms the edit: the outbox entry goes, and so does the mark at the next read.
        outbox.confirm(outbox.forRow("coaching_relationships", active.relationship().id()).orElseThrow(),
                java.time.OffsetDateTime.now());
        marked.reload();
        assertThat(marked.syncState(marked.selectedProperty().get())).isEqualTo(RowSyncState.SYNCED);
    }

    @Test
    void reloadsAskedForWhileOneRunsFoldIntoOneMore() {
        java.util.List<Runnable> background = new java.util.ArrayList<>();
        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
        RosterQuery query = new RosterQuery(db);
        RosterViewModel slow = new RosterViewModel(() -> {
            reads.incrementAndGet();
            return query.rows();
        }, editsOn(db), new Tasks(background::add, Runnable::run));
        slow.reload();
        for (int i = 0; i < 50; i++) {
            slow.reload(); // a sync committing page after page while the first read runs
        }
        assertThat(background).hasSize(1);
        background.remove(0).run();
        assertThat(background).as("one more read for all fifty requests").hasSize(1);
        background.remove(0).run();
        assertThat(background).isEmpty();
        assertThat(reads).hasValue(2);
        assertThat(slow.visibleRows()).hasSize(12);
        assertThat(slow.loadingProperty().get()).isFalse();
    }
}
