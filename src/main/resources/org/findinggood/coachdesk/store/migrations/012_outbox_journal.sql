-- The edit journal's sequence number (OutboxJournal, <cache>.journal): every commit that changes the outbox
-- or a conflict bumps it, and the journal frame written after the commit carries the same number. At open, a
-- journal ahead of the database means the database lost commits (a damaged WAL): its edits are restored.
CREATE TABLE IF NOT EXISTS journal_state (
    id  INTEGER PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL
);
INSERT OR IGNORE INTO journal_state (id, seq) VALUES (1, 0);
