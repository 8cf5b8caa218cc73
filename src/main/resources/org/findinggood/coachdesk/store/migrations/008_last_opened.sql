-- Local-only bookkeeping for the coach's day (never synced: no pull plan or outbox names these tables).
-- last_opened: when the coach last opened each client, on which tab and week (Quick Prep's "Since
-- <date>", Today's "new since you looked", and the last client restored at start).
CREATE TABLE IF NOT EXISTS last_opened (
    client_email TEXT PRIMARY KEY,
    opened_at    TEXT NOT NULL,
    tab          INTEGER NOT NULL DEFAULT 0,
    week_start   TEXT
);
-- today_dismissal: the coach took a client off Today; it comes back when a reason newer than this appears.
CREATE TABLE IF NOT EXISTS today_dismissal (
    client_email TEXT PRIMARY KEY,
    dismissed_at TEXT NOT NULL
);
