package org.findinggood.coachdesk.testsupport.pg;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A text description of everything the migrations and policies define in {@code public}: columns,
 * constraints, indexes, triggers, functions, RLS flags, policies and grants. Two equal descriptions
 * mean an apply changed nothing a client can observe.
 */
public final class SchemaCatalog {

    private static final String[] QUERIES = {
        """
        select 'column', table_name, column_name, data_type, is_nullable, coalesce(column_default, '')
          from information_schema.columns where table_schema = 'public'
         order by table_name, column_name
        """,
        """
        select 'constraint', conrelid::regclass::text, conname, pg_get_constraintdef(oid)
          from pg_constraint where connamespace = 'public'::regnamespace
         order by 2, 3
        """,
        """
        select 'index', tablename, indexname, indexdef from pg_indexes where schemaname = 'public'
         order by 2, 3
        """,
        """
        select 'trigger', tgrelid::regclass::text, tgname, pg_get_triggerdef(oid)
          from pg_trigger where not tgisinternal
           and tgrelid in (select oid from pg_class where relnamespace = 'public'::regnamespace)
         order by 2, 3
        """,
        """
        select 'function', p.proname, pg_get_function_identity_arguments(p.oid), md5(pg_get_functiondef(p.oid))
          from pg_proc p where p.pronamespace = 'public'::regnamespace
         order by 2, 3
        """,
        """
        select 'rls', relname, relkind::text, relrowsecurity::text, relforcerowsecurity::text
          from pg_class where relnamespace = 'public'::regnamespace and relkind in ('r', 'v')
         order by 2
        """,
        """
        select 'policy', tablename, policyname, permissive, roles::text, cmd,
               coalesce(qual, ''), coalesce(with_check, '')
          from pg_policies where schemaname = 'public'
         order by 2, 3
        """,
        """
        select 'grant', table_name, grantee, privilege_type
          from information_schema.role_table_grants where table_schema = 'public'
         order by 2, 3, 4
        """,
        """
        select 'column grant', table_name, column_name, grantee, privilege_type
          from information_schema.column_privileges where table_schema = 'public'
         order by 2, 3, 4, 5
        """,
    };

    private SchemaCatalog() {
    }

    public static List<String> describe(Connection connection) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Statement s = connection.createStatement()) {
            for (String query : QUERIES) {
                try (ResultSet rs = s.executeQuery(query)) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder line = new StringBuilder();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            line.append(i == 1 ? "" : " | ").append(rs.getString(i));
                        }
                        lines.add(line.toString());
                    }
                }
            }
        }
        return lines;
    }
}
