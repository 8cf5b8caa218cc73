package org.findinggood.coachdesk.ui.activities;

import org.findinggood.coachdesk.app.StoreActivities;
import org.findinggood.coachdesk.store.CacheStore;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.findinggood.coachdesk.model.ActivitySource;
import org.findinggood.coachdesk.model.ActivityStatus;
import org.findinggood.coachdesk.model.AgreedActivity;
import org.findinggood.coachdesk.model.RelationshipStatus;
import org.findinggood.coachdesk.model.Visibility;
import org.findinggood.coachdesk.store.AgreedActivityRepository;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.store.ConflictRepository;
import org.findinggood.coachdesk.store.OutboxEntry;
import org.findinggood.coachdesk.store.OutboxRepository;
import org.findinggood.coachdesk.store.RowSyncState;
import org.findinggood.coachdesk.testsupport.supabase.SecretsLog;
import org.findinggood.coachdesk.ui.common.Tasks;
import org.findinggood.coachdesk.ui.common.json.JsonShape;
import org.findinggood.coachdesk.ui.common.json.JsonShapeRecognizer;
import org.findinggood.coachdesk.ui.tabs.DemoCache;
import org.findinggood.coachdesk.ui.tabs.DemoRows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Activities view model on a real cache file holding the demo workspace; same-thread tasks. */
class ActivitiesViewModelTest {

    @TempDir
    Path dir;
    private CacheDatabase db;
    private AgreedActivityRepository repository;
    private OutboxRepository outbox;
    private ActivitiesViewModel model;
    private String email;
    private List<AgreedActivity> demoActivities;

