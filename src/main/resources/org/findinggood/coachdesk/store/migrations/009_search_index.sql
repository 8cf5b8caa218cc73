-- Full-text search over everything cached for the coach (Ctrl+K). One FTS5 document per searchable row;
-- its rowid is the source row's rowid * 8 + a table code, so an update or delete finds it without a scan.
-- unicode61 with remove_diacritics 2 folds accents ("jose" finds "José"). JSON columns contribute their
-- text values only. Clients (names, e-mails, invite codes) have a small index of their own, ranked by
-- relevance; the text index is read newest row first, which stays fast however many rows match. No
-- prefix indexes: they made each pulled row's upkeep ~70% dearer and prefix queries were fast without.
-- Triggers keep it current inside the transaction that writes the row: a pulled page, a local edit, a
-- conflict's server row, a reconciliation delete, all commit with their index entries or not at all.
CREATE VIRTUAL TABLE IF NOT EXISTS search_text USING fts5(
    client_email UNINDEXED,
    source UNINDEXED,
    row_id UNINDEXED,
    at UNINDEXED,
    body,
    tokenize = "unicode61 remove_diacritics 2"
);
CREATE VIRTUAL TABLE IF NOT EXISTS search_client USING fts5(
    client_email UNINDEXED,
    source UNINDEXED,
    row_id UNINDEXED,
    at UNINDEXED,
    body,
    tokenize = "unicode61 remove_diacritics 2"
);
-- filled from scratch (idempotent: a cache taken back to an older schema version runs this again)
DELETE FROM search_text;
DELETE FROM search_client;

CREATE TRIGGER IF NOT EXISTS search_clients_insert AFTER INSERT ON clients BEGIN
    INSERT INTO search_client (rowid, client_email, source, row_id, at, body)
    VALUES (NEW.rowid * 8 + 1, NEW.email, 'clients', NEW.id, NULL,
        coalesce(NEW.name, '') || ' ' || 
        coalesce(NEW.email, ''));
END;

CREATE TRIGGER IF NOT EXISTS search_clients_update AFTER UPDATE ON clients BEGIN
    DELETE FROM search_client WHERE rowid = OLD.rowid * 8 + 1;
    INSERT INTO search_client (rowid, client_email, source, row_id, at, body)
    VALUES (NEW.rowid * 8 + 1, NEW.email, 'clients', NEW.id, NULL,
        coalesce(NEW.name, '') || ' ' || 
        coalesce(NEW.email, ''));
END;

CREATE TRIGGER IF NOT EXISTS search_clients_delete AFTER DELETE ON clients BEGIN
    DELETE FROM search_client WHERE rowid = OLD.rowid * 8 + 1;
END;

-- existing rows of clients
INSERT INTO search_client (rowid, client_email, source, row_id, at, body)
    SELECT s.rowid * 8 + 1, s.email, 'clients', s.id, NULL,
        coalesce(s.name, '') || ' ' || 
        coalesce(s.email, '')
    FROM clients s;

CREATE TRIGGER IF NOT EXISTS search_coaching_relationships_insert AFTER INSERT ON coaching_relationships BEGIN
    INSERT INTO search_client (rowid, client_email, source, row_id, at, body)
    VALUES (NEW.rowid * 8 + 2, NEW.client_email, 'coaching_relationships', NEW.id, substr(NEW.created_at, 1, 10),
        coalesce(NEW.invite_code, '') || ' ' || 
        coalesce(NEW.client_email, ''));
END;

CREATE TRIGGER IF NOT EXISTS search_coaching_relationships_update AFTER UPDATE ON coaching_relationships BEGIN
    DELETE FROM search_client WHERE rowid = OLD.rowid * 8 + 2;
    INSERT INTO search_client (rowid, client_email, source, row_id, at, body)
    VALUES (NEW.rowid * 8 + 2, NEW.client_email, 'coaching_relationships', NEW.id, substr(NEW.created_at, 1, 10),
        coalesce(NEW.invite_code, '') || ' ' || 
        coalesce(NEW.client_email, ''));
END;

CREATE TRIGGER IF NOT EXISTS search_coaching_relationships_delete AFTER DELETE ON coaching_relationships BEGIN
    DELETE FROM search_client WHERE rowid = OLD.rowid * 8 + 2;
END;

