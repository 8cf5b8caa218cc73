package org.findinggood.coachdesk.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.findinggood.coachdesk.schema.Sql.exec;
import static org.findinggood.coachdesk.schema.Sql.rows;
import static org.findinggood.coachdesk.schema.Sql.scalar;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.findinggood.coachdesk.testsupport.pg.FreshDatabase;
import org.findinggood.coachdesk.testsupport.pg.PostgresHarness;
import org.findinggood.coachdesk.testsupport.pg.SchemaCatalog;
import org.junit.jupiter.api.Test;

/** The migrations apply to an empty database, to a live-like one, and a second time without change. */
class MigrationsApplyTest {

    @Test
    void migrationFilesAreNamedAsTheSupabaseCliExpects() {
        List<Path> files = PostgresHarness.migrationFiles();
        assertThat(files).hasSizeGreaterThanOrEqualTo(5);
        assertThat(files).allSatisfy(f -> assertThat(f.getFileName().toString()).matches("\\d{14}_[a-z0-9_]+\\.sql"));
    }

    @Test
    void applyingTheWholeSetASecondTimeSucceedsAndChangesNothing() throws Exception {
        try (FreshDatabase db = PostgresHarness.freshDatabase(); Connection c = db.connect()) {
            exec(c, "insert into coaches (email) values ('kept@example.org')");
            List<String> before = SchemaCatalog.describe(c);
            PostgresHarness.applyMigrations(c);
            List<String> after = SchemaCatalog.describe(c);
            assertThat(after).containsExactlyElementsOf(before);
            assertThat(before).hasSizeGreaterThan(200); // the description covers the schema, not nothing
            assertThat(scalar(c, "select count(*) from coaches")).isEqualTo("1");
        }
    }

    @Test
    void appliesOverALiveDatabaseWhoseTablesAlreadyExistWithoutDuplicatingAnything() throws Exception {
        try (FreshDatabase db = PostgresHarness.preludeOnlyDatabase(); Connection c = db.connect()) {
            // The live project: shared tables with more columns than our minimal versions, V4 tables
            // created with inline constraints, a V4 policy under another name, rows already present.
            exec(c, """
                    create table coaches (id uuid primary key default gen_random_uuid(), email text unique not null,
                        name text, phone text, created_at timestamptz default now());
                    create table clients (id uuid primary key default gen_random_uuid(), email text unique not null,
                        name text, timezone text, created_at timestamptz default now());
                    create table predictions (id uuid primary key default gen_random_uuid(), client_email text,
                        title text, description text, created_at timestamptz default now());
                    create table inspiration_shares (id uuid primary key default gen_random_uuid(), client_email text,
                        content text, created_at timestamptz default now());
                    create table coaching_relationships (
                        id uuid not null default gen_random_uuid() primary key,
                        coach_id uuid not null references coaches(id),
                        client_email text not null,
                        status text not null default 'pending_coach_invite' check (status in
                            ('pending_coach_invite', 'pending_client_request', 'active', 'paused', 'completed')),
                        started_at timestamptz, ended_at timestamptz, invite_code text,
                        created_at timestamptz default now(), updated_at timestamptz default now());
                    alter table coaching_relationships enable row level security;
                    create policy "Allow all on coaching_relationships" on coaching_relationships for all using (true);
                    insert into coaches (email, phone) values ('live@example.org', '555');
                    insert into clients (email, timezone) values ('client@example.org', 'Europe/Vienna');
                    insert into inspiration_shares (client_email, content) values ('client@example.org', 'hello');
                    """);
            PostgresHarness.applyMigrations(c);

            assertThat(scalar(c, "select count(*) from pg_constraint where conrelid = 'coaching_relationships'::regclass"
                    + " and contype in ('c', 'f')")).as("one status CHECK and one FK, not two of each").isEqualTo("2");
            assertThat(rows(c, "select policyname from pg_policies where tablename = 'coaching_relationships'"))
                    .containsExactly("Allow all on coaching_relationships");
            assertThat(rows(c, "select email, phone from coaches")).containsExactly("live@example.org,555");
            assertThat(rows(c, "select email, timezone, calendar_link from clients"))
                    .containsExactly("client@example.org,Europe/Vienna,null");
            assertThat(rows(c, "select recognized_count from inspiration_shares")).containsExactly("0");
            assertThat(scalar(c, "select count(*) from information_schema.columns where table_name = 'predictions'"
                    + " and column_name in ('what_matters_most', 'share_to_feed')")).isEqualTo("2");
            assertThat(scalar(c, "select count(*) from pg_class where relnamespace = 'public'::regnamespace"
                    + " and relkind = 'r' and relrowsecurity")).isEqualTo("11");

            List<String> once = SchemaCatalog.describe(c);
            PostgresHarness.applyMigrations(c);
            assertThat(SchemaCatalog.describe(c)).containsExactlyElementsOf(once);
        }
    }

    @Test
    void reapplyingDoesNotReopenATableWhosePoliciesWereTightened() throws Exception {
        try (FreshDatabase db = PostgresHarness.freshDatabase(); Connection c = db.connect()) {
            exec(c, """
                    drop policy "Allow all" on agreed_activities;
                    create policy coach_reads_own on agreed_activities for select using (false);
                    """);
            PostgresHarness.applyMigrations(c);
            assertThat(rows(c, "select policyname from pg_policies where tablename = 'agreed_activities'"))
                    .containsExactly("coach_reads_own");
        }
    }
}