    @BeforeEach
    void open() {
        DemoRows demo = DemoRows.standard();
        db = DemoCache.open(dir.resolve("demo.db"), demo.data());
        repository = new AgreedActivityRepository(db);
        outbox = new OutboxRepository(db);
        model = new ActivitiesViewModel(new StoreActivities(new CacheStore(db)), Tasks.sameThread(),
                new JsonShapeRecognizer());
        email = demo.client(RelationshipStatus.ACTIVE, 0).email();
        demoActivities = demo.data().agreedActivities().stream().filter(a -> a.clientEmail().equals(email)).toList();
        model.show(email);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private ActivityRow row(String text) {
        return model.rows().stream().filter(r -> r.text().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void listsTheClientsActivitiesNewestUpdateFirstAllSynced() {
        assertThat(model.rows()).hasSize(demoActivities.size()).hasSizeGreaterThan(3);
        assertThat(model.rows()).extracting(ActivityRow::updated).isSortedAccordingTo(
                java.util.Comparator.<java.time.LocalDate>naturalOrder().reversed());
        assertThat(model.rows()).extracting(ActivityRow::syncState).containsOnly(RowSyncState.SYNCED);
        assertThat(model.summaryProperty().get()).isEqualTo(demoActivities.size() + " of " + demoActivities.size() + " activities");
        AgreedActivity withEvidence = demoActivities.stream().filter(a -> a.status() == ActivityStatus.RESOLVED).findFirst().orElseThrow();
        assertThat(row(withEvidence.activityText()).evidenceCount()).isEqualTo(2);
    }

    @Test
    void aRevealedActivityIsSelectedAndListedPastAFilterOnceItsClientsRowsAreRead() {
        AgreedActivity pending = demoActivities.stream().filter(a -> a.status() == ActivityStatus.PENDING).findFirst().orElseThrow();
        model.statusFilterProperty().set(ActivitiesViewModel.STATUS_FILTERS.get(2)); // a status that hides it
        assertThat(model.rows()).noneMatch(r -> r.id().equals(pending.id()));

        model.reveal(pending.id());
        assertThat(model.selectedProperty().get().id()).isEqualTo(pending.id());
        assertThat(model.rows()).anyMatch(r -> r.id().equals(pending.id()));

        // another client's activity (a search hit opening that client): selected when that client's rows are read
        String other = DemoRows.standard().data().agreedActivities().stream().map(AgreedActivity::clientEmail)
                .filter(e -> !e.equals(email)).findFirst().orElseThrow();
        AgreedActivity theirs = DemoRows.standard().data().agreedActivities().stream()
                .filter(a -> a.clientEmail().equals(other)).findFirst().orElseThrow();
        model.reveal(theirs.id());
        assertThat(model.selectedProperty().get().id()).isEqualTo(pending.id());
        model.show(other);
        assertThat(model.selectedProperty().get().id()).isEqualTo(theirs.id());
    }

    @Test
    void filtersByStatusSourceAndVisibility() {
        model.statusFilterProperty().set(ActivitiesViewModel.STATUS_FILTERS.get(1)); // pending
        assertThat(model.rows()).isNotEmpty().allMatch(r -> r.status() == ActivityStatus.PENDING);
        model.statusFilterProperty().set(ActivitiesViewModel.STATUS_FILTERS.get(0));
        model.visibilityFilterProperty().set(ActivitiesViewModel.VISIBILITY_FILTERS.get(2)); // coach only
        assertThat(model.rows()).allMatch(ActivityRow::isPrivate)
                .hasSize((int) demoActivities.stream().filter(a -> a.visibility() == Visibility.COACH_ONLY).count());
        model.visibilityFilterProperty().set(ActivitiesViewModel.VISIBILITY_FILTERS.get(0));
        model.sourceFilterProperty().set(ActivitiesViewModel.SOURCE_FILTERS.get(2)); // session
        assertThat(model.rows()).allMatch(r -> r.source() == ActivitySource.SESSION)
                .hasSize((int) demoActivities.stream().filter(a -> a.source() == ActivitySource.SESSION).count());
        assertThat(model.summaryProperty().get()).startsWith(model.rows().size() + " of " + demoActivities.size());
    }

    @Test
    void presentingTakesPrivateActivitiesOutOfTheTableTheCountAndTheSelection() {
        long shared = demoActivities.stream().filter(a -> a.visibility() != Visibility.COACH_ONLY).count();
        assertThat(shared).isLessThan(demoActivities.size());
        ActivityRow privateRow = model.rows().stream().filter(ActivityRow::isPrivate).findFirst().orElseThrow();
        model.selectedProperty().set(privateRow);

        model.presentingProperty().set(true);
        assertThat(model.rows()).hasSize((int) shared).noneMatch(ActivityRow::isPrivate);
        assertThat(model.selectedProperty().get()).as("the open private activity closes").isNull();
        assertThat(model.summaryProperty().get()).isEqualTo(shared + " of " + shared + " activities");

        model.presentingProperty().set(false);
        assertThat(model.rows()).hasSize(demoActivities.size());
    }

    @Test
    void sortsByAnyColumn() {
        model.sortBy(ActivitySort.TEXT, true);
        assertThat(model.rows()).extracting(ActivityRow::text).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        model.sortBy(ActivitySort.EVIDENCE, false);
        assertThat(model.rows()).extracting(ActivityRow::evidenceCount)
                .isSortedAccordingTo(java.util.Comparator.<Integer>reverseOrder());
    }

    @Test
    void addingAnActivityWritesRowAndOutboxAndShowsItWaitingToSync() {
        model.addActivity("Walk before the first meeting", ActivitySource.SESSION, Visibility.COACH_ONLY, null);

        ActivityRow added = row("Walk before the first meeting");
        assertThat(added.status()).isEqualTo(ActivityStatus.PENDING);
        assertThat(added.isPrivate()).isTrue();
        assertThat(added.syncState()).isEqualTo(RowSyncState.PENDING);
        assertThat(model.selectedProperty().get()).isEqualTo(added);
        assertThat(outbox.forRow("agreed_activities", added.id())).get()
                .extracting(OutboxEntry::operation).isEqualTo(OutboxEntry.Operation.INSERT);
        assertThat(model.summaryProperty().get()).endsWith("1 waiting to sync or in conflict");
    }

    @Test
    void statusNotesAndVisibilityEditsGoThroughTheOutbox() {
        AgreedActivity pending = demoActivities.stream().filter(a -> a.status() == ActivityStatus.PENDING).findFirst().orElseThrow();
        ActivityRow row = row(pending.activityText());
        model.selectedProperty().set(row); // the editor acts on the coach's selection

        model.changeStatus(row, ActivityStatus.EVIDENCE_FOUND);
        model.editCoachNotes(row(pending.activityText()), SecretsLog.coachNote("Ask what made it possible"));
        model.changeVisibility(row(pending.activityText()), Visibility.COACH_ONLY);

        AgreedActivity cached = repository.findById(pending.id()).orElseThrow();
        assertThat(cached.status()).isEqualTo(ActivityStatus.EVIDENCE_FOUND);
        assertThat(cached.coachNotes()).isEqualTo("Ask what made it possible");
        assertThat(cached.visibility()).isEqualTo(Visibility.COACH_ONLY);
        ActivityRow shown = row(pending.activityText());
        assertThat(shown.syncState()).isEqualTo(RowSyncState.PENDING);
        assertThat(shown.coachNotes()).isEqualTo("Ask what made it possible");
        assertThat(outbox.forRow("agreed_activities", pending.id())).isPresent();
        assertThat(model.selectedProperty().get()).isEqualTo(shown);
    }

    @Test
    void notesTypedForOneActivityAreSavedWhenAnotherIsSelectedAndComeBackWithIt() {
        ActivityRow first = model.rows().get(0);
        ActivityRow second = model.rows().get(1);
        model.selectedProperty().set(first);
        model.notesDraftProperty().set(SecretsLog.coachNote("Ask about the Tuesday call first"));
        assertThat(model.notesUnsavedProperty().get()).isTrue();

        model.selectedProperty().set(row(second.text()));

        assertThat(repository.findById(first.id()).orElseThrow().coachNotes()).isEqualTo("Ask about the Tuesday call first");
        assertThat(outbox.forRow("agreed_activities", first.id())).isPresent();
        assertThat(model.selectedProperty().get().id()).isEqualTo(second.id());
        assertThat(model.notesDraftProperty().get()).isEqualTo(second.coachNotes() == null ? "" : second.coachNotes());
        model.selectedProperty().set(row(first.text()));
        assertThat(model.notesDraftProperty().get()).isEqualTo("Ask about the Tuesday call first");
        assertThat(model.notesUnsavedProperty().get()).isFalse();
    }

    @Test
    void notesAreSavedWhenAnotherClientIsShownAndOnATypingPause() {
        ActivityRow first = model.rows().get(0);
        model.selectedProperty().set(first);
        model.notesDraftProperty().set("typed, then paused");
        model.saveNotesNow();
        assertThat(repository.findById(first.id()).orElseThrow().coachNotes()).isEqualTo("typed, then paused");
        assertThat(model.selectedProperty().get().id()).isEqualTo(first.id());
        assertThat(model.notesDraftProperty().get()).isEqualTo("typed, then paused");

        model.notesDraftProperty().set("typed, then paused, then another client");
        model.show(DemoRows.standard().client(RelationshipStatus.ACTIVE, 1).email());
        assertThat(repository.findById(first.id()).orElseThrow().coachNotes()).isEqualTo("typed, then paused, then another client");
    }

    @Test
    void aStatusChangeKeepsTheRowSelectedAndListedEvenWhenTheFilterNoLongerMatches() {
        model.statusFilterProperty().set(ActivitiesViewModel.STATUS_FILTERS.get(1)); // pending
        ActivityRow pending = model.rows().get(0);
        model.selectedProperty().set(pending);
        model.notesDraftProperty().set("still typing");
        java.util.List<ActivityRow> seen = new java.util.ArrayList<>();
        model.selectedProperty().addListener((obs, old, now) -> seen.add(now));

        model.changeStatus(pending, ActivityStatus.RESOLVED);

        assertThat(seen).doesNotContainNull();
        assertThat(model.selectedProperty().get().id()).isEqualTo(pending.id());
        assertThat(model.selectedProperty().get().status()).isEqualTo(ActivityStatus.RESOLVED);
        assertThat(model.rows()).contains(model.selectedProperty().get());
        assertThat(model.notesDraftProperty().get()).isEqualTo("still typing");
        // the coach choosing a filter again lets the filter decide
        model.statusFilterProperty().set(ActivitiesViewModel.STATUS_FILTERS.get(0));
        model.statusFilterProperty().set(ActivitiesViewModel.STATUS_FILTERS.get(1));
        assertThat(model.rows()).noneMatch(r -> r.id().equals(pending.id()));
    }

    @Test
    void aNewActivitysTextIsKeptPerClientUntilAdded() {
        String other = DemoRows.standard().client(RelationshipStatus.ACTIVE, 1).email();
        model.newActivityTextProperty().set("Half-typed for this client");
        model.show(other);
        assertThat(model.newActivityTextProperty().get()).isEmpty();
        model.newActivityTextProperty().set("Another for the second client");
        model.show(email);
        assertThat(model.newActivityTextProperty().get()).isEqualTo("Half-typed for this client");
        model.show(other);
        assertThat(model.newActivityTextProperty().get()).isEqualTo("Another for the second client");
    }

    @Test
    void aNewActivityIsSelectedAndListedUnderAFilterThatWouldHideIt() {
        model.sourceFilterProperty().set(ActivitiesViewModel.SOURCE_FILTERS.get(1)); // focus
        model.addActivity("Added while filtered to Focus", ActivitySource.SESSION, Visibility.SHARED, null);
        assertThat(model.selectedProperty().get().text()).isEqualTo("Added while filtered to Focus");
        assertThat(model.rows()).contains(model.selectedProperty().get());
    }

    @Test
    void aConflictRecordedBySyncShowsOnTheRow() {
        AgreedActivity pending = demoActivities.get(0);
        model.editCoachNotes(row(pending.activityText()), "mine");
        OutboxEntry entry = outbox.forRow("agreed_activities", pending.id()).orElseThrow();
        com.fasterxml.jackson.databind.node.ObjectNode server = new com.fasterxml.jackson.databind.ObjectMapper()
                .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
                .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .valueToTree(pending);
        server.put("coach_notes", "theirs");
        new ConflictRepository(db).record(entry, server);

        model.refresh();
        assertThat(row(pending.activityText()).syncState()).isEqualTo(RowSyncState.CONFLICT);
    }

    @Test
    void refusedEditsShowTheStoresSentenceAndChangeNothing() {
        int before = model.rows().size();
        model.addActivity("  ", ActivitySource.SESSION, Visibility.SHARED, null);
        assertThat(model.errorProperty().get()).isEqualTo("Describe the activity before adding it.");
        assertThat(model.rows()).hasSize(before);
        assertThat(outbox.count()).isZero();
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void aCacheThatCannotBeWrittenIsASentenceNotACrash() {
        ActivityRow row = model.rows().get(0);
        db.close(); // the only way to make the real cache refuse a write here
        model.changeStatus(row, ActivityStatus.RESOLVED);
        assertThat(model.errorProperty().get()).isNotBlank();
        assertThat(model.errorDetailsProperty().get()).startsWith("java.lang.IllegalStateException");
        assertThat(model.rows()).contains(row); // what was on screen stays
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void selectingShowsTheEvidenceAsJson() {
        AgreedActivity resolved = demoActivities.stream().filter(a -> a.status() == ActivityStatus.RESOLVED).findFirst().orElseThrow();
        model.selectedProperty().set(row(resolved.activityText()));
        assertThat(model.selectedEvidenceProperty().get()).isInstanceOf(JsonShape.Timeline.class);
        model.show("someone.else@example.com");
        assertThat(model.rows()).isEmpty();
        assertThat(model.selectedProperty().get()).isNull();
        assertThat(model.selectedEvidenceProperty().get()).isEqualTo(new JsonShape.Nothing());
    }

    /**
     * Switching clients while the previous client's read is slow (held on a latch in the background
     * executor: a deterministic race, not timing) never shows the previous client's activities.
     */
    @Test
    void aSlowLoadForThePreviousClientNeverShowsUnderTheNextOne() throws Exception {
        DemoRows demo = DemoRows.standard();
        String next = demo.client(RelationshipStatus.ACTIVE, 1).email();
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger submitted = new AtomicInteger();
        ExecutorService pool = Executors.newCachedThreadPool();
        ExecutorService ui = Executors.newSingleThreadExecutor();
        Executor firstHeld = work -> {
            boolean first = submitted.getAndIncrement() == 0;
            pool.execute(() -> {
                if (first) {
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                work.run();
            });
        };
        try {
            ActivitiesViewModel switching = new ActivitiesViewModel(new StoreActivities(new CacheStore(db)), new Tasks(firstHeld, ui), new JsonShapeRecognizer());
            ui.submit(() -> switching.show(email)).get();
            ui.submit(() -> switching.show(next)).get();
            for (int i = 0; i < 3000 && ui.submit(() -> switching.renderCountProperty().get()).get() < 1; i++) {
                Thread.sleep(10);
            }
            assertThat(ui.submit(() -> List.copyOf(switching.rows())).get()).isNotEmpty()
                    .allMatch(row -> row.activity().clientEmail().equals(next));

            release.countDown();
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            ui.submit(() -> { }).get();
            assertThat(ui.submit(() -> switching.renderCountProperty().get()).get()).as("the late read was dropped").isEqualTo(1);
            assertThat(ui.submit(() -> List.copyOf(switching.rows())).get())
                    .allMatch(row -> row.activity().clientEmail().equals(next));
            assertThat(ui.submit(() -> switching.loadingProperty().get()).get()).isFalse();
        } finally {
            release.countDown();
            pool.shutdownNow();
            ui.shutdownNow();
        }
    }
}