-- existing rows of coaching_relationships
INSERT INTO search_client (rowid, client_email, source, row_id, at, body)
    SELECT s.rowid * 8 + 2, s.client_email, 'coaching_relationships', s.id, substr(s.created_at, 1, 10),
        coalesce(s.invite_code, '') || ' ' || 
        coalesce(s.client_email, '')
    FROM coaching_relationships s;

CREATE TRIGGER IF NOT EXISTS search_weekly_snapshots_insert AFTER INSERT ON weekly_snapshots BEGIN
    INSERT INTO search_text (rowid, client_email, source, row_id, at, body)
    VALUES (NEW.rowid * 8 + 3, NEW.client_email, 'weekly_snapshots', NEW.id, NEW.week_start,
        coalesce(CASE WHEN json_valid(NEW.themes) THEN (SELECT group_concat(value, ' ') FROM json_tree(NEW.themes) WHERE type = 'text') ELSE NEW.themes END, '') || ' ' || 
        coalesce(CASE WHEN json_valid(NEW.language_patterns) THEN (SELECT group_concat(value, ' ') FROM json_tree(NEW.language_patterns) WHERE type = 'text') ELSE NEW.language_patterns END, '') || ' ' || 
        coalesce(CASE WHEN json_valid(NEW.fires_signals) THEN (SELECT group_concat(value, ' ') FROM json_tree(NEW.fires_signals) WHERE type = 'text') ELSE NEW.fires_signals END, '') || ' ' || 
        coalesce(CASE WHEN json_valid(NEW.exchanges) THEN (SELECT group_concat(value, ' ') FROM json_tree(NEW.exchanges) WHERE type = 'text') ELSE NEW.exchanges END, '') || ' ' || 
        coalesce(CASE WHEN json_valid(NEW.open_threads) THEN (SELECT group_concat(value, ' ') FROM json_tree(NEW.open_threads) WHERE type = 'text') ELSE NEW.open_threads END, '') || ' ' || 
        coalesce(CASE WHEN json_valid(NEW.coaching_questions) THEN (SELECT group_concat(value, ' ') FROM json_tree(NEW.coaching_questions) WHERE type = 'text') ELSE NEW.coaching_questions END, ''));
END;

CREATE TRIGGER IF NOT EXISTS search_weekly_snapshots_update AFTER UPDATE ON weekly_snapshots BEGIN
    DELETE FROM search_text WHERE rowid = OLD.rowid * 8 + 3;
    INSERT INTO search_text (rowid, client_email, source, row_id, at, body)
    VALUES (NEW.rowid * 8 + 3, NEW.client_email, 'weekly_snapshots', NEW.id, NEW.week_start,
        coalesce(CASE WHEN json_valid(NEW.themes) THEN (SELECT group_concat(value, ' ') FROM json_tree(NEW.themes) WHERE type = 'text') ELSE NEW.themes END, '') || ' ' || 
        coalesce(CASE WHEN json_valid(NEW.language_patterns) THEN (SELECT group_concat(value, ' ') FROM json_tree(NEW.language_patterns) WHERE type = 'text') ELSE NEW.language_patterns END, '') || ' ' || 
        coalesce(CASE WHEN json_valid(NEW.fires_signals) THEN (SELECT group_concat(value, ' ') FROM json_tree(NEW.fires_signals) WHERE type = 'text') ELSE NEW.fires_signals END, '') || ' ' || 
        coalesce(CASE WHEN json_valid(NEW.exchanges) THEN (SELECT group_concat(value, ' ') FROM json_tree(NEW.exchanges) WHERE type = 'text') ELSE NEW.exchanges END, '') || ' ' || 
        coalesce(CASE WHEN json_valid(NEW.open_threads) THEN (SELECT group_concat(value, ' ') FROM json_tree(NEW.open_threads) WHERE type = 'text') ELSE NEW.open_threads END, '') || ' ' || 
        coalesce(CASE WHEN json_valid(NEW.coaching_questions) THEN (SELECT group_concat(value, ' ') FROM json_tree(NEW.coaching_questions) WHERE type = 'text') ELSE NEW.coaching_questions END, ''));
END;

CREATE TRIGGER IF NOT EXISTS search_weekly_snapshots_delete AFTER DELETE ON weekly_snapshots BEGIN
    DELETE FROM search_text WHERE rowid = OLD.rowid * 8 + 3;
END;

