-- Finding Good schema v4: the 11 new tables (Dashboard V2 + Together V2), exactly as the seed
-- (finding-good-schema-v4.md) gives them: columns, types, nullability, defaults, primary key id.
-- Constraints are added separately below, guarded by name, so this file applies both to an empty
-- database and to the live one where the tables (and their constraints) already exist.

create table if not exists public.coaching_relationships (
    id           uuid not null default gen_random_uuid() primary key,
    coach_id     uuid not null,
    client_email text not null,
    status       text not null default 'pending_coach_invite',
    started_at   timestamptz,
    ended_at     timestamptz,
    invite_code  text,
    created_at   timestamptz default now(),
    updated_at   timestamptz default now()
);

create table if not exists public.permissions (
    id            uuid not null default gen_random_uuid() primary key,
    client_email  text not null,
    prediction_id uuid,
    practice      text,
    permission    text,
    focus         jsonb default '[]'::jsonb,
    created_at    timestamptz default now(),
    updated_at    timestamptz default now()
);

create table if not exists public.daily_checkins (
    id            uuid not null default gen_random_uuid() primary key,
    client_email  text not null,
    permission_id uuid,
    check_date    date not null default current_date,
    focus_scores  jsonb default '[]'::jsonb,
    created_at    timestamptz default now()
);

create table if not exists public.weekly_snapshots (
    id                 uuid not null default gen_random_uuid() primary key,
    client_email       text not null,
    coach_id           uuid,
    week_number        integer,
    week_start         date not null,
    week_end           date not null,
    activity_counts    jsonb,
    themes             jsonb,
    language_patterns  jsonb,
    fires_signals      jsonb,
    exchanges          jsonb,
    open_threads       jsonb,
    coaching_questions jsonb,
    created_at         timestamptz default now()
);

create table if not exists public.rolling_aggregates (
    id                   uuid not null default gen_random_uuid() primary key,
    client_email         text not null,
    coach_id             uuid,
    coaching_start       date,
    total_weeks          integer default 0,
    permission_evolution jsonb,
    persistent_themes    jsonb,
    fires_trajectory     jsonb,
    relationship_map     jsonb,
    questions_explored   jsonb,
    breakthroughs        jsonb,
    updated_at           timestamptz default now()
);

create table if not exists public.agreed_activities (
    id               uuid not null default gen_random_uuid() primary key,
    client_email     text not null,
    coach_id         uuid,
    source           text not null default 'focus',
    activity_text    text not null,
    status           text not null default 'pending',
    evidence_entries jsonb,
    coach_notes      text,
    visibility       text not null default 'shared',
    created_at       timestamptz default now(),
    updated_at       timestamptz default now()
);

create table if not exists public.user_circles (
    id                  uuid not null default gen_random_uuid() primary key,
    user_email          text not null,
    circle_member_email text not null,
    relationship_type   text default 'sent_to',
    created_at          timestamptz default now()
);

create table if not exists public.share_recognitions (
    id               uuid not null default gen_random_uuid() primary key,
    share_id         uuid not null,
    recognizer_email text not null,
    created_at       timestamptz default now()
);

create table if not exists public.inspire_requests (
    id              uuid not null default gen_random_uuid() primary key,
    requester_email text not null,
    recipient_email text not null,
    message         text,
    status          text default 'pending',
    created_at      timestamptz default now()
);

create table if not exists public.chat_conversations (
    id           uuid not null default gen_random_uuid() primary key,
    client_email text not null,
    messages     jsonb default '[]'::jsonb,
    created_at   timestamptz default now(),
    updated_at   timestamptz default now()
);

create table if not exists public.focus_history (
    id           uuid not null default gen_random_uuid() primary key,
    client_email text not null,
    focus_name   text not null,
    started_at   date not null default current_date,
    ended_at     date,
    evolved_into text,
    reason       text
);

-- CHECK, UNIQUE and FOREIGN KEY constraints, named as PostgreSQL names inline constraints
-- (<table>_<column>_check / _key / _fkey), so a live table created with inline constraints is
-- recognised and left alone. Each is added only when no constraint of that name exists.
do $$
declare
    c record;
