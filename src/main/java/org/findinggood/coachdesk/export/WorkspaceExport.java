package org.findinggood.coachdesk.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.findinggood.coachdesk.store.CachedRows;

/**
 * Writes everything cached, for the whole workspace or one client, as one ZIP: {@code tables/<table>.json}
 * (an array of rows, the server's column names, values as synced: JSONB as JSON, timestamps as the
 * cache keeps them, UTC with microseconds), {@code summary.md} (readable, coach-only content marked)
 * and {@code manifest.json} (what is where, row counts, which content is coach-only). Written to a
 * temporary file beside the target and moved into place, so a failed or interrupted export never
 * leaves a half file under the chosen name. Runs off the FX thread.
 */
public final class WorkspaceExport {

    public static final String FORMAT = "coach-desk-export";
    public static final int VERSION = 1;

    /** What was written: the file and the rows per table. */
    public record Result(Path file, Map<String, Long> rows) {
        public long totalRows() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CachedRows cache;
    private final Clock clock;

    public WorkspaceExport(CachedRows cache, Clock clock) {
        this.cache = cache;
        this.clock = clock;
    }

    /** Exports the client's rows ({@code clientEmail}), or the whole workspace when it is null. */
    public Result write(Path target, String clientEmail, ExportProgress progress) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Map<String, Long> counts = new LinkedHashMap<>();
        long total = 0;
        for (CachedRows.Table table : CachedRows.SERVER_TABLES) {
            long n = cache.count(table, clientEmail);
            counts.put(table.name(), n);
            total += n;
        }
        Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".partial");
        try {
            Instant now = clock.instant();
            ExportSummary summary = new ExportSummary();
            long[] done = {0};
            long all = total;
            try (OutputStream file = Files.newOutputStream(temp); ZipOutputStream zip = new ZipOutputStream(file)) {
                for (CachedRows.Table table : CachedRows.SERVER_TABLES) {
                    zip.putNextEntry(new ZipEntry("tables/" + table.name() + ".json"));
                    // the ZIP entry stays open after the generator (closeEntry), and JSONB goes through the mapper
                    JsonGenerator json = JSON.createGenerator(zip).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                            .useDefaultPrettyPrinter();
                    json.writeStartArray();
                    try {
                        cache.forEach(table, clientEmail, row -> {
                            writeRow(json, table, row);
                            summary.add(table.name(), row);
                            done[0]++;
                            if (done[0] % 200 == 0 || done[0] == all) {
                                progress.rowsWritten(done[0], all);
                            }
                        });
                    } catch (UncheckedIOException e) {
                        throw e.getCause();
                    }
                    json.writeEndArray();
                    json.close();
                    zip.closeEntry();
                }
                String scope = clientEmail == null ? "whole workspace" : "one client";
                zip.putNextEntry(new ZipEntry("summary.md"));
                zip.write(summary.markdown(now, scope).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry("manifest.json"));
                zip.write(manifest(now, clientEmail, counts));
                zip.closeEntry();
            }
            progress.rowsWritten(all, all);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return new Result(target, counts);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void writeRow(JsonGenerator json, CachedRows.Table table, Map<String, Object> row) {
        try {
            json.writeStartObject();
            for (Map.Entry<String, Object> column : row.entrySet()) {
                json.writeFieldName(column.getKey());
                Object value = column.getValue();
                if (value == null) {
                    json.writeNull();
                } else if (table.jsonColumns().contains(column.getKey())) {
                    writeJsonText(json, value.toString());
                } else if (value instanceof Integer || value instanceof Long) {
                    json.writeNumber(((Number) value).longValue());
                } else if (value instanceof Number number) {
                    json.writeNumber(number.doubleValue());
                } else {
                    json.writeString(value.toString());
                }
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSONB column as the JSON it holds; text that is not JSON (never written by sync) stays a string. */
    private static void writeJsonText(JsonGenerator json, String text) throws IOException {
        try {
            json.writeTree(JSON.readTree(text));
        } catch (JsonParseException e) {
            json.writeString(text);
        }
    }

    private static byte[] manifest(Instant now, String clientEmail, Map<String, Long> counts) throws IOException {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("format", FORMAT);
        manifest.put("version", VERSION);
        manifest.put("exported_at", now.toString());
        manifest.put("scope", clientEmail == null ? "workspace" : "client");
        if (clientEmail != null) {
            manifest.put("client_email", clientEmail);
        }
        Map<String, Object> tables = new LinkedHashMap<>();
        counts.forEach((table, n) -> tables.put(table, Map.of("file", "tables/" + table + ".json", "rows", n)));
        manifest.put("tables", tables);
        manifest.put("coach_only", Map.of(
                "agreed_activities.coach_notes", "every value: the coach's own notes, never shown to the client",
                "agreed_activities where visibility = coach_only", "the whole row: a private activity"));
        manifest.put("values", "as synced: the server's column names; JSONB columns as JSON; timestamps as UTC"
                + " ISO-8601 with microseconds (the server's instant); enum columns as the server's text");
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest);
    }
}