-- existing rows of weekly_snapshots
INSERT INTO search_text (rowid, client_email, source, row_id, at, body)
    SELECT s.rowid * 8 + 3, s.client_email, 'weekly_snapshots', s.id, s.week_start,
        coalesce(CASE WHEN json_valid(s.themes) THEN (SELECT group_concat(value, ' ') FROM json_tree(s.themes) WHERE type = 'text') ELSE s.themes END, '') || ' ' || 
        coalesce(CASE WHEN json_valid(s.language_patterns) THEN (SELECT group_concat(value, ' ') FROM json_tree(s.language_patterns) WHERE type = 'text') ELSE s.language_patterns END, '') || ' ' || 
        coalesce(CASE WHEN json_valid(s.fires_signals) THEN (SELECT group_concat(value, ' ') FROM json_tree(s.fires_signals) WHERE type = 'text') ELSE s.fires_signals END, '') || ' ' || 
        coalesce(CASE WHEN json_valid(s.exchanges) THEN (SELECT group_concat(value, ' ') FROM json_tree(s.exchanges) WHERE type = 'text') ELSE s.exchanges END, '') || ' ' || 
        coalesce(CASE WHEN json_valid(s.open_threads) THEN (SELECT group_concat(value, ' ') FROM json_tree(s.open_threads) WHERE type = 'text') ELSE s.open_threads END, '') || ' ' || 
        coalesce(CASE WHEN json_valid(s.coaching_questions) THEN (SELECT group_concat(value, ' ') FROM json_tree(s.coaching_questions) WHERE type = 'text') ELSE s.coaching_questions END, '')
    FROM weekly_snapshots s;

CREATE TRIGGER IF NOT EXISTS search_rolling_aggregates_insert AFTER INSERT ON rolling_aggregates BEGIN
    INSERT INTO search_text (rowid, client_email, source, row_id, at, body)
    VALUES (NEW.rowid * 8 + 4, NEW.client_email, 'rolling_aggregates', NEW.id, substr(NEW.updated_at, 1, 10),
        coalesce(CASE WHEN json_valid(NEW.permission_evolution) THEN (SELECT group_concat(value, ' ') FROM json_tree(NEW.permission_evolution) WHERE type = 'text') ELSE NEW.permission_evolution END, '') || ' ' || 
        coalesce(CASE WHEN json_valid(NEW.persistent_themes) THEN (SELECT group_concat(value, ' ') FROM json_tree(NEW.persistent_themes) WHERE type = 'text') ELSE NEW.persistent_themes END, '') || ' ' || 
        coalesce(CASE WHEN json_valid(NEW.fires_trajectory) THEN (SELECT group_concat(value, ' ') FROM json_tree(NEW.fires_trajectory) WHERE type = 'text') ELSE NEW.fires_trajectory END, '') || ' ' || 
        coalesce(CASE WHEN json_valid(NEW.relationship_map) THEN (SELECT group_concat(value, ' ') FROM json_tree(NEW.relationship_map) WHERE type = 'text') ELSE NEW.relationship_map END, '') || ' ' || 
        coalesce(CASE WHEN json_valid(NEW.questions_explored) THEN (SELECT group_concat(value, ' ') FROM json_tree(NEW.questions_explored) WHERE type = 'text') ELSE NEW.questions_explored END, '') || ' ' || 
        coalesce(CASE WHEN json_valid(NEW.breakthroughs) THEN (SELECT group_concat(value, ' ') FROM json_tree(NEW.breakthroughs) WHERE type = 'text') ELSE NEW.breakthroughs END, ''));
END;

CREATE TRIGGER IF NOT EXISTS search_rolling_aggregates_update AFTER UPDATE ON rolling_aggregates BEGIN
    DELETE FROM search_text WHERE rowid = OLD.rowid * 8 + 4;
    INSERT INTO search_text (rowid, client_email, source, row_id, at, body)
    VALUES (NEW.rowid * 8 + 4, NEW.client_email, 'rolling_aggregates', NEW.id, substr(NEW.updated_at, 1, 10),
        coalesce(CASE WHEN json_valid(NEW.permission_evolution) THEN (SELECT group_concat(value, ' ') FROM json_tree(NEW.permission_evolution) WHERE type = 'text') ELSE NEW.permission_evolution END, '') || ' ' || 
        coalesce(CASE WHEN json_valid(NEW.persistent_themes) THEN (SELECT group_concat(value, ' ') FROM json_tree(NEW.persistent_themes) WHERE type = 'text') ELSE NEW.persistent_themes END, '') || ' ' || 
        coalesce(CASE WHEN json_valid(NEW.fires_trajectory) THEN (SELECT group_concat(value, ' ') FROM json_tree(NEW.fires_trajectory) WHERE type = 'text') ELSE NEW.fires_trajectory END, '') || ' ' || 
        coalesce(CASE WHEN json_valid(NEW.relationship_map) THEN (SELECT group_concat(value, ' ') FROM json_tree(NEW.relationship_map) WHERE type = 'text') ELSE NEW.relationship_map END, '') || ' ' || 
        coalesce(CASE WHEN json_valid(NEW.questions_explored) THEN (SELECT group_concat(value, ' ') FROM json_tree(NEW.questions_explored) WHERE type = 'text') ELSE NEW.questions_explored END, '') || ' ' || 
        coalesce(CASE WHEN json_valid(NEW.breakthroughs) THEN (SELECT group_concat(value, ' ') FROM json_tree(NEW.breakthroughs) WHERE type = 'text') ELSE NEW.breakthroughs END, ''));
