-- Finding Good schema v4: the tables V4 references but the seed does not define.
--
-- On the live Finding Good database these tables already exist (owned by other tools) and every
-- statement here is a no-op. On an empty database (tests, a fresh local project) they are created
-- in a MINIMAL COMPATIBLE form: just the columns V4 and Coach Desk rely on. They are not the live
-- definitions; never use this file to (re)create them on the shared project.

create table if not exists public.coaches (
    id         uuid primary key default gen_random_uuid(),
    email      text not null unique,
    name       text,
    created_at timestamptz default now()
);

create table if not exists public.clients (
    id         uuid primary key default gen_random_uuid(),
    email      text not null unique,
    name       text,
    created_at timestamptz default now()
);

create table if not exists public.predictions (
    id           uuid primary key default gen_random_uuid(),
    client_email text,
    title        text,
    created_at   timestamptz default now()
);

create table if not exists public.inspiration_shares (
    id               uuid primary key default gen_random_uuid(),
    client_email     text,
    content          text,
    recognized_count integer default 0,
    created_at       timestamptz default now()
);
-- The seed says the live table "already existed with compatible structure"; the recognition
-- counter trigger (V4) needs this column, so make sure it is there.
alter table public.inspiration_shares add column if not exists recognized_count integer default 0;

create table if not exists public.session_transcripts (
    id           uuid primary key default gen_random_uuid(),
    client_email text,
    coach_id     uuid,
    transcript   text,
    created_at   timestamptz default now()
);
