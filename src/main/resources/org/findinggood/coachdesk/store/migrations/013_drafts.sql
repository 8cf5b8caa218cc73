-- Local-only (never synced: no pull plan or outbox names this table). Text the coach has typed and not yet
-- saved as data, such as a half-typed new activity, kept per kind and key (the client's e-mail) so it
-- survives a client switch, a restart and a crash. A row is deleted once its text is saved or cleared.
CREATE TABLE IF NOT EXISTS draft (
    kind       TEXT NOT NULL,
    draft_key  TEXT NOT NULL,
    body       TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (kind, draft_key)
);
