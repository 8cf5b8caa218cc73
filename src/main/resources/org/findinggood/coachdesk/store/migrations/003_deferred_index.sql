-- Secondary indexes a big backfill set aside (DeferredIndexes): their DDL, so they are created again
-- after the backfill, or at the next open if the app stopped in between.
CREATE TABLE IF NOT EXISTS deferred_index (
    name       TEXT PRIMARY KEY,
    table_name TEXT NOT NULL,
    sql        TEXT NOT NULL
);
