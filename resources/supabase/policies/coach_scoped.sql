-- Coach-scoped row-level security for the Finding Good V4 tables (opt-in; NOT a migration).
--
-- The migrations keep the seed's permissive "Allow all" policies because the database is shared
-- with other Finding Good tools. Apply this file (after the migrations) to replace them with:
--   * a coach (the `coaches` row whose id is auth.uid() or whose email is auth.email()) reads and
--     writes only the coaching_relationships where they are the coach, and reads the clients,
--     snapshots, aggregates, permissions, check-ins and focus history only of clients in those
--     relationships; agreed_activities they read and write for those clients;
--   * a client (auth.email()) reads their own rows, never another client's, never `coach_only`
--     activities and never `coach_notes`;
--   * anon reads and writes nothing (privileges revoked, so PostgREST answers 401).
-- service_role bypasses RLS as always (server-side jobs, the AI snapshot writer).
--
-- "Clients in those relationships" means relationships the client has agreed to or asked for:
-- any status except 'pending_coach_invite'. A coach creates that status alone, by typing an
-- e-mail address, so it must not open anybody's check-ins to them.
--
-- Idempotent: re-running it leaves the same policies, functions, view and grants. Re-running the
-- migrations afterwards does not bring "Allow all" back (they only add it to a table with no policy).
-- To undo: drop these policies and re-run 20260126000400_v4_rls.sql.

create schema if not exists coach_scope;
comment on schema coach_scope is 'Helpers for resources/supabase/policies/coach_scoped.sql; not exposed through PostgREST.';
revoke all on schema coach_scope from public;
grant usage on schema coach_scope to authenticated;

-- The helpers are SECURITY DEFINER so a policy on one table can look at another table without
-- recursing into that table's own policies. search_path is empty, so every name is qualified.

-- The caller's e-mail, lower-cased (GoTrue lower-cases it; stored e-mails may not be).
create or replace function coach_scope.my_email() returns text
language sql stable
set search_path = ''
as $$ select lower(auth.email()) $$;

-- The coaches rows the caller signs in as (normally one; id or e-mail may link them).
create or replace function coach_scope.my_coach_ids() returns setof uuid
language sql stable security definer
set search_path = ''
as $$
    select c.id from public.coaches c
     where c.id = auth.uid()
        or (auth.email() is not null and lower(c.email) = lower(auth.email()))
$$;

-- E-mails of the caller's clients: relationships where the caller is the coach and the client has
-- agreed or asked (see the header).
create or replace function coach_scope.my_client_emails() returns setof text
language sql stable security definer
set search_path = ''
as $$
    select distinct lower(r.client_email) from public.coaching_relationships r
     where r.coach_id in (select coach_scope.my_coach_ids())
       and r.status <> 'pending_coach_invite'
$$;

