package org.findinggood.coachdesk.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.findinggood.coachdesk.testsupport.supabase.SecretsLog;

/**
 * Writes a coach's clients and their data straight into PostgreSQL, set-based (generate_series), so
 * 100,000 rows take seconds. Timestamps are spread deterministically over the past year, as real data
 * is; e-mails are {@code <prefix><n>@example.org}.
 *
 * @param clients       clients (one relationship and one {@code clients} row each)
 * @param permissions   permissions rows per client
 * @param activities    agreed activities per client
 * @param snapshots     weekly snapshots per client
 * @param checkins      daily check-ins per client (one per day, going back)
 * @param focus         focus_history rows per client (the first one active)
 */
public record ServerSeed(int clients, int permissions, int activities, int snapshots, int checkins, int focus) {

    /** Rows per client including the relationship, the clients row and one rolling aggregate. */
    public int rowsPerClient() {
        return 3 + permissions + activities + snapshots + checkins + focus;
    }

    public int totalRows() {
        return clients * rowsPerClient();
    }

    public static String email(String prefix, int n) {
        return prefix + n + "@example.org";
    }

    /** Seeds everything for {@code coachId}; the {@code coaches} row must exist. */
    public void write(Connection c, UUID coachId, String prefix) throws SQLException {
        for (int k = 2; k <= activities; k += 2) {
            SecretsLog.coachNote("Notes on activity " + k);
        }
        String email = "'" + prefix + "' || g || '@example.org'";
        String spread = "now() - ((g * 7919 + k * 104729) % 525600) * interval '1 minute'";
        exec(c, "insert into public.clients (email, name) select " + email + ", 'Client ' || g "
                + "from generate_series(1, ?) g on conflict (email) do nothing", clients);
        execCoach(c, "insert into public.coaching_relationships (coach_id, client_email, status, started_at, created_at, updated_at) "
                + "select ?, " + email + ", 'active', t.ts, t.ts, t.ts from generate_series(1, ?) g, "
                + "lateral (select " + spread.replace("k *", "0 *") + " as ts) t", coachId, clients);
        exec(c, "insert into public.permissions (client_email, practice, permission, focus, created_at, updated_at) "
                + "select " + email + ", 'Practice ' || k, 'I give myself permission to rest ' || k, "
                + "jsonb_build_array('Focus ' || k, 'Listen first', 'Name one win'), t.ts, t.ts "
                + "from generate_series(1, ?) g, generate_series(1, " + permissions + ") k, lateral (select " + spread + " as ts) t",
                clients);
        execCoach(c, "insert into public.agreed_activities (client_email, coach_id, source, activity_text, status, "
                + "evidence_entries, coach_notes, visibility, created_at, updated_at) "
                + "select " + email + ", ?, (array['focus','session','transcript'])[1 + k % 3], "
                + "'Activity ' || k || ' for client ' || g, (array['pending','evidence_found','resolved','deprioritized'])[1 + k % 4], "
                + "jsonb_build_array(jsonb_build_object('date', current_date - k, 'note', 'Evidence ' || k)), "
                + "case when k % 2 = 0 then 'Notes on activity ' || k else null end, "
                + "(array['shared','coach_only'])[1 + k % 2], t.ts, t.ts "
                + "from generate_series(1, ?) g, generate_series(1, " + activities + ") k, lateral (select " + spread + " as ts) t",
                coachId, clients);
        execCoach(c, "insert into public.rolling_aggregates (client_email, coach_id, coaching_start, total_weeks, "
                + "permission_evolution, persistent_themes, fires_trajectory, relationship_map, questions_explored, breakthroughs, updated_at) "
                + "select " + email + ", ?, current_date - 365, 52, "
                + "jsonb_build_array('rest', 'ask for help'), jsonb_build_array('courage', 'clarity'), "
                + "jsonb_build_object('feelings', 3, 'influence', 4, 'resilience', 2, 'ethics', 5, 'strengths', 4), "
                + "jsonb_build_object('manager', 'supportive'), jsonb_build_array('What matters most?'), "
                + "jsonb_build_array('Said no to a meeting'), t.ts "
                + "from generate_series(1, ?) g, lateral (select " + spread.replace("k *", "0 *") + " as ts) t",
                coachId, clients);
        execCoach(c, "insert into public.weekly_snapshots (client_email, coach_id, week_number, week_start, week_end, "
                + "activity_counts, themes, language_patterns, fires_signals, exchanges, open_threads, coaching_questions, created_at) "
                + "select " + email + ", ?, k, current_date - 7 * k, current_date - 7 * k + 6, "
                + "jsonb_build_object('predictions', k % 5, 'validations', k % 3, 'recognitions', k % 4), "
                + "jsonb_build_array('Theme ' || k, 'Boundaries', 'Energy'), "
                + "jsonb_build_array(jsonb_build_object('phrase', 'I should', 'count', k % 6)), "
                + "jsonb_build_object('feelings', k % 5, 'influence', k % 4, 'resilience', k % 3), "
                + "jsonb_build_array(jsonb_build_object('from', 'peer', 'what', 'Recognised a win ' || k)), "
                + "jsonb_build_array('Follow up on week ' || k), "
                + "jsonb_build_array('What made week ' || k || ' different?', 'Where did you hold back?'), "
                + "(current_date - 7 * k + 7)::timestamptz - interval '21 hours' "
                + "from generate_series(1, ?) g, generate_series(1, " + snapshots + ") k",
                coachId, clients);
        exec(c, "insert into public.daily_checkins (client_email, check_date, focus_scores, created_at) "
                + "select " + email + ", current_date - k, "
                + "jsonb_build_array(jsonb_build_object('focus', 'Rest', 'score', k % 5 + 1), jsonb_build_object('focus', 'Ask', 'score', k % 3 + 1)), "
                + "(current_date - k)::timestamptz + interval '20 hours' - interval '1 day' "
                + "from generate_series(1, ?) g, generate_series(1, " + checkins + ") k",
                clients);
        exec(c, "insert into public.focus_history (client_email, focus_name, started_at, ended_at, evolved_into, reason) "
                + "select " + email + ", 'Focus ' || k, current_date - 30 * k, "
                + "case when k = 1 then null else current_date - 30 * k + 20 end, "
                + "case when k % 3 = 2 then 'Focus ' || (k - 1) else null end, "
                + "case when k = 1 then null else (array['paused','evolved','completed'])[1 + k % 3] end "
                + "from generate_series(1, ?) g, generate_series(1, " + focus + ") k",
                clients);
    }

    private static void exec(Connection c, String sql, int count) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, count);
            ps.executeUpdate();
        }
    }

    private static void execCoach(Connection c, String sql, UUID coachId, int count) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, coachId);
            ps.setInt(2, count);
            ps.executeUpdate();
        }
    }
}
