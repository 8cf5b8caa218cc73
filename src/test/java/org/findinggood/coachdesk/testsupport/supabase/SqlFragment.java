package org.findinggood.coachdesk.testsupport.supabase;

import java.util.ArrayList;
import java.util.List;

/** SQL text with its {@code ?} parameters, all passed as text and cast in the SQL. */
record SqlFragment(String sql, List<String> parameters) {

    static SqlFragment of(String sql, String... parameters) {
        return new SqlFragment(sql, List.of(parameters));
    }

    static SqlFragment join(String separator, List<SqlFragment> parts) {
        StringBuilder sql = new StringBuilder();
        List<String> parameters = new ArrayList<>();
        for (SqlFragment part : parts) {
            if (sql.length() > 0) {
                sql.append(separator);
            }
            sql.append(part.sql());
            parameters.addAll(part.parameters());
        }
        return new SqlFragment(sql.toString(), parameters);
    }

    SqlFragment wrap(String before, String after) {
        return new SqlFragment(before + sql + after, parameters);
    }
}
