-- Two-factor sign-in required for the Finding Good V4 tables (opt-in; NOT a migration).
--
-- Adds one RESTRICTIVE policy per V4 table: PostgreSQL ANDs restrictive policies with the
-- permissive ones (the seed's "Allow all", or coach_scoped.sql's), so a request reads and writes
-- only what it could before AND only with a session of authenticator assurance level 2, i.e. a
-- password sign-in followed by a verified TOTP code. GoTrue puts the level in the access token's
-- `aal` claim (supabase/auth internal/models/sessions.go CalculateAALAndAMR: "aal2" once a TOTP
-- sign-in claim joins the password one; internal/api/mfa.go VerifyFactor issues that session and
-- invalidates the user's lower-AAL ones); PostgREST hands the claims to PostgreSQL, auth.jwt() reads them.
-- An aal1 token then reads nothing from these tables and every write fails with 42501 (403).
--
-- Apply after the migrations (and after coach_scoped.sql if you use it):
--   psql "$DATABASE_URL" -v ON_ERROR_STOP=1 -f resources/supabase/policies/require_aal2.sql
-- Only for a project where EVERY user of these tables (coaches, and clients through other Finding
-- Good tools) has a verified TOTP factor: a user without one only ever gets aal1 sessions and sees
-- nothing. Supabase's documented alternative, which requires aal2 only of users who enrolled, uses
-- `(select auth.jwt()->>'aal') = 'aal2' or not exists (select 1 from auth.mfa_factors f where
-- f.user_id = auth.uid() and f.status = 'verified')` instead of the condition below.
-- service_role bypasses RLS as always. Idempotent. To undo: drop policy "Require aal2" on each table.

do $$
declare
    t text;
begin
    foreach t in array array['coaching_relationships', 'permissions', 'daily_checkins', 'weekly_snapshots',
            'rolling_aggregates', 'agreed_activities', 'user_circles', 'share_recognitions', 'inspire_requests',
            'chat_conversations', 'focus_history']
    loop
        if to_regclass('public.' || t) is not null then
            execute format('drop policy if exists "Require aal2" on public.%I', t);
            execute format('create policy "Require aal2" on public.%I as restrictive for all to public'
                    || ' using ((select auth.jwt() ->> ''aal'') = ''aal2'')'
                    || ' with check ((select auth.jwt() ->> ''aal'') = ''aal2'')', t);
        end if;
    end loop;
end
$$;
