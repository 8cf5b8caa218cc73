package org.findinggood.coachdesk.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.findinggood.coachdesk.store.Conflict;
import org.findinggood.coachdesk.store.ConflictRepository;
import org.findinggood.coachdesk.store.ConflictResolution;
import org.findinggood.coachdesk.store.OutboxRepository;
import org.findinggood.coachdesk.ui.common.Tasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConflictsViewModelTest {

    @TempDir
    Path dir;

    private ConflictFixture fixture;
    private ConflictsViewModel model;
    private final AtomicInteger resolved = new AtomicInteger();

    @BeforeEach
    void setUp() {
        fixture = new ConflictFixture(dir);
        ConflictRepository conflicts = new ConflictRepository(fixture.db);
        model = new ConflictsViewModel(new ConflictsViewModel.ConflictStore() {
            @Override
            public List<Conflict> list() {
                return conflicts.list();
            }

            @Override
            public void resolve(Conflict conflict, ConflictResolution resolution) {
                conflicts.resolve(conflict, resolution);
            }
        }, Tasks.sameThread(), resolved::incrementAndGet);
        model.reload();
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    @Test
    void showsMineAgainstTheirs() {
        assertThat(model.conflicts()).hasSize(1);
        Conflict conflict = model.selectedProperty().get();
        assertThat(ConflictsViewModel.title(conflict)).startsWith("Agreed activity: ");
        assertThat(ConflictsViewModel.differences(conflict)).singleElement().satisfies(d -> {
            assertThat(d.label()).isEqualTo("Coach notes");
            assertThat(d.mine()).isEqualTo(ConflictFixture.MY_NOTES);
            assertThat(d.theirs()).isEqualTo(ConflictFixture.THEIR_NOTES);
        });
        assertThat(conflict.canKeepBothNotes()).isTrue();
    }

    @Test
    void takeTheirsDropsMyEdit() {
        model.resolve(ConflictResolution.TAKE_THEIRS);
        assertThat(model.conflicts()).isEmpty();
        assertThat(fixture.notesNow()).isEqualTo(ConflictFixture.THEIR_NOTES);
        assertThat(new OutboxRepository(fixture.db).forRow("agreed_activities", fixture.activity.id())).isEmpty();
        assertThat(resolved.get()).isEqualTo(1);
    }

    @Test
    void keepMineQueuesMyEditAgain() {
        model.resolve(ConflictResolution.KEEP_MINE);
        assertThat(model.conflicts()).isEmpty();
        assertThat(fixture.notesNow()).isEqualTo(ConflictFixture.MY_NOTES);
        assertThat(new OutboxRepository(fixture.db).forRow("agreed_activities", fixture.activity.id())).isPresent();
    }

    @Test
    void keepBothNotesKeepsBothTexts() {
        model.resolve(ConflictResolution.KEEP_BOTH_NOTES);
        assertThat(fixture.notesNow()).startsWith(ConflictFixture.MY_NOTES).endsWith(ConflictFixture.THEIR_NOTES)
                .contains("Other version");
    }
}
