-- What the last push attempt of an outbox entry sent (its revision and payload). An attempt whose
-- answer was lost may have landed; if the coach edits the row again before the retry, the retry finds
-- the older values on the server and must tell "our own earlier attempt" from "someone else's edit".
-- Kept here, not in memory, so that still works after a restart.
CREATE TABLE IF NOT EXISTS outbox_sent (
    table_name TEXT NOT NULL,
    row_id     TEXT NOT NULL,
    seq        INTEGER NOT NULL,
    revision   INTEGER NOT NULL,
    payload    TEXT NOT NULL,
    PRIMARY KEY (table_name, row_id)
);
