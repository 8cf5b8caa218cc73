package org.findinggood.coachdesk.ui.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.findinggood.coachdesk.demo.DemoWorkspace;
import org.findinggood.coachdesk.model.AgreedActivity;
import org.findinggood.coachdesk.model.ActivityStatus;
import org.findinggood.coachdesk.store.AgreedActivityRepository;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.store.CacheKey;
import org.findinggood.coachdesk.store.ConflictRepository;
import org.findinggood.coachdesk.store.LocalEdits;
import org.findinggood.coachdesk.store.OutboxRepository;
import org.findinggood.coachdesk.testsupport.supabase.SecretsLog;

/**
 * A real cache with a real conflict in it: the coach edits an activity's notes (outbox entry), and
 * the server is found to have changed the same row, which is what the sync engine records when a
 * push is refused. The server's row is the cached row with other notes and a newer updated_at.
 */
public final class ConflictFixture implements AutoCloseable {

    static final String MY_NOTES = SecretsLog.coachNote("Ask about the release retro first.");
    static final String THEIR_NOTES = SecretsLog.coachNote("Client asked to talk about Sam's feedback.");

    public final CacheDatabase db;
    final AgreedActivity activity;

    public ConflictFixture(Path dir) {
        db = CacheDatabase.open(dir.resolve("conflicts.db"), CacheKey.forDemo()).database();
        DemoWorkspace.standard(LocalDate.of(2026, 11, 25)).writeTo(db);
        AgreedActivityRepository activities = new AgreedActivityRepository(db);
        activity = activities.all().stream().filter(a -> a.status() == ActivityStatus.PENDING).findFirst().orElseThrow();
        new LocalEdits(db).editCoachNotes(activity.id(), MY_NOTES);
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        ObjectNode server = json.valueToTree(activity);
        server.put("coach_notes", THEIR_NOTES);
        server.put("updated_at", OffsetDateTime.parse("2026-11-25T12:00:00Z").toString());
        var entry = new OutboxRepository(db).forRow("agreed_activities", activity.id()).orElseThrow();
        new ConflictRepository(db).record(entry, server);
    }

    String notesNow() {
        return new AgreedActivityRepository(db).findById(activity.id()).orElseThrow().coachNotes();
    }

    @Override
    public void close() {
        db.close();
    }
}
