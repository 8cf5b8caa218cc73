package org.findinggood.coachdesk.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.findinggood.coachdesk.schema.Sql.exec;
import static org.findinggood.coachdesk.schema.Sql.rows;
import static org.findinggood.coachdesk.schema.Sql.scalar;

import java.sql.Connection;
import java.util.Map;
import org.findinggood.coachdesk.testsupport.pg.FreshDatabase;
import org.findinggood.coachdesk.testsupport.pg.PostgresHarness;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every index by the seed's name and definition; RLS and the seed's permissive policies. */
class V4IndexesAndPoliciesTest {

    private static FreshDatabase db;
    private static Connection c;

    @BeforeAll
    static void createDatabase() throws Exception {
        db = PostgresHarness.freshDatabase();
        c = db.connect();
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        c.close();
        db.close();
    }

    @Test
    void everySeedIndexExistsWithItsColumnsOrderPredicateAndUniqueness() throws Exception {
        assertThat(rows(c, "select indexdef from pg_indexes where schemaname = 'public' and indexname like 'idx\\_%'"))
                .containsExactlyInAnyOrder(
                        "CREATE INDEX idx_coaching_relationships_coach ON public.coaching_relationships USING btree (coach_id)",
                        "CREATE INDEX idx_coaching_relationships_client ON public.coaching_relationships USING btree (client_email)",
                        "CREATE INDEX idx_coaching_relationships_status ON public.coaching_relationships USING btree (status)",
                        "CREATE UNIQUE INDEX idx_coaching_relationships_invite ON public.coaching_relationships USING btree (invite_code) WHERE (invite_code IS NOT NULL)",
                        "CREATE INDEX idx_permissions_client ON public.permissions USING btree (client_email)",
                        "CREATE INDEX idx_permissions_updated ON public.permissions USING btree (updated_at DESC)",
                        "CREATE INDEX idx_daily_checkins_client ON public.daily_checkins USING btree (client_email)",
                        "CREATE INDEX idx_daily_checkins_date ON public.daily_checkins USING btree (check_date DESC)",
                        "CREATE INDEX idx_daily_checkins_permission ON public.daily_checkins USING btree (permission_id)",
                        "CREATE INDEX idx_weekly_snapshots_client ON public.weekly_snapshots USING btree (client_email)",
                        "CREATE INDEX idx_weekly_snapshots_coach ON public.weekly_snapshots USING btree (coach_id)",
                        "CREATE INDEX idx_weekly_snapshots_week ON public.weekly_snapshots USING btree (week_start DESC)",
                        "CREATE INDEX idx_rolling_aggregates_client ON public.rolling_aggregates USING btree (client_email)",
                        "CREATE INDEX idx_rolling_aggregates_coach ON public.rolling_aggregates USING btree (coach_id)",
                        "CREATE INDEX idx_agreed_activities_client ON public.agreed_activities USING btree (client_email)",
                        "CREATE INDEX idx_agreed_activities_coach ON public.agreed_activities USING btree (coach_id)",
                        "CREATE INDEX idx_agreed_activities_status ON public.agreed_activities USING btree (status)",
                        "CREATE INDEX idx_user_circles_user ON public.user_circles USING btree (user_email)",
                        "CREATE INDEX idx_user_circles_member ON public.user_circles USING btree (circle_member_email)",
                        "CREATE INDEX idx_share_recognitions_share ON public.share_recognitions USING btree (share_id)",
                        "CREATE INDEX idx_share_recognitions_recognizer ON public.share_recognitions USING btree (recognizer_email)",
                        "CREATE INDEX idx_inspire_requests_recipient ON public.inspire_requests USING btree (recipient_email)",
                        "CREATE INDEX idx_inspire_requests_status ON public.inspire_requests USING btree (status)",
                        "CREATE INDEX idx_chat_conversations_client ON public.chat_conversations USING btree (client_email)",
                        "CREATE INDEX idx_chat_conversations_updated ON public.chat_conversations USING btree (updated_at DESC)",
                        "CREATE INDEX idx_focus_history_client ON public.focus_history USING btree (client_email)",
                        "CREATE INDEX idx_focus_history_active ON public.focus_history USING btree (client_email) WHERE (ended_at IS NULL)");
    }

    @Test
    void descendingAndPartialIndexesAreFlaggedSoInTheCatalog() throws Exception {
        // pg_index as a second witness: indoption bit 1 = DESC, indpred = partial, indisunique.
        assertThat(rows(c, """
                select i.relname, x.indisunique, x.indpred is not null, (x.indoption[0] & 1) = 1
                  from pg_indexes p
                  join pg_class i on i.relname = p.indexname and i.relnamespace = 'public'::regnamespace
                  join pg_index x on x.indexrelid = i.oid
                 where p.indexname in ('idx_coaching_relationships_invite', 'idx_focus_history_active',
                        'idx_permissions_updated', 'idx_daily_checkins_date', 'idx_weekly_snapshots_week',
                        'idx_chat_conversations_updated', 'idx_focus_history_client')
                """)).containsExactlyInAnyOrder(
                "idx_coaching_relationships_invite,t,t,f",
                "idx_focus_history_active,f,t,f",
                "idx_permissions_updated,f,f,t",
                "idx_daily_checkins_date,f,f,t",
                "idx_weekly_snapshots_week,f,f,t",
                "idx_chat_conversations_updated,f,f,t",
                "idx_focus_history_client,f,f,f");
    }

    @Test
    void rowLevelSecurityIsEnabledOnAllElevenV4Tables() throws Exception {
        assertThat(rows(c, "select relname from pg_class where relnamespace = 'public'::regnamespace"
                + " and relkind = 'r' and relrowsecurity"))
                .containsExactlyInAnyOrderElementsOf(V4ColumnsTest.V4_TABLES);
    }

    @Test
    void everyV4TableHasTheSeedsPermissiveAllowAllPolicy() throws Exception {
        assertThat(rows(c, "select tablename, policyname, permissive, roles::text, cmd, qual, with_check"
                + " from pg_policies where schemaname = 'public'"))
                .containsExactlyInAnyOrderElementsOf(V4ColumnsTest.V4_TABLES.stream()
                        .map(t -> t + ",Allow all,PERMISSIVE,{public},ALL,true,true").toList());
    }

    @Test
    void underThePermissivePoliciesTheApiRolesCanReadAndWrite() throws Exception {
        exec(c, "insert into user_circles (user_email, circle_member_email) values ('a@example.org', 'b@example.org')");
        try (Connection anon = db.connectAs("anon", Map.of())) {
            assertThat(scalar(anon, "select count(*) from user_circles")).isEqualTo("1");
            exec(anon, "insert into inspire_requests (requester_email, recipient_email) values ('a@example.org', 'b@example.org')");
        }
        assertThat(scalar(c, "select count(*) from inspire_requests")).isEqualTo("1");
    }
}
