package org.findinggood.coachdesk.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.mc.SQLiteMCConfig;
import org.sqlite.mc.SQLiteMCSqlCipherConfig;

/**
 * One workspace's cache: a SQLCipher-encrypted SQLite file (WAL, foreign keys on, busy timeout),
 * its local schema migrated at open.
 *
 * <p>Threads: use it from background threads only, never the FX thread. It holds <b>one</b>
 * connection guarded by a fair lock, so any number of threads may call it; they take turns.
 * Writes run in transactions ({@link #inTransaction}); repository calls made inside one join it,
 * so a sync page and its cursor, or an edit and its outbox entry, commit together or not at all.
 * {@link CacheChanges} listeners hear about a commit after it happened, on the writing thread. While a
 * table is being bulk-filled (its indexes set aside by {@link DeferredIndexes}), pulled pages of it are
 * announced once, when the fill ends, not page by page: a listener's read of it would scan the whole
 * unindexed table under the lock the writer needs.
 */
public final class CacheDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CacheDatabase.class);
    static final int BUSY_TIMEOUT_MS = 10_000;

    private final Path file;
    private final Connection connection;
    /** The unsent edits kept a second time outside the file; null for none. */
    private final OutboxJournal journal;
    private boolean journalFailureLogged;
    private final ReentrantLock lock = new ReentrantLock(true);
    private final CacheChanges changes = new CacheChanges();
    private final Set<String> touchedTables = new HashSet<>();
    /** Tables whose indexes are set aside for a bulk fill; pulled changes to them are held until it ends. */
    private final Set<String> bulkFilling = ConcurrentHashMap.newKeySet();
    private final Set<String> heldChanges = ConcurrentHashMap.newKeySet();
    private int depth;
    private boolean closed;
    /** The connection's current {@code PRAGMA synchronous}: FULL (as connected) or NORMAL. */
    private boolean synchronousFull = true;

    CacheDatabase(Path file, Connection connection, OutboxJournal journal) {
        this.file = file;
        this.connection = connection;
        this.journal = journal;
    }

    /**
     * Opens (or creates) the cache at {@code file}. Never throws for a damaged file or a wrong key:
     * the result says what happened in one sentence. Throws {@link CacheException} only when the
     * file cannot be written at all (full disk, no permission).
     */
    public static CacheOpenResult open(Path file, CacheKey key) {
        return new CacheOpener(file, key).open();
    }

    /**
     * Moves an unreadable cache (e.g. after {@link CacheOpenResult.Outcome#WRONG_KEY}) aside and
     * starts an empty one that the next full sync fills. Nothing in the old file can be salvaged.
     */
    public static CacheOpenResult rebuild(Path file, CacheKey key) {
        return new CacheOpener(file, key).rebuild();
    }

    public Path file() {
        return file;
    }

    public CacheChanges changes() {
        return changes;
    }

    /** Edits made here that the server has not accepted yet: the outbox plus open conflicts. */
    public int unsentEdits() {
        return read(c -> {
            try (Statement st = c.createStatement();
                 java.sql.ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM outbox) + (SELECT count(*) FROM conflict)")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    /** Runs {@code work} in one transaction (or joins the caller's); all or nothing. */
    public void inTransaction(Runnable work) {
        write(c -> {
            work.run();
            return null;
        });
    }

    /** Runs {@code work} in one transaction (or joins the caller's) and returns its result. */
    public <T> T inTransaction(Supplier<T> work) {
        return write(c -> work.get());
    }

    /**
     * A transaction whose loss the server can repair: a pulled page with its cursor. It commits with
     * {@code synchronous=NORMAL}: under WAL that is still atomic and safe against the app crashing; only a
     * power cut or OS crash may undo the last such commits, and then their cursor goes back with their rows,
     * so the next pull fetches them again. Skipping the fsync per page makes a first sync's hundreds of
     * commits cheaper. Everything else (the coach's edits and the outbox) keeps {@code FULL}: the next durable
     * commit also makes earlier WAL frames durable.
     */
    public void inRefetchableTransaction(Runnable work) {
        write(c -> {
            work.run();
            return null;
        }, false);
    }

    /** Reads under the lock, outside any transaction of other threads. */
    <T> T read(SqlWork<T> work) {
        lock.lock();
        try {
            ensureOpen();
            return work.run(connection);
        } catch (SQLException e) {
            throw CacheException.from(e);
        } finally {
            lock.unlock();
        }
    }

    /** Writes in a durable transaction; nested calls join the outermost one. */
    <T> T write(SqlWork<T> work) {
        return write(work, true);
    }

    private <T> T write(SqlWork<T> work, boolean durable) {
        Set<String> committedTables = Set.of();
        lock.lock();
        try {
            ensureOpen();
            boolean outermost = depth == 0;
            if (outermost) {
                touchedTables.clear();
                synchronous(durable);
                begin();
            }
            depth++;
            T result;
            try {
                result = work.run(connection);
            } catch (SQLException e) {
                abandon(outermost);
                throw CacheException.from(e);
            } catch (RuntimeException | Error e) {
                abandon(outermost);
                throw e;
            }
            depth--;
            if (outermost) {
                long journalSeq = journalTouched() ? bumpJournalSeq() : -1;
                commit();
                if (journalSeq >= 0) {
                    appendToJournal(journalSeq);
                }
                if (!durable) {
                    // a pulled page: the coach's own edits (durable) are always announced at once
                    for (String table : bulkFilling) {
                        if (touchedTables.remove(table)) {
                            heldChanges.add(table);
                        }
                    }
                }
                committedTables = Set.copyOf(touchedTables);
                touchedTables.clear();
            }
            return result;
        } finally {
            lock.unlock();
            // Outside the lock: a slow listener must not hold up other threads' reads.
            if (!committedTables.isEmpty() && !lock.isHeldByCurrentThread()) {
                changes.committed(committedTables);
            }
        }
    }

    private boolean journalTouched() {
        return journal != null && OutboxJournal.TABLES.stream().anyMatch(touchedTables::contains);
    }

    /** In the commit's own transaction: the number the journal frame for this commit will carry. */
    private long bumpJournalSeq() {
        try {
            execute("UPDATE journal_state SET seq = seq + 1");
            return journalSeq(connection);
        } catch (SQLException e) {
            rollbackQuietly();
            throw CacheException.from(e);
        }
    }

    static long journalSeq(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT seq FROM journal_state WHERE id = 1")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /**
     * After the commit: the outbox and conflicts as committed go to the journal. A failure here loses no edit
     * (the database has it); it is logged once, and the next commit's frame carries everything again.
     */
    private void appendToJournal(long seq) {
        try {
            journal.append(OutboxJournal.snapshot(connection, seq));
        } catch (java.io.IOException | SQLException | RuntimeException e) {
            if (!journalFailureLogged) {
                journalFailureLogged = true;
                LOG.warn("Could not write the edit journal beside the cache ({}); edits are kept in the cache only",
                        e.getClass().getSimpleName());
            }
        }
    }

    private void abandon(boolean outermost) {
        depth--;
        if (outermost) {
            rollbackQuietly();
        }
    }

    /** {@code table}'s indexes are set aside for a bulk fill: hold back pulled changes to it until {@link #bulkFillsEnded}. */
    void bulkFillStarted(String table) {
        bulkFilling.add(table);
    }

    /**
     * Every bulk fill ended (indexes back, or given up): listeners hear once of the tables whose pulled changes
     * were held. Call outside any transaction.
     */
    void bulkFillsEnded() {
        bulkFilling.clear();
        Set<String> held = Set.copyOf(heldChanges);
        heldChanges.removeAll(held);
        changes.committed(held);
    }

    /** Records that the current transaction changed {@code table} (for {@link CacheChanges}). */
    void touched(String table) {
        touchedTables.add(table);
    }

    Connection connectionForOpen() {
        return connection;
    }

    /** Switched outside transactions only (it applies to the connection's next commits). */
    private void synchronous(boolean full) {
        if (full == synchronousFull) {
            return;
        }
        try {
            execute(full ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = NORMAL");
            synchronousFull = full;
        } catch (SQLException e) {
            throw CacheException.from(e);
        }
    }

    // Explicit BEGIN/COMMIT on an auto-commit connection: after SQLITE_FULL, SQLite rolls the
    // transaction back by itself, and the driver's own transaction tracking would then run the
    // next "transaction" unprotected. Plain statements keep us in charge.
    private void begin() {
        try {
            if (!connection.getAutoCommit()) {
                connection.setAutoCommit(true);
            }
            execute("BEGIN IMMEDIATE");
        } catch (SQLException e) {
            throw CacheException.from(e);
        }
    }

    private void commit() {
        try {
            execute("COMMIT");
        } catch (SQLException e) {
            rollbackQuietly();
            throw CacheException.from(e);
        }
    }

    private void rollbackQuietly() {
        touchedTables.clear();
        try {
            execute("ROLLBACK");
        } catch (SQLException e) {
            // SQLite may have rolled back already (SQLITE_FULL, SQLITE_IOERR): nothing is left open.
            LOG.debug("Rollback after a failed cache transaction: {}", e.getMessage());
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("The cache is closed");
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            connection.close();
        } catch (SQLException e) {
            LOG.warn("Closing the cache failed", e);
        } finally {
            lock.unlock();
        }
    }

    /** A new connection with encryption (unless {@link CacheKey#none()}), WAL and our pragmas. */
    static Connection connect(Path file, CacheKey key) throws SQLException {
        SQLiteConfig config = key.raw()
                .<SQLiteConfig>map(raw -> {
                    SQLiteMCConfig mc = SQLiteMCSqlCipherConfig.getV4Defaults().withRawUnsaltedKey(raw).build();
                    return mc;
                })
                .orElseGet(SQLiteConfig::new);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        // WAL is switched on after the key check (CacheOpener), so a wrong key fails on a clean read.
        return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }
}
