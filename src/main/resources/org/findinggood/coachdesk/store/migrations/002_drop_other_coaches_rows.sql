-- Until this version the pull filtered agreed_activities, rolling_aggregates and weekly_snapshots by
-- client only, so a client shared with another coach brought that coach's rows (activities with their
-- private coach_notes) into this cache. The pull now asks only for this coach's rows and null-coach
-- rows; this removes the others at once, at open, without waiting for the network. `coaches` holds only
-- the signed-in coach (the pull keeps it so); when it is empty (never synced) nothing is known and
-- nothing goes: the next pull purges by the coach's id. Rows with unsent edits stay for the push.
DELETE FROM agreed_activities
 WHERE coach_id IS NOT NULL
   AND EXISTS (SELECT 1 FROM coaches)
   AND coach_id NOT IN (SELECT id FROM coaches)
   AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.table_name = 'agreed_activities' AND o.row_id = agreed_activities.id);
DELETE FROM rolling_aggregates
 WHERE coach_id IS NOT NULL
   AND EXISTS (SELECT 1 FROM coaches)
   AND coach_id NOT IN (SELECT id FROM coaches)
   AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.table_name = 'rolling_aggregates' AND o.row_id = rolling_aggregates.id);
DELETE FROM weekly_snapshots
 WHERE coach_id IS NOT NULL
   AND EXISTS (SELECT 1 FROM coaches)
   AND coach_id NOT IN (SELECT id FROM coaches)
   AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.table_name = 'weekly_snapshots' AND o.row_id = weekly_snapshots.id);
