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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Opens a cache file and deals with what can be wrong with it: missing (create), damaged (salvage
 * unsent edits, move aside, start fresh), unencrypted from an earlier version (encrypt by copying,
 * keeping everything), or locked with another key (report, change nothing).
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
    /** Whether the last {@link #open()} read every page (no seal from a clean close); for tests. */
    private boolean checkedEveryPage;

    CacheOpener(Path file, CacheKey key) {
        this.file = file.toAbsolutePath();
        this.key = key;
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
                deleteSidecars(file);
                return new CacheOpenResult(CacheOpenResult.Outcome.CREATED, createFresh(List.of()), 0, null);
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
            return new CacheOpenResult(CacheOpenResult.Outcome.OPENED, finish(connection), 0, null);
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
            return new CacheOpenResult(CacheOpenResult.Outcome.REBUILT_ON_REQUEST, createFresh(List.of()), 0, aside);
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
        LOG.warn("Cache {} is damaged; salvaging unsent edits and rebuilding: {}", file.getFileName(), cause.getMessage());
        List<TableCopy.Rows> salvaged = connection == null ? List.of() : salvage(connection);
        closeQuietly(connection);
        Path aside = moveAside("corrupt");
        CacheDatabase fresh = createFresh(salvaged);
        restoreUnsentInserts(fresh);
        int kept = salvaged.stream().mapToInt(TableCopy.Rows::size).sum();
        LOG.info("Cache rebuilt; {} unsent edits kept, damaged file kept as {}", kept, aside.getFileName());
        return new CacheOpenResult(CacheOpenResult.Outcome.REBUILT_AFTER_DAMAGE, fresh, kept, aside);
    }

    /** New rows the coach made but never sent are whole in their outbox entry: show them again now. */
    private static void restoreUnsentInserts(CacheDatabase fresh) {
        RowRepositories repositories = new RowRepositories(fresh);
        for (OutboxEntry entry : new OutboxRepository(fresh).pending()) {
            if (entry.operation() != OutboxEntry.Operation.INSERT) {
                continue;
            }
            try {
                repositories.forTable(entry.table()).ifPresent(repository -> repository.upsertJson(entry.payload()));
            } catch (RuntimeException e) {
                // The entry itself is kept and will be pushed; only the local preview is missing.
                LOG.warn("Could not restore an unsent {} row from its outbox entry: {}", entry.table(), e.getMessage());
            }
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
                return new CacheOpenResult(CacheOpenResult.Outcome.REBUILT_AFTER_DAMAGE, createFresh(salvaged), kept, aside);
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

    private CacheDatabase createFresh(List<TableCopy.Rows> carryOver) throws SQLException, IOException {
        deleteSidecars(file);
        CacheSeal.remove(file);
        Connection connection = CacheDatabase.connect(file, key);
        try {
            SchemaMigrations.migrate(connection);
            TableCopy.writeAll(connection, carryOver);
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
        if (!Files.exists(keyCheckFile())) {
            writeKeyCheck();
        }
        return new CacheDatabase(file, connection);
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