-- Coaches the caller has as a client (to show the coach's name on the client side).
create or replace function coach_scope.my_coaches_as_client() returns setof uuid
language sql stable security definer
set search_path = ''
as $$
    select r.coach_id from public.coaching_relationships r
     where lower(r.client_email) = lower(auth.email())
$$;

revoke all on all functions in schema coach_scope from public, anon;
grant execute on all functions in schema coach_scope to authenticated;

-- Every table this file governs: RLS on, no permissive leftovers, nothing for anon.
-- On the 11 V4 tables every policy goes (the seed gives them only permissive ones, whatever their
-- name; permissive policies are OR-ed, so one left behind would undo all of this). coaches and
-- clients are shared with other tools: only "Allow all"-style policies and ours are replaced, and
-- any other policy left there is reported, because a permissive one would widen access.
do $$
declare
    t text;
    p record;
begin
    foreach t in array array[
        'coaches', 'clients',
        'coaching_relationships', 'permissions', 'daily_checkins', 'weekly_snapshots',
        'rolling_aggregates', 'agreed_activities', 'user_circles', 'share_recognitions',
        'inspire_requests', 'chat_conversations', 'focus_history']
    loop
        execute format('alter table public.%I enable row level security', t);
        execute format('revoke all on public.%I from anon', t);
        for p in select policyname, permissive from pg_policies where schemaname = 'public' and tablename = t loop
            if t not in ('coaches', 'clients')
               or p.policyname ilike 'allow all%' or p.policyname like 'coach_scope:%' then
                execute format('drop policy %I on public.%I', p.policyname, t);
            else
                raise warning 'coach_scoped.sql: policy % on %.% left in place (%); check it does not widen access',
                    p.policyname, 'public', t, p.permissive;
            end if;
        end loop;
    end loop;
end
$$;

-- coaches: a coach sees their own row; a client sees the coaches they have.
create policy "coach_scope: read own or own coaches" on public.coaches
    for select to authenticated
    using (id in (select coach_scope.my_coach_ids()) or id in (select coach_scope.my_coaches_as_client()));

-- clients: a client reads, creates and edits their own row; a coach reads their clients' rows.
create policy "coach_scope: read own or coached clients" on public.clients
    for select to authenticated
    using (lower(email) = (select coach_scope.my_email())
           or lower(email) in (select coach_scope.my_client_emails()));
create policy "coach_scope: client inserts own row" on public.clients
    for insert to authenticated
    with check (lower(email) = (select coach_scope.my_email()));
create policy "coach_scope: client updates own row" on public.clients
    for update to authenticated
    using (lower(email) = (select coach_scope.my_email()))
    with check (lower(email) = (select coach_scope.my_email()));

-- coaching_relationships: the coach reads, invites and moves their own; the client reads theirs.
-- No delete: a relationship ends with status 'completed'.
create policy "coach_scope: coach or client reads" on public.coaching_relationships
    for select to authenticated
    using (coach_id in (select coach_scope.my_coach_ids())
           or lower(client_email) = (select coach_scope.my_email()));
create policy "coach_scope: coach inserts own" on public.coaching_relationships
    for insert to authenticated
    with check (coach_id in (select coach_scope.my_coach_ids()));
create policy "coach_scope: coach updates own" on public.coaching_relationships
    for update to authenticated
    using (coach_id in (select coach_scope.my_coach_ids()))
    with check (coach_id in (select coach_scope.my_coach_ids()));

-- weekly_snapshots, rolling_aggregates: written by server jobs (service_role); read by the coach
-- for their clients (their own rows or rows not tied to a coach) and by the client for themselves.
create policy "coach_scope: coach or client reads" on public.weekly_snapshots
    for select to authenticated
    using ((lower(client_email) in (select coach_scope.my_client_emails())
            and (coach_id is null or coach_id in (select coach_scope.my_coach_ids())))
           or lower(client_email) = (select coach_scope.my_email()));
create policy "coach_scope: coach or client reads" on public.rolling_aggregates
    for select to authenticated
    using ((lower(client_email) in (select coach_scope.my_client_emails())
            and (coach_id is null or coach_id in (select coach_scope.my_coach_ids())))
           or lower(client_email) = (select coach_scope.my_email()));

-- agreed_activities: the coach only, on the base table. Clients read through
-- public.client_agreed_activities below, because coaches and clients share the `authenticated`
-- role: column privileges cannot hide coach_notes from one and not the other, and a row policy
-- cannot hide a column. The view leaves coach_notes out and filters coach_only rows.
create policy "coach_scope: coach reads" on public.agreed_activities
    for select to authenticated
    using (coach_id in (select coach_scope.my_coach_ids())
           or (coach_id is null and lower(client_email) in (select coach_scope.my_client_emails())));
create policy "coach_scope: coach inserts for own clients" on public.agreed_activities
    for insert to authenticated
    with check (coach_id in (select coach_scope.my_coach_ids())
                and lower(client_email) in (select coach_scope.my_client_emails()));
create policy "coach_scope: coach updates own" on public.agreed_activities
    for update to authenticated
    using (coach_id in (select coach_scope.my_coach_ids())
           or (coach_id is null and lower(client_email) in (select coach_scope.my_client_emails())))
    with check (coach_id in (select coach_scope.my_coach_ids())
                and lower(client_email) in (select coach_scope.my_client_emails()));
create policy "coach_scope: coach deletes own" on public.agreed_activities
    for delete to authenticated
    using (coach_id in (select coach_scope.my_coach_ids()));

-- The client's view of their activities: owned by the table owner, so it reads past RLS and
-- applies its own filter (the caller's e-mail, shared only); security_barrier keeps callers'
-- functions from seeing filtered-out rows.
create or replace view public.client_agreed_activities
with (security_barrier = true)
as
select id, client_email, coach_id, source, activity_text, status, evidence_entries, visibility,
       created_at, updated_at
  from public.agreed_activities
 where lower(client_email) = (select coach_scope.my_email())
   and visibility = 'shared';
comment on view public.client_agreed_activities is
    'A client''s own shared agreed activities without coach_notes (coach_scoped.sql).';
revoke all on public.client_agreed_activities from public, anon, authenticated;
grant select on public.client_agreed_activities to authenticated, service_role;

-- permissions, daily_checkins, focus_history: the client's own data (Together writes it); the
-- coach reads it for their clients and never writes it.
do $$
declare
    t text;
begin
    foreach t in array array['permissions', 'daily_checkins', 'focus_history'] loop
        execute format($f$
            create policy "coach_scope: client or coach reads" on public.%I
                for select to authenticated
                using (lower(client_email) = (select coach_scope.my_email())
                       or lower(client_email) in (select coach_scope.my_client_emails()))$f$, t);
        execute format($f$
            create policy "coach_scope: client inserts own" on public.%I
                for insert to authenticated
                with check (lower(client_email) = (select coach_scope.my_email()))$f$, t);
        execute format($f$
            create policy "coach_scope: client updates own" on public.%I
                for update to authenticated
                using (lower(client_email) = (select coach_scope.my_email()))
                with check (lower(client_email) = (select coach_scope.my_email()))$f$, t);
        execute format($f$
            create policy "coach_scope: client deletes own" on public.%I
                for delete to authenticated
                using (lower(client_email) = (select coach_scope.my_email()))$f$, t);
    end loop;
end
$$;

-- chat_conversations: private to the client (not even their coach).
create policy "coach_scope: client owns" on public.chat_conversations
    for all to authenticated
    using (lower(client_email) = (select coach_scope.my_email()))
    with check (lower(client_email) = (select coach_scope.my_email()));

-- Together's social tables, not Coach Desk's: own rows only, the way Together uses them.
create policy "coach_scope: owner or member" on public.user_circles
    for select to authenticated
    using (lower(user_email) = (select coach_scope.my_email())
           or lower(circle_member_email) = (select coach_scope.my_email()));
create policy "coach_scope: owner writes" on public.user_circles
    for all to authenticated
    using (lower(user_email) = (select coach_scope.my_email()))
    with check (lower(user_email) = (select coach_scope.my_email()));

create policy "coach_scope: signed-in users read" on public.share_recognitions
    for select to authenticated
    using (true);
create policy "coach_scope: recognizer inserts own" on public.share_recognitions
    for insert to authenticated
    with check (lower(recognizer_email) = (select coach_scope.my_email()));
create policy "coach_scope: recognizer deletes own" on public.share_recognitions
    for delete to authenticated
    using (lower(recognizer_email) = (select coach_scope.my_email()));

create policy "coach_scope: requester or recipient reads" on public.inspire_requests
    for select to authenticated
    using (lower(requester_email) = (select coach_scope.my_email())
           or lower(recipient_email) = (select coach_scope.my_email()));
create policy "coach_scope: requester sends" on public.inspire_requests
    for insert to authenticated
    with check (lower(requester_email) = (select coach_scope.my_email()));
create policy "coach_scope: recipient acknowledges" on public.inspire_requests
    for update to authenticated
    using (lower(recipient_email) = (select coach_scope.my_email()))
    with check (lower(recipient_email) = (select coach_scope.my_email()));
