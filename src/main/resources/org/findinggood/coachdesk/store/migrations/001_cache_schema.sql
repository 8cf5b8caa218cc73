-- Local cache of the coach's part of Finding Good schema v4.
-- Columns mirror the seed; JSONB is TEXT holding JSON; TIMESTAMPTZ is ISO-8601 text in UTC with
-- microseconds (sorts like time, keeps the server's exact value); DATE is yyyy-MM-dd text;
-- enum columns keep the server's raw text so a value the app does not know survives a round trip.

CREATE TABLE coaches (
    id    TEXT PRIMARY KEY,
    email TEXT,
    name  TEXT
);

CREATE TABLE clients (
    id            TEXT PRIMARY KEY,
    email         TEXT,
    name          TEXT,
    calendar_link TEXT
);
CREATE INDEX idx_clients_email ON clients (email);

CREATE TABLE coaching_relationships (
    id           TEXT PRIMARY KEY,
    coach_id     TEXT NOT NULL,
    client_email TEXT NOT NULL,
    status       TEXT NOT NULL,
    started_at   TEXT,
    ended_at     TEXT,
    invite_code  TEXT,
    created_at   TEXT,
    updated_at   TEXT
);
CREATE INDEX idx_relationships_status ON coaching_relationships (status, client_email);
CREATE INDEX idx_relationships_client ON coaching_relationships (client_email);
CREATE INDEX idx_relationships_updated ON coaching_relationships (updated_at, id);
CREATE UNIQUE INDEX idx_relationships_invite ON coaching_relationships (invite_code) WHERE invite_code IS NOT NULL;

CREATE TABLE weekly_snapshots (
    id                 TEXT PRIMARY KEY,
    client_email       TEXT NOT NULL,
    coach_id           TEXT,
    week_number        INTEGER,
    week_start         TEXT NOT NULL,
    week_end           TEXT NOT NULL,
    activity_counts    TEXT,
    themes             TEXT,
    language_patterns  TEXT,
    fires_signals      TEXT,
    exchanges          TEXT,
    open_threads       TEXT,
    coaching_questions TEXT,
    created_at         TEXT
);
CREATE INDEX idx_snapshots_client_week ON weekly_snapshots (client_email, week_start);
CREATE INDEX idx_snapshots_created ON weekly_snapshots (created_at, id);

CREATE TABLE rolling_aggregates (
    id                   TEXT PRIMARY KEY,
    client_email         TEXT NOT NULL,
    coach_id             TEXT,
    coaching_start       TEXT,
    total_weeks          INTEGER,
    permission_evolution TEXT,
    persistent_themes    TEXT,
    fires_trajectory     TEXT,
    relationship_map     TEXT,
    questions_explored   TEXT,
    breakthroughs        TEXT,
    updated_at           TEXT
);
CREATE INDEX idx_aggregates_client ON rolling_aggregates (client_email, updated_at);
CREATE INDEX idx_aggregates_updated ON rolling_aggregates (updated_at, id);

CREATE TABLE agreed_activities (
    id               TEXT PRIMARY KEY,
    client_email     TEXT NOT NULL,
    coach_id         TEXT,
    source           TEXT NOT NULL,
    activity_text    TEXT NOT NULL,
    status           TEXT NOT NULL,
    evidence_entries TEXT,
    coach_notes      TEXT,
    visibility       TEXT NOT NULL,
    created_at       TEXT,
    updated_at       TEXT
);
CREATE INDEX idx_activities_client_status ON agreed_activities (client_email, status);
CREATE INDEX idx_activities_updated ON agreed_activities (updated_at, id);

CREATE TABLE permissions (
    id            TEXT PRIMARY KEY,
    client_email  TEXT NOT NULL,
    prediction_id TEXT,
    practice      TEXT,
    permission    TEXT,
    focus         TEXT,
    created_at    TEXT,
    updated_at    TEXT
);
CREATE INDEX idx_permissions_client_updated ON permissions (client_email, updated_at);
CREATE INDEX idx_permissions_updated ON permissions (updated_at, id);

CREATE TABLE daily_checkins (
    id            TEXT PRIMARY KEY,
    client_email  TEXT NOT NULL,
    permission_id TEXT,
    check_date    TEXT NOT NULL,
    focus_scores  TEXT,
    created_at    TEXT
);
CREATE INDEX idx_checkins_client_date ON daily_checkins (client_email, check_date);
CREATE INDEX idx_checkins_created ON daily_checkins (created_at, id);

CREATE TABLE focus_history (
    id           TEXT PRIMARY KEY,
    client_email TEXT NOT NULL,
    focus_name   TEXT NOT NULL,
    started_at   TEXT NOT NULL,
    ended_at     TEXT,
    evolved_into TEXT,
    reason       TEXT
);
CREATE INDEX idx_focus_client ON focus_history (client_email, started_at);

-- Sync bookkeeping. cursor_key is a table name, or any key the sync engine chooses
-- (e.g. "focus_history:client@example.com").
CREATE TABLE sync_cursor (
    cursor_key         TEXT PRIMARY KEY,
    last_updated_at    TEXT,
    last_id            TEXT,
    last_reconciled_at TEXT
);

-- Unsent local edits, oldest first. One pending entry per row: later edits merge into it
-- (revision counts merges so a push confirmed for an older revision does not drop newer edits).
CREATE TABLE outbox (
    seq             INTEGER PRIMARY KEY AUTOINCREMENT,
    table_name      TEXT NOT NULL,
    row_id          TEXT NOT NULL,
    op              TEXT NOT NULL CHECK (op IN ('insert', 'update')),
    payload         TEXT NOT NULL,
    base_updated_at TEXT,
    created_at      TEXT NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT,
    revision        INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX idx_outbox_row ON outbox (table_name, row_id);

-- Edits the server refused because the row changed there; kept until the coach resolves them.
CREATE TABLE conflict (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    table_name   TEXT NOT NULL,
    row_id       TEXT NOT NULL,
    op           TEXT NOT NULL,
    local_patch  TEXT NOT NULL,
    local_base   TEXT,
    server_row   TEXT,
    detected_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX idx_conflict_row ON conflict (table_name, row_id);
