package org.findinggood.coachdesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Opens a cache file and deals with what can be wrong with it: missing (create), damaged (salvage
 * unsent edits, move aside, start fresh), unencrypted from an earlier version (encrypt by copying,
 * keeping everything), or locked with another key (report, change nothing).
 *
 * <p>Unsent edits are also kept in the {@link OutboxJournal} beside the file, which damage to the file cannot
 * reach: a damaged (or emptied) file is rebuilt with the journal's edits, and a file that lost its latest
 * commits (a damaged WAL is dropped by SQLite without a word) gets them back from it. Salvage from the damaged
 * file itself is the fallback when there is no readable journal (a cache from before the journal).
 *
 * <p>A wrong key and a damaged first page look the same to SQLCipher (SQLITE_NOTADB). A small
 * {@code .keycheck} file next to the cache holds a one-way hash of the key it was made with:
 * when it matches, the file is damaged; otherwise the key is wrong and we never destroy data.
 */
final class CacheOpener {

    private static final Logger LOG = LoggerFactory.getLogger(CacheOpener.class);
    private static final byte[] PLAIN_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final List<String> UNSENT_TABLES = List.of("outbox", "conflict");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'");

    private final Path file;
    private final CacheKey key;
    private final OutboxJournal journal;
    /** Edits the last open took back from the journal into a file that had lost them (0: none). */
    private int restoredFromJournal;
    private final java.util.Map<String, Integer> restoredByTable = new java.util.TreeMap<>();
    /** Whether the last {@link #open()} read every page (no seal from a clean close); for tests. */
    private boolean checkedEveryPage;

    CacheOpener(Path file, CacheKey key) {
        this.file = file.toAbsolutePath();
        this.key = key;
        this.journal = new OutboxJournal(this.file, key);
    }

    CacheOpenResult open() {
        try {
            return openOrExplain();
        } catch (CacheException e) {
            if (!(e instanceof CacheFullException) && diskFull()) {
                // SQLite reports a full disk at open as an I/O error or "cannot open", not SQLITE_FULL
                throw CacheFullException.atOpen(e.getMessage(), e);
            }
            throw e;
        }
    }

    /** Less room left where the cache lives than SQLite needs to open it (its WAL and shared-memory files). */
    private boolean diskFull() {
        try {
            return Files.getFileStore(file.getParent()).getUsableSpace() < FULL_BELOW;
        } catch (IOException | RuntimeException unknown) {
            return false;
        }
    }

    private static final long FULL_BELOW = 1024 * 1024;

    private CacheOpenResult openOrExplain() {
        try {
            Files.createDirectories(file.getParent());
            // Broken now, whatever happens next: this session may not close cleanly.
            boolean untouchedSinceCleanClose = CacheSeal.breakSeal(file);
            if (!Files.exists(file) || Files.size(file) == 0) {
                Optional<OutboxJournal.Snapshot> journaled = readJournal();
                if (journaled.isPresent() && journaled.get().edits() > 0) {
                    // The file is gone or emptied, the edits are not: rebuild with them, as after damage.
                    LOG.warn("Cache {} is missing or empty; rebuilding with the unsent edits of its journal", file.getFileName());
                    Path aside = Files.exists(file) ? moveAside("corrupt") : null;
                    return rebuiltWith(journaled.get().tables(), journaled.get().seq(), aside);
                }
                deleteSidecars(file);
                return new CacheOpenResult(CacheOpenResult.Outcome.CREATED, createFresh(List.of(), 0), 0, null);
            }
            if (key.encrypts() && hasPlainHeader()) {
                return migrateToEncrypted();
            }
            Connection connection;
            try {
                connection = CacheDatabase.connect(file, key);
            } catch (SQLException e) {
                return unreadable(null, e);
            }
            try {
                checkedEveryPage = !untouchedSinceCleanClose;
                if (untouchedSinceCleanClose) {
                    checkReadable(connection);
                } else {
                    checkIntegrity(connection);
                }
            } catch (SQLException | DamagedCacheException e) {
                return unreadable(connection, e);
            }
            CacheDatabase opened = finish(connection);
            if (restoredFromJournal > 0) {
                return new CacheOpenResult(CacheOpenResult.Outcome.EDITS_RESTORED, opened, restoredFromJournal, null,
                        restoredByTable);
            }
            return new CacheOpenResult(CacheOpenResult.Outcome.OPENED, opened, 0, null);
        } catch (SQLException e) {
            throw CacheException.from(e);
        } catch (IOException e) {
            throw ioFailure(e);
        }
    }

