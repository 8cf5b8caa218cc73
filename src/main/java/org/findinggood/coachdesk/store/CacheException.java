package org.findinggood.coachdesk.store;

import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The local cache could not do what was asked. {@link #userMessage()} is one sentence for the
 * coach (what happened, what to do); {@link #getMessage()} adds the SQLite detail for "copy details".
 * Nothing was half-written: every write runs in one transaction that rolled back.
 */
public class CacheException extends RuntimeException {

    private final String userMessage;

    public CacheException(String userMessage, String detail, Throwable cause) {
        super(detail == null ? userMessage : userMessage + " (" + detail + ")", cause);
        this.userMessage = userMessage;
    }

    public String userMessage() {
        return userMessage;
    }

    /** Maps a driver error to the typed exception the UI can explain. */
    static CacheException from(SQLException e) {
        SQLiteErrorCode code = e instanceof SQLiteException sqlite ? sqlite.getResultCode() : null;
        String detail = e.getMessage();
        if (code == null) {
            return new CacheException(GENERIC, detail, e);
        }
        return switch (code) {
            case SQLITE_FULL -> new CacheFullException(detail, e);
            case SQLITE_CORRUPT, SQLITE_NOTADB, SQLITE_CORRUPT_VTAB -> new CacheException(
                    "Your local cache is damaged; restart Coach Desk and it will be rebuilt from the server.", detail, e);
            case SQLITE_BUSY, SQLITE_LOCKED, SQLITE_BUSY_RECOVERY, SQLITE_BUSY_SNAPSHOT -> new CacheException(
                    "The local cache is busy in another Coach Desk window or sync; try again in a moment.", detail, e);
            case SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_PERM, SQLITE_AUTH -> new CacheException(
                    "Coach Desk cannot open its local cache file; check that its folder is writable.", detail, e);
            default -> new CacheException(GENERIC, detail, e);
        };
    }

    private static final String GENERIC =
            "Coach Desk could not read or write its local cache; try again, and restart if it keeps happening.";
}
