package org.findinggood.coachdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.findinggood.coachdesk.export.WorkspaceExport;
import org.findinggood.coachdesk.model.ActivitySource;
import org.findinggood.coachdesk.model.RelationshipStatus;
import org.findinggood.coachdesk.model.Visibility;
import org.findinggood.coachdesk.testsupport.supabase.SecretsLog;
import org.findinggood.coachdesk.ui.tabs.DemoCache;
import org.findinggood.coachdesk.ui.tabs.DemoRows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The coach's export round-trips: every row of every cached server table is in the ZIP with equal
 * values (read back here with this test's own SQL, not the exporter's reader), a client's export
 * holds all of that client's rows and nobody else's, coach-only content is marked in the summary,
 * and a failed export leaves no file under the chosen name. Real encrypted cache holding the demo.
 */
class CacheExportRoundTripTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private CacheDatabase db;
    private DemoRows demo;
    private String unsentNote;

    @BeforeEach
    void open() {
        demo = DemoRows.standard();
        db = DemoCache.open(dir.resolve("demo.db"), demo.data());
        // an edit not yet sent: the export holds what the coach sees, the local value
        unsentNote = SecretsLog.coachNote("Unsent note: ask about the *board* meeting <soon>");
        String email = demo.client(RelationshipStatus.ACTIVE, 0).email();
        var added = new LocalEdits(db).addActivity(email, ActivitySource.SESSION, Visibility.COACH_ONLY, "Private walk", null);
        new LocalEdits(db).editCoachNotes(added.id(), unsentNote);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<Map<String, Object>> cached(String table, String where) {
        return db.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + table + where)) {
                ResultSetMetaData meta = rs.getMetaData();
                List<Map<String, Object>> rows = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        row.put(meta.getColumnName(i), rs.getObject(i));
                    }
                    rows.add(row);
                }
                return rows;
            }
        });
    }

    private static Map<String, byte[]> unzip(Path zip) throws Exception {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    /** Every cached row is in the table's JSON, by id, with each column's value equal. */
    private static void assertSameRows(String table, List<Map<String, Object>> cachedRows, JsonNode exported) throws Exception {
        assertThat(exported.size()).as(table).isEqualTo(cachedRows.size());
        Map<String, JsonNode> byId = new HashMap<>();
        exported.forEach(row -> byId.put(row.get("id").asText(), row));
        for (Map<String, Object> row : cachedRows) {
            JsonNode out = byId.get(row.get("id").toString());
            assertThat(out).as(table + " " + row.get("id")).isNotNull();
            assertThat(out.size()).as("every column, no more").isEqualTo(row.size());
            for (Map.Entry<String, Object> column : row.entrySet()) {
                JsonNode value = out.get(column.getKey());
                String where = table + "." + column.getKey();
                Object stored = column.getValue();
                if (stored == null) {
                    assertThat(value.isNull()).as(where).isTrue();
                } else if (stored instanceof Number number) {
                    assertThat(value.asLong()).as(where).isEqualTo(number.longValue());
                } else if (value.isTextual()) {
                    assertThat(value.textValue()).as(where).isEqualTo(stored);
                } else {
                    // a JSONB column: the JSON it holds, equal as JSON
                    assertThat(value).as(where).isEqualTo(JSON.readTree(stored.toString()));
                }
            }
        }
    }

    @Test
    void theWholeWorkspaceRoundTripsRowForRow() throws Exception {
        AtomicLong lastDone = new AtomicLong();
        AtomicLong lastTotal = new AtomicLong();
        Path zip = dir.resolve("export.zip");
        // pages of 7 rows: every table is read across several pages
        WorkspaceExport.Result result = new WorkspaceExport(new CachedRows(db, 7), CLOCK).write(zip, null, (done, total) -> {
            assertThat(done).isGreaterThanOrEqualTo(lastDone.get());
            lastDone.set(done);
            lastTotal.set(total);
        });
        Map<String, byte[]> entries = unzip(zip);
        long rows = 0;
        for (CachedRows.Table table : CachedRows.SERVER_TABLES) {
            List<Map<String, Object>> cachedRows = cached(table.name(), "");
            assertSameRows(table.name(), cachedRows, JSON.readTree(entries.get("tables/" + table.name() + ".json")));
            rows += cachedRows.size();
        }
        assertThat(rows).isGreaterThan(500);
        assertThat(result.totalRows()).isEqualTo(rows);
        assertThat(lastDone.get()).isEqualTo(rows).isEqualTo(lastTotal.get());
        JsonNode manifest = JSON.readTree(entries.get("manifest.json"));
        assertThat(manifest.get("format").asText()).isEqualTo("coach-desk-export");
        assertThat(manifest.get("tables").get("agreed_activities").get("rows").asLong())
                .isEqualTo(cached("agreed_activities", "").size());
        String summary = new String(entries.get("summary.md"), StandardCharsets.UTF_8);
        // days in the app's one style ("23 Nov 2026"), not ISO
        assertThat(summary).containsPattern("Exported \\d{1,2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2} UTC");
        assertThat(summary).contains("## " + demo.client(RelationshipStatus.ACTIVE, 0).name())
                .contains("**[coach only]** Private walk")
                .contains("**[coach only]** note: Unsent note: ask about the \\*board\\* meeting \\<soon\\>");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".partial"));
        }
    }

    @Test
    void aClientsExportHoldsAllOfTheirRowsAndNobodyElses() throws Exception {
        String email = demo.client(RelationshipStatus.ACTIVE, 0).email();
        Path zip = dir.resolve("client.zip");
        new WorkspaceExport(new CachedRows(db), CLOCK).write(zip, email, (done, total) -> { });
        Map<String, byte[]> entries = unzip(zip);
        for (CachedRows.Table table : CachedRows.SERVER_TABLES) {
            String where = table.clientColumn() == null ? "" : " WHERE " + table.clientColumn() + " = '" + email + "'";
            assertSameRows(table.name(), cached(table.name(), where), JSON.readTree(entries.get("tables/" + table.name() + ".json")));
        }
        String other = demo.client(RelationshipStatus.ACTIVE, 1).email();
        assertThat(new String(entries.get("summary.md"), StandardCharsets.UTF_8)).doesNotContain(other);
        for (byte[] content : entries.values()) {
            assertThat(new String(content, StandardCharsets.UTF_8)).doesNotContain(other);
        }
    }

    @Test
    void aFailedExportLeavesNoFileUnderTheChosenName() throws Exception {
        Path zip = dir.resolve("failed.zip");
        Files.writeString(zip, "the export from last week");
        db.close();
        try {
            new WorkspaceExport(new CachedRows(db), CLOCK).write(zip, null, (done, total) -> { });
        } catch (RuntimeException expected) {
            // the cache is closed: the export fails
        }
        assertThat(Files.readString(zip)).as("the earlier file is untouched").isEqualTo("the export from last week");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".partial"));
        }
    }
}