    CacheOpenResult rebuild() {
        try {
            Files.createDirectories(file.getParent());
            Path aside = Files.exists(file) ? moveAside("unreadable") : null;
            return new CacheOpenResult(CacheOpenResult.Outcome.REBUILT_ON_REQUEST, createFresh(List.of(), 0), 0, aside);
        } catch (SQLException e) {
            throw CacheException.from(e);
        } catch (IOException e) {
            throw ioFailure(e);
        }
    }

    private CacheOpenResult unreadable(Connection connection, Exception cause) throws SQLException, IOException {
        if (diskFull()) {
            // not damage: a full disk; the file stays where it is
            closeQuietly(connection);
            throw CacheFullException.atOpen(cause.getMessage(), cause);
        }
        boolean notADatabase = cause instanceof SQLiteException sqlite && sqlite.getResultCode() == SQLiteErrorCode.SQLITE_NOTADB;
        if (notADatabase && !keyCheckMatches()) {
            closeQuietly(connection);
            LOG.warn("Cache {} cannot be opened with the stored key", file.getFileName());
            return new CacheOpenResult(CacheOpenResult.Outcome.WRONG_KEY, null, 0, null);
        }
        if (!notADatabase && !(cause instanceof DamagedCacheException) && !isCorruption(cause)) {
            closeQuietly(connection);
            throw cause instanceof SQLException sql ? CacheException.from(sql) : new IllegalStateException(cause);
        }
        LOG.warn("Cache {} is damaged; rebuilding it with its unsent edits: {}", file.getFileName(), cause.getMessage());
        Optional<OutboxJournal.Snapshot> journaled = readJournal();
        // The journal holds every unsent edit whole; rows salvaged from a damaged file may be damaged too.
        List<TableCopy.Rows> kept = journaled.map(OutboxJournal.Snapshot::tables)
                .orElseGet(() -> connection == null ? List.of() : salvage(connection));
        closeQuietly(connection);
        Path aside = moveAside("corrupt");
        return rebuiltWith(kept, journaled.map(OutboxJournal.Snapshot::seq).orElse(0L), aside);
    }

    private CacheOpenResult rebuiltWith(List<TableCopy.Rows> kept, long seq, Path aside) throws SQLException, IOException {
        CacheDatabase fresh = createFresh(kept, seq);
        restoreUnsentRows(fresh);
        java.util.Map<String, Integer> byTable = editsByTable(kept);
        int count = byTable.values().stream().mapToInt(Integer::intValue).sum();
        LOG.info("Cache rebuilt; {} unsent edits kept, damaged file kept as {}", count,
                aside == null ? "(none)" : aside.getFileName());
        return new CacheOpenResult(CacheOpenResult.Outcome.REBUILT_AFTER_DAMAGE, fresh, count, aside, byTable);
    }

    /** How many edits of each server table {@code tables} (outbox and conflict rows) hold. */
    private static java.util.Map<String, Integer> editsByTable(List<TableCopy.Rows> tables) {
        java.util.Map<String, Integer> byTable = new java.util.TreeMap<>();
        for (TableCopy.Rows rows : tables) {
            int column = rows.columns().indexOf("table_name");
            for (Object[] row : rows.values()) {
                String table = column < 0 || row[column] == null ? "unknown" : row[column].toString();
                byTable.merge(table, 1, Integer::sum);
            }
        }
        return byTable;
    }