END;

CREATE TRIGGER IF NOT EXISTS search_rolling_aggregates_delete AFTER DELETE ON rolling_aggregates BEGIN
    DELETE FROM search_text WHERE rowid = OLD.rowid * 8 + 4;
END;

-- existing rows of rolling_aggregates
INSERT INTO search_text (rowid, client_email, source, row_id, at, body)
    SELECT s.rowid * 8 + 4, s.client_email, 'rolling_aggregates', s.id, substr(s.updated_at, 1, 10),
        coalesce(CASE WHEN json_valid(s.permission_evolution) THEN (SELECT group_concat(value, ' ') FROM json_tree(s.permission_evolution) WHERE type = 'text') ELSE s.permission_evolution END, '') || ' ' || 
        coalesce(CASE WHEN json_valid(s.persistent_themes) THEN (SELECT group_concat(value, ' ') FROM json_tree(s.persistent_themes) WHERE type = 'text') ELSE s.persistent_themes END, '') || ' ' || 
        coalesce(CASE WHEN json_valid(s.fires_trajectory) THEN (SELECT group_concat(value, ' ') FROM json_tree(s.fires_trajectory) WHERE type = 'text') ELSE s.fires_trajectory END, '') || ' ' || 
        coalesce(CASE WHEN json_valid(s.relationship_map) THEN (SELECT group_concat(value, ' ') FROM json_tree(s.relationship_map) WHERE type = 'text') ELSE s.relationship_map END, '') || ' ' || 
        coalesce(CASE WHEN json_valid(s.questions_explored) THEN (SELECT group_concat(value, ' ') FROM json_tree(s.questions_explored) WHERE type = 'text') ELSE s.questions_explored END, '') || ' ' || 
        coalesce(CASE WHEN json_valid(s.breakthroughs) THEN (SELECT group_concat(value, ' ') FROM json_tree(s.breakthroughs) WHERE type = 'text') ELSE s.breakthroughs END, '')
    FROM rolling_aggregates s;

CREATE TRIGGER IF NOT EXISTS search_agreed_activities_insert AFTER INSERT ON agreed_activities BEGIN
    INSERT INTO search_text (rowid, client_email, source, row_id, at, body)
    VALUES (NEW.rowid * 8 + 5, NEW.client_email, 'agreed_activities', NEW.id, substr(NEW.created_at, 1, 10),
        coalesce(NEW.activity_text, '') || ' ' || 
        coalesce(NEW.coach_notes, '') || ' ' || 
        coalesce(CASE WHEN json_valid(NEW.evidence_entries) THEN (SELECT group_concat(value, ' ') FROM json_tree(NEW.evidence_entries) WHERE type = 'text') ELSE NEW.evidence_entries END, ''));
END;

CREATE TRIGGER IF NOT EXISTS search_agreed_activities_update AFTER UPDATE ON agreed_activities BEGIN
    DELETE FROM search_text WHERE rowid = OLD.rowid * 8 + 5;
    INSERT INTO search_text (rowid, client_email, source, row_id, at, body)
    VALUES (NEW.rowid * 8 + 5, NEW.client_email, 'agreed_activities', NEW.id, substr(NEW.created_at, 1, 10),
        coalesce(NEW.activity_text, '') || ' ' || 
        coalesce(NEW.coach_notes, '') || ' ' || 
        coalesce(CASE WHEN json_valid(NEW.evidence_entries) THEN (SELECT group_concat(value, ' ') FROM json_tree(NEW.evidence_entries) WHERE type = 'text') ELSE NEW.evidence_entries END, ''));
