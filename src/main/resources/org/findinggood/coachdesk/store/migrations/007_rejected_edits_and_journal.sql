-- An edit the server refuses every time (forbidden, a rule of its own, a key taken by another row) is not a
-- conflict between two versions: it is kept here as a rejected entry with the server's reason, so it no
-- longer blocks the outbox and the coach can edit and retry it or discard it. NULL for ordinary conflicts.
ALTER TABLE conflict ADD COLUMN refusal TEXT;
ALTER TABLE conflict ADD COLUMN refusal_details TEXT;
-- The edit journal's sequence number (OutboxJournal, <cache>.journal): every commit that changes the outbox
-- or a conflict bumps it, and the journal frame written after the commit carries the same number. At open, a
-- journal ahead of the database means the database lost commits (a damaged WAL): its edits are restored.
CREATE TABLE IF NOT EXISTS journal_state (
    id  INTEGER PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL
);
INSERT OR IGNORE INTO journal_state (id, seq) VALUES (1, 0);
