package org.findinggood.coachdesk.schema;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;

/** Small JDBC shorthands for the schema tests. */
final class Sql {

    private Sql() {
    }

    static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** The first row, columns joined with ",", booleans as t/f as psql shows them. */
    static String row(Connection c, String sql) throws SQLException {
        List<String> rows = rows(c, sql);
        if (rows.isEmpty()) {
            throw new AssertionError("no row from: " + sql);
        }
        return rows.get(0);
    }

    static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                StringBuilder line = new StringBuilder();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    Object value = rs.getObject(i);
                    String text = value instanceof Boolean b ? (b ? "t" : "f") : String.valueOf(value);
                    line.append(i == 1 ? "" : ",").append(text);
                }
                rows.add(line.toString());
            }
        }
        return rows;
    }

    static String scalar(Connection c, String sql) throws SQLException {
        return row(c, sql);
    }

    /**
     * Asserts the statement fails with the given SQLSTATE; returns the assertion for more checks.
     * Inside a transaction the failure is rolled back to a savepoint, so the test can go on.
     */
    static AbstractThrowableAssert<?, ? extends Throwable> rejects(Connection c, String sql, String sqlState) {
        boolean inTransaction;
        try {
            inTransaction = !c.getAutoCommit();
            if (inTransaction) {
                exec(c, "savepoint before_rejected");
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        AbstractThrowableAssert<?, ? extends Throwable> assertion = assertThatThrownBy(() -> exec(c, sql))
                .isInstanceOf(SQLException.class)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((SQLException) e).getSQLState())
                        .as("SQLSTATE of: %s", e.getMessage()).isEqualTo(sqlState));
        if (inTransaction) {
            try {
                exec(c, "rollback to savepoint before_rejected");
            } catch (SQLException e) {
                throw new AssertionError(e);
            }
        }
        return assertion;
    }
}
