-- Finding Good schema v4: row-level security on every V4 table with the seed's permissive
-- "Allow all" policies ("tighter policies will be added once auth patterns are finalized").
--
-- The "Allow all" policy is created only on a table that has no policy at all. That keeps the
-- file idempotent and, more importantly, means re-applying the migrations never silently re-opens
-- a table that was tightened later (resources/supabase/policies/coach_scoped.sql drops "Allow all"
-- and installs its own policies; permissive policies are OR-ed, so one "Allow all" would undo it).
do $$
declare
    t text;
begin
    foreach t in array array[
        'coaching_relationships', 'permissions', 'daily_checkins', 'weekly_snapshots',
        'rolling_aggregates', 'agreed_activities', 'user_circles', 'share_recognitions',
        'inspire_requests', 'chat_conversations', 'focus_history']
    loop
        execute format('alter table public.%I enable row level security', t);
        if not exists (select 1 from pg_policies where schemaname = 'public' and tablename = t) then
            execute format('create policy "Allow all" on public.%I for all using (true) with check (true)', t);
        end if;
    end loop;
end
$$;