begin
    for c in
        select * from (values
            ('coaching_relationships', 'coaching_relationships_status_check',
             'check (status in (''pending_coach_invite'', ''pending_client_request'', ''active'', ''paused'', ''completed''))'),
            ('coaching_relationships', 'coaching_relationships_coach_id_fkey',
             'foreign key (coach_id) references public.coaches(id)'),
            ('permissions', 'permissions_prediction_id_fkey',
             'foreign key (prediction_id) references public.predictions(id)'),
            ('daily_checkins', 'daily_checkins_permission_id_fkey',
             'foreign key (permission_id) references public.permissions(id)'),
            ('daily_checkins', 'daily_checkins_client_email_check_date_key',
             'unique (client_email, check_date)'),
            ('weekly_snapshots', 'weekly_snapshots_coach_id_fkey',
             'foreign key (coach_id) references public.coaches(id)'),
            ('rolling_aggregates', 'rolling_aggregates_coach_id_fkey',
             'foreign key (coach_id) references public.coaches(id)'),
            ('rolling_aggregates', 'rolling_aggregates_client_email_coach_id_key',
             'unique (client_email, coach_id)'),
            ('agreed_activities', 'agreed_activities_coach_id_fkey',
             'foreign key (coach_id) references public.coaches(id)'),
            ('agreed_activities', 'agreed_activities_source_check',
             'check (source in (''focus'', ''session'', ''transcript''))'),
            ('agreed_activities', 'agreed_activities_status_check',
             'check (status in (''pending'', ''evidence_found'', ''resolved'', ''deprioritized''))'),
            ('agreed_activities', 'agreed_activities_visibility_check',
             'check (visibility in (''shared'', ''coach_only''))'),
            ('user_circles', 'user_circles_user_email_circle_member_email_key',
             'unique (user_email, circle_member_email)'),
            ('share_recognitions', 'share_recognitions_share_id_fkey',
             'foreign key (share_id) references public.inspiration_shares(id) on delete cascade'),
            ('share_recognitions', 'share_recognitions_share_id_recognizer_email_key',
             'unique (share_id, recognizer_email)'),
            ('inspire_requests', 'inspire_requests_status_check',
             'check (status in (''pending'', ''acknowledged''))'),
            ('focus_history', 'focus_history_reason_check',
             'check (reason in (''paused'', ''evolved'', ''completed'') or reason is null)')
        ) as v(table_name, constraint_name, definition)
    loop
        if not exists (
            select 1 from pg_constraint
            where conrelid = format('public.%I', c.table_name)::regclass
              and conname = c.constraint_name
        ) then
            execute format('alter table public.%I add constraint %I %s',
                           c.table_name, c.constraint_name, c.definition);
        end if;
    end loop;
end
$$;

-- Indexes, by the seed's names.
create index if not exists idx_coaching_relationships_coach  on public.coaching_relationships (coach_id);
create index if not exists idx_coaching_relationships_client on public.coaching_relationships (client_email);
create index if not exists idx_coaching_relationships_status on public.coaching_relationships (status);
create unique index if not exists idx_coaching_relationships_invite
    on public.coaching_relationships (invite_code) where invite_code is not null;

create index if not exists idx_permissions_client  on public.permissions (client_email);
create index if not exists idx_permissions_updated on public.permissions (updated_at desc);

create index if not exists idx_daily_checkins_client     on public.daily_checkins (client_email);
create index if not exists idx_daily_checkins_date       on public.daily_checkins (check_date desc);
create index if not exists idx_daily_checkins_permission on public.daily_checkins (permission_id);

create index if not exists idx_weekly_snapshots_client on public.weekly_snapshots (client_email);
create index if not exists idx_weekly_snapshots_coach  on public.weekly_snapshots (coach_id);
create index if not exists idx_weekly_snapshots_week   on public.weekly_snapshots (week_start desc);

create index if not exists idx_rolling_aggregates_client on public.rolling_aggregates (client_email);
create index if not exists idx_rolling_aggregates_coach  on public.rolling_aggregates (coach_id);

create index if not exists idx_agreed_activities_client on public.agreed_activities (client_email);
create index if not exists idx_agreed_activities_coach  on public.agreed_activities (coach_id);
create index if not exists idx_agreed_activities_status on public.agreed_activities (status);

create index if not exists idx_user_circles_user   on public.user_circles (user_email);
create index if not exists idx_user_circles_member on public.user_circles (circle_member_email);

create index if not exists idx_share_recognitions_share      on public.share_recognitions (share_id);
create index if not exists idx_share_recognitions_recognizer on public.share_recognitions (recognizer_email);

create index if not exists idx_inspire_requests_recipient on public.inspire_requests (recipient_email);
create index if not exists idx_inspire_requests_status    on public.inspire_requests (status);

create index if not exists idx_chat_conversations_client  on public.chat_conversations (client_email);
create index if not exists idx_chat_conversations_updated on public.chat_conversations (updated_at desc);

create index if not exists idx_focus_history_client on public.focus_history (client_email);
create index if not exists idx_focus_history_active on public.focus_history (client_email) where ended_at is null;
