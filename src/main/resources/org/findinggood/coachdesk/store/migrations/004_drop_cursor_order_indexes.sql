-- Indexes on each table's sync cursor column ((updated_at, id), (created_at, id)) served no query: the
-- pull reads the server in cursor order and keeps its position in sync_cursor, and every screen reads
-- by client. Each still cost a random-order insert per pulled row (the first sync's main cost).
DROP INDEX IF EXISTS idx_relationships_updated;
DROP INDEX IF EXISTS idx_snapshots_created;
DROP INDEX IF EXISTS idx_aggregates_updated;
DROP INDEX IF EXISTS idx_activities_updated;
DROP INDEX IF EXISTS idx_permissions_updated;
DROP INDEX IF EXISTS idx_checkins_created;