END;

CREATE TRIGGER IF NOT EXISTS search_agreed_activities_delete AFTER DELETE ON agreed_activities BEGIN
    DELETE FROM search_text WHERE rowid = OLD.rowid * 8 + 5;
END;

-- existing rows of agreed_activities
INSERT INTO search_text (rowid, client_email, source, row_id, at, body)
    SELECT s.rowid * 8 + 5, s.client_email, 'agreed_activities', s.id, substr(s.created_at, 1, 10),
        coalesce(s.activity_text, '') || ' ' || 
        coalesce(s.coach_notes, '') || ' ' || 
        coalesce(CASE WHEN json_valid(s.evidence_entries) THEN (SELECT group_concat(value, ' ') FROM json_tree(s.evidence_entries) WHERE type = 'text') ELSE s.evidence_entries END, '')
    FROM agreed_activities s;

CREATE TRIGGER IF NOT EXISTS search_focus_history_insert AFTER INSERT ON focus_history BEGIN
    INSERT INTO search_text (rowid, client_email, source, row_id, at, body)
    VALUES (NEW.rowid * 8 + 6, NEW.client_email, 'focus_history', NEW.id, substr(NEW.started_at, 1, 10),
        coalesce(NEW.focus_name, '') || ' ' || 
        coalesce(NEW.evolved_into, '') || ' ' || 
        coalesce(NEW.reason, ''));
END;

CREATE TRIGGER IF NOT EXISTS search_focus_history_update AFTER UPDATE ON focus_history BEGIN
    DELETE FROM search_text WHERE rowid = OLD.rowid * 8 + 6;
    INSERT INTO search_text (rowid, client_email, source, row_id, at, body)
    VALUES (NEW.rowid * 8 + 6, NEW.client_email, 'focus_history', NEW.id, substr(NEW.started_at, 1, 10),
        coalesce(NEW.focus_name, '') || ' ' || 
        coalesce(NEW.evolved_into, '') || ' ' || 
        coalesce(NEW.reason, ''));
END;

CREATE TRIGGER IF NOT EXISTS search_focus_history_delete AFTER DELETE ON focus_history BEGIN
    DELETE FROM search_text WHERE rowid = OLD.rowid * 8 + 6;
END;

-- existing rows of focus_history
INSERT INTO search_text (rowid, client_email, source, row_id, at, body)
    SELECT s.rowid * 8 + 6, s.client_email, 'focus_history', s.id, substr(s.started_at, 1, 10),
        coalesce(s.focus_name, '') || ' ' || 
        coalesce(s.evolved_into, '') || ' ' || 
        coalesce(s.reason, '')
    FROM focus_history s;

CREATE TRIGGER IF NOT EXISTS search_permissions_insert AFTER INSERT ON permissions BEGIN
    INSERT INTO search_text (rowid, client_email, source, row_id, at, body)
    VALUES (NEW.rowid * 8 + 7, NEW.client_email, 'permissions', NEW.id, substr(NEW.updated_at, 1, 10),
        coalesce(NEW.practice, '') || ' ' || 
        coalesce(NEW.permission, '') || ' ' || 
        coalesce(NEW.focus, ''));
END;

CREATE TRIGGER IF NOT EXISTS search_permissions_update AFTER UPDATE ON permissions BEGIN
    DELETE FROM search_text WHERE rowid = OLD.rowid * 8 + 7;
    INSERT INTO search_text (rowid, client_email, source, row_id, at, body)
    VALUES (NEW.rowid * 8 + 7, NEW.client_email, 'permissions', NEW.id, substr(NEW.updated_at, 1, 10),
        coalesce(NEW.practice, '') || ' ' || 
        coalesce(NEW.permission, '') || ' ' || 
        coalesce(NEW.focus, ''));
END;

CREATE TRIGGER IF NOT EXISTS search_permissions_delete AFTER DELETE ON permissions BEGIN
    DELETE FROM search_text WHERE rowid = OLD.rowid * 8 + 7;
END;

-- existing rows of permissions
INSERT INTO search_text (rowid, client_email, source, row_id, at, body)
    SELECT s.rowid * 8 + 7, s.client_email, 'permissions', s.id, substr(s.updated_at, 1, 10),
        coalesce(s.practice, '') || ' ' || 
        coalesce(s.permission, '') || ' ' || 
        coalesce(s.focus, '')
    FROM permissions s;