    private Optional<OutboxJournal.Snapshot> readJournal() {
        try {
            return journal.latest();
        } catch (IOException | RuntimeException e) {
            LOG.warn("The edit journal beside the cache cannot be read ({}); using what the cache file holds",
                    e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /**
     * The coach's unsent edits shown again on the cached rows: a new row is whole in its insert entry (with the
     * time the coach made it as its created and updated times, which the entry leaves to the server); an
     * edit of an existing row is laid over the row where the cache still has it.
     */
    private static void restoreUnsentRows(CacheDatabase db) {
        RowRepositories repositories = new RowRepositories(db);
        for (OutboxEntry entry : new OutboxRepository(db).pending()) {
            try {
                repositories.forTable(entry.table()).ifPresent(repository -> {
                    if (entry.operation() == OutboxEntry.Operation.INSERT) {
                        com.fasterxml.jackson.databind.node.ObjectNode row = entry.payload();
                        String made = Columns.timestamp(entry.createdAt());
                        if (!row.hasNonNull("created_at")) {
                            row.put("created_at", made);
                        }
                        if (!row.hasNonNull("updated_at")) {
                            row.put("updated_at", made);
                        }
                        repository.upsertJson(row);
                    } else {
                        db.write(c -> {
                            repository.applyPatch(c, entry.rowId(), entry.payload());
                            return null;
                        });
                    }
                });
            } catch (RuntimeException e) {
                // The entry itself is kept and will be pushed; only the local preview is missing.
                LOG.warn("Could not show an unsent {} edit on its cached row: {}", entry.table(), e.getClass().getSimpleName());
            }
        }
    }

    /**
     * After the file opened: if the journal is ahead of it, the file lost its latest commits (SQLite drops a
     * damaged WAL's frames silently) and the journal's unsent edits replace the file's. Then the journal starts
     * again with what the file now holds.
     */
    private void reconcileJournal(Connection connection) throws SQLException {
        long fileSeq = CacheDatabase.journalSeq(connection);
        Optional<OutboxJournal.Snapshot> journaled = readJournal();
        if (journaled.isPresent() && journaled.get().seq() > fileSeq) {
            OutboxJournal.Snapshot ahead = journaled.get();
            LOG.warn("Cache {} is behind its edit journal ({} < {}); restoring the journal's unsent edits",
                    file.getFileName(), fileSeq, ahead.seq());
            try (Statement st = connection.createStatement()) {
                st.execute("BEGIN IMMEDIATE");
                for (String table : OutboxJournal.TABLES) {
                    st.execute("DELETE FROM " + table);
                }
                st.execute("UPDATE journal_state SET seq = " + ahead.seq());
                st.execute("COMMIT");
            }
            TableCopy.writeAll(connection, ahead.tables());
            restoredByTable.putAll(editsByTable(ahead.tables()));
            restoredFromJournal = ahead.edits();
        }
        try {
            journal.rewrite(OutboxJournal.snapshot(connection, Math.max(fileSeq, journaled.map(OutboxJournal.Snapshot::seq).orElse(0L))));
        } catch (IOException e) {
            LOG.warn("Could not write the edit journal beside the cache ({}); edits are kept in the cache only",
                    e.getClass().getSimpleName());
        }
    }

    private List<TableCopy.Rows> salvage(Connection damaged) {
        return UNSENT_TABLES.stream().map(table -> {
            try {
                return TableCopy.read(damaged, table);
            } catch (SQLException e) {
                LOG.warn("Could not salvage {} from the damaged cache: {}", table, e.getMessage());
                return new TableCopy.Rows(table, List.of(), List.of());
            }
        }).toList();
    }

    // the damaged file is closed before it is moved aside, inside the try that would close it later
    @SuppressWarnings("try")
    private CacheOpenResult migrateToEncrypted() throws SQLException, IOException {
        LOG.info("Encrypting cache {} written by an earlier version", file.getFileName());
        List<TableCopy.Rows> everything;
        try (Connection plain = CacheDatabase.connect(file, CacheKey.none())) {
            try {
                checkIntegrity(plain);
            } catch (SQLException | DamagedCacheException e) {
                List<TableCopy.Rows> salvaged = salvage(plain);
                plain.close();
                Path aside = moveAside("corrupt");
                int kept = salvaged.stream().mapToInt(TableCopy.Rows::size).sum();
                return new CacheOpenResult(CacheOpenResult.Outcome.REBUILT_AFTER_DAMAGE, createFresh(salvaged, 0), kept, aside);
            }
            SchemaMigrations.migrate(plain);
            everything = TableCopy.readAll(plain);
        }
        Path encrypting = file.resolveSibling(file.getFileName() + ".encrypting");
        Files.deleteIfExists(encrypting);
        deleteSidecars(encrypting);
        try (Connection encrypted = CacheDatabase.connect(encrypting, key)) {
            SchemaMigrations.migrate(encrypted);
            TableCopy.writeAll(encrypted, everything);
        }
        // Plain file closed cleanly (its WAL checkpointed); replace it in one step so a crash
        // leaves either the old plain cache or the complete encrypted one.
        deleteSidecars(file);
        move(encrypting, file);
        writeKeyCheck();
        int kept = everything.stream().filter(rows -> UNSENT_TABLES.contains(rows.table())).mapToInt(TableCopy.Rows::size).sum();
        Connection connection = CacheDatabase.connect(file, key);
        return new CacheOpenResult(CacheOpenResult.Outcome.MIGRATED_TO_ENCRYPTED, finish(connection), kept, null);
    }

    /** A new file holding {@code carryOver} (unsent edits), its journal number set to {@code journalSeq}. */
    private CacheDatabase createFresh(List<TableCopy.Rows> carryOver, long journalSeq) throws SQLException, IOException {
        deleteSidecars(file);
        CacheSeal.remove(file);
        Connection connection = CacheDatabase.connect(file, key);
        try {
            SchemaMigrations.migrate(connection);
            TableCopy.writeAll(connection, carryOver);
            try (Statement st = connection.createStatement()) {
                st.execute("UPDATE journal_state SET seq = " + journalSeq);
            }
            writeKeyCheck();
            return finish(connection);
        } catch (SQLException | IOException | RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    private CacheDatabase finish(Connection connection) throws SQLException, IOException {
        try (Statement st = connection.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA journal_mode = WAL")) {
                rs.next();
            }
            // Up to 64 MB of page cache (allocated only as used): a big pull transaction that spills
            // pages early makes SQLCipher encrypt them again and again (measured: 3-4x slower).
            st.execute("PRAGMA cache_size = -65536");
            st.execute("PRAGMA temp_store = MEMORY");
            SchemaMigrations.migrate(connection);
            DeferredIndexes.restore(connection);
        }
        reconcileJournal(connection);
        if (!Files.exists(keyCheckFile())) {
            writeKeyCheck();
        }
        CacheDatabase db = new CacheDatabase(file, connection, journal);
        if (restoredFromJournal > 0) {
            restoreUnsentRows(db);
        }
        return db;
    }

    boolean checkedEveryPage() {
        return checkedEveryPage;
    }

    /**
     * For a file sealed at a clean close and untouched since: the key opens it and its schema reads.
     * A wrong key or a damaged first page fails here as it would in the full check.
     */
    private static void checkReadable(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master")) {
            rs.next();
        }
    }

    private static void checkIntegrity(Connection connection) throws SQLException, DamagedCacheException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA quick_check(1)")) {
            String verdict = rs.next() ? rs.getString(1) : "no answer";
            if (!"ok".equalsIgnoreCase(verdict)) {
                throw new DamagedCacheException(verdict);
            }
        }
    }

    private static boolean isCorruption(Exception e) {
        if (e instanceof SQLiteException sqlite) {
            SQLiteErrorCode code = sqlite.getResultCode();
            return code == SQLiteErrorCode.SQLITE_CORRUPT || code == SQLiteErrorCode.SQLITE_NOTADB
                    || code.name().startsWith("SQLITE_CORRUPT") || code.name().startsWith("SQLITE_IOERR_SHORT_READ");
        }
        return false;
    }

    private boolean hasPlainHeader() throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(PLAIN_HEADER.length), PLAIN_HEADER);
        }
    }

    private Path keyCheckFile() {
        return file.resolveSibling(file.getFileName() + ".keycheck");
    }

    private boolean keyCheckMatches() throws IOException {
        Path check = keyCheckFile();
        return Files.exists(check) && Files.readString(check).trim().equals(key.fingerprint());
    }

    private void writeKeyCheck() throws IOException {
        Path tmp = keyCheckFile().resolveSibling(keyCheckFile().getFileName() + ".tmp");
        Files.writeString(tmp, key.fingerprint() + "\n");
        move(tmp, keyCheckFile());
    }

    private Path moveAside(String why) throws IOException {
        String stamp = STAMP.format(ZonedDateTime.now(ZoneOffset.UTC));
        Path aside = file.resolveSibling(file.getFileName() + "." + why + "-" + stamp);
        for (int n = 2; Files.exists(aside); n++) {
            aside = file.resolveSibling(file.getFileName() + "." + why + "-" + stamp + "-" + n);
        }
        Files.move(file, aside);
        for (String suffix : List.of("-wal", "-shm")) {
            Path sidecar = file.resolveSibling(file.getFileName() + suffix);
            if (Files.exists(sidecar)) {
                Files.move(sidecar, aside.resolveSibling(aside.getFileName() + suffix));
            }
        }
        Files.deleteIfExists(keyCheckFile());
        CacheSeal.remove(file);
        return aside;
    }

    private static void deleteSidecars(Path db) throws IOException {
        Files.deleteIfExists(db.resolveSibling(db.getFileName() + "-wal"));
        Files.deleteIfExists(db.resolveSibling(db.getFileName() + "-shm"));
        Files.deleteIfExists(db.resolveSibling(db.getFileName() + "-journal"));
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debug("Closing a cache connection failed", e);
            }
        }
    }

    private CacheException ioFailure(IOException e) {
        boolean full = e instanceof FileSystemException fse && fse.getReason() != null
                && fse.getReason().toLowerCase().contains("no space");
        if (full) {
            return new CacheFullException(e.getMessage(), e);
        }
        return new CacheException("Coach Desk cannot open its local cache file; check that its folder is writable.",
                e.getMessage(), e);
    }

    /** quick_check found damage the driver did not report as an error. */
    private static final class DamagedCacheException extends Exception {
        DamagedCacheException(String verdict) {
            super("integrity check: " + verdict);
        }
    }
}
