-- Rows from the server the cache could not store (JSON nested deeper than the reader allows, bytes that
-- are not UTF-8, a null where the cache needs a value). Kept here, local only, so one such row does not stop
-- the rest of the sync, the coach can be told and can copy the details, and the pull tries it again when
-- the server changes it. A row that is stored later leaves this table.
CREATE TABLE IF NOT EXISTS quarantine (
    table_name TEXT NOT NULL,
    row_id     TEXT NOT NULL,
    error      TEXT NOT NULL,
    raw        TEXT NOT NULL,
    first_seen TEXT NOT NULL,
    last_seen  TEXT NOT NULL,
    PRIMARY KEY (table_name, row_id)
);
