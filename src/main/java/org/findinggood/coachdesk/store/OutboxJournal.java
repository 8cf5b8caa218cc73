package org.findinggood.coachdesk.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The unsent edits (outbox and open conflicts, every column: values, base versions, times) kept a second
 * time, outside the database file, so damage to that file cannot take them: {@code <cache>.journal}.
 *
 * <p>Append-only: after every commit that changed the outbox or a conflict the cache appends one frame
 * holding both tables whole (they are small: a coach's unsent edits), numbered with the sequence the same
 * commit stored in the database ({@code journal_state}). A frame is {@code CDJF}, its length, a CRC-32 of its
 * body, and the body: AES-256-GCM (a fresh 96-bit nonce, the tag authenticates it) under a key derived from
 * the cache key, so the journal is as private as the cache. Reading keeps the last frame whose checksum and
 * tag hold, skipping torn or damaged ones. When the file passes {@link #COMPACT_AT} it is rewritten with only
 * the latest frame (temporary file, then an atomic move).
 */
final class OutboxJournal {

    static final String SUFFIX = ".journal";
    static final List<String> TABLES = List.of("outbox", "conflict");
    private static final byte[] MAGIC = "CDJF".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER = MAGIC.length + 8;
    private static final int NONCE = 12;
    private static final int MAX_FRAME = 64 * 1024 * 1024;
    static final long COMPACT_AT = 1024 * 1024;

    /** One frame: the commit's sequence number and the two tables as they were after it. */
    record Snapshot(long seq, List<TableCopy.Rows> tables) {
        int edits() {
            return tables.stream().mapToInt(TableCopy.Rows::size).sum();
        }
    }

    private final Path file;
    private final SecretKeySpec aesKey;
    private final SecureRandom random = new SecureRandom();

    OutboxJournal(Path cacheFile, CacheKey key) {
        this.file = journalOf(cacheFile);
        this.aesKey = key.raw().map(OutboxJournal::deriveKey).orElse(null);
    }

    /** Both tables as {@code connection} sees them now, numbered {@code seq}. */
    static Snapshot snapshot(java.sql.Connection connection, long seq) throws java.sql.SQLException {
        List<TableCopy.Rows> tables = new ArrayList<>();
        for (String table : TABLES) {
            tables.add(TableCopy.read(connection, table));
        }
        return new Snapshot(seq, tables);
    }

    static Path journalOf(Path cacheFile) {
        Path absolute = cacheFile.toAbsolutePath();
        return absolute.resolveSibling(absolute.getFileName() + SUFFIX);
    }

    Path file() {
        return file;
    }

    /** Appends {@code snapshot} and forces it to disk; compacts first when the file has grown large. */
    void append(Snapshot snapshot) throws IOException {
        byte[] frame = frame(snapshot);
        if (Files.exists(file) && Files.size(file) + frame.length > COMPACT_AT) {
            replaceWith(frame);
            return;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            channel.write(ByteBuffer.wrap(frame));
            channel.force(false);
        }
    }

    /** Starts the journal again with {@code snapshot} alone (at open, once the cache holds it). */
    void rewrite(Snapshot snapshot) throws IOException {
        replaceWith(frame(snapshot));
    }

    /** The newest intact frame, if any. */
    Optional<Snapshot> latest() throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        byte[] all = Files.readAllBytes(file);
        Snapshot newest = null;
        int at = 0;
        while (at + HEADER <= all.length) {
            if (!startsFrame(all, at)) {
                at++;
                continue;
            }
            ByteBuffer head = ByteBuffer.wrap(all, at + MAGIC.length, 8);
            int length = head.getInt();
            int crc = head.getInt();
            if (length <= 0 || length > MAX_FRAME || at + HEADER + length > all.length
                    || crc32(all, at + HEADER, length) != crc) {
                at++; // torn or damaged: look for the next frame
                continue;
            }
            Optional<Snapshot> read = decode(all, at + HEADER, length);
            if (read.isPresent() && (newest == null || read.get().seq() >= newest.seq())) {
                newest = read.get();
            }
            at += read.isPresent() ? HEADER + length : 1;
        }
        return Optional.ofNullable(newest);
    }

    private boolean startsFrame(byte[] all, int at) {
        for (int i = 0; i < MAGIC.length; i++) {
            if (all[at + i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    private void replaceWith(byte[] frame) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(ByteBuffer.wrap(frame));
            channel.force(false);
        }
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private byte[] frame(Snapshot snapshot) throws IOException {
        byte[] body = seal(CacheJson.MAPPER.writeValueAsBytes(toJson(snapshot)));
        ByteBuffer frame = ByteBuffer.allocate(HEADER + body.length);
        frame.put(MAGIC).putInt(body.length).putInt(crc32(body, 0, body.length)).put(body);
        return frame.array();
    }

    private byte[] seal(byte[] plain) throws IOException {
        if (aesKey == null) {
            return plain; // an unencrypted cache (tests, early versions): the CRC alone checks it
        }
        try {
            byte[] nonce = new byte[NONCE];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, aesKey, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IOException("Could not encrypt the edit journal", e);
        }
    }

    private Optional<Snapshot> decode(byte[] all, int offset, int length) {
        try {
            byte[] plain;
            if (aesKey == null) {
                plain = java.util.Arrays.copyOfRange(all, offset, offset + length);
            } else {
                if (length <= NONCE) {
                    return Optional.empty();
                }
                Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(Cipher.DECRYPT_MODE, aesKey, new GCMParameterSpec(128, all, offset, NONCE));
                plain = cipher.doFinal(all, offset + NONCE, length - NONCE);
            }
            return Optional.of(fromJson(CacheJson.MAPPER.readTree(plain)));
        } catch (GeneralSecurityException | IOException | RuntimeException unreadable) {
            return Optional.empty(); // another key's journal, or damage the CRC missed: not ours to trust
        }
    }

    private static ObjectNode toJson(Snapshot snapshot) {
        ObjectNode json = CacheJson.MAPPER.createObjectNode();
        json.put("seq", snapshot.seq());
        ArrayNode tables = json.putArray("tables");
        for (TableCopy.Rows rows : snapshot.tables()) {
            ObjectNode table = tables.addObject();
            table.put("table", rows.table());
            ArrayNode columns = table.putArray("columns");
            rows.columns().forEach(columns::add);
            ArrayNode values = table.putArray("rows");
            for (Object[] row : rows.values()) {
                ArrayNode line = values.addArray();
                for (Object value : row) {
                    if (value == null) {
                        line.addNull();
                        continue;
                    }
                    JsonNode node = CacheJson.MAPPER.valueToTree(
                            value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : value);
                    line.add(node);
                }
            }
        }
        return json;
    }

    private static Snapshot fromJson(JsonNode json) {
        List<TableCopy.Rows> tables = new ArrayList<>();
        for (JsonNode table : json.get("tables")) {
            List<String> columns = new ArrayList<>();
            table.get("columns").forEach(c -> columns.add(c.asText()));
            List<Object[]> values = new ArrayList<>();
            for (JsonNode line : table.get("rows")) {
                Object[] row = new Object[columns.size()];
                for (int i = 0; i < row.length; i++) {
                    JsonNode value = line.get(i);
                    row[i] = value == null || value.isNull() ? null
                            : value.isIntegralNumber() ? (Object) value.longValue()
                            : value.isNumber() ? (Object) value.doubleValue() : value.asText();
                }
                values.add(row);
            }
            tables.add(new TableCopy.Rows(table.get("table").asText(), columns, values));
        }
        return new Snapshot(json.get("seq").asLong(), tables);
    }

    private static int crc32(byte[] bytes, int offset, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, offset, length);
        return (int) crc.getValue();
    }

    /** A key of its own for the journal, derived from the cache key (the raw cache key is never reused as is). */
    private static SecretKeySpec deriveKey(byte[] cacheKey) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(cacheKey, "HmacSHA256"));
            return new SecretKeySpec(mac.doFinal("coach-desk-outbox-journal-v1".getBytes(StandardCharsets.UTF_8)), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
