package org.findinggood.coachdesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local schema's migrations: SQL resources listed in {@code migrations/INDEX}, applied in
 * order; {@code PRAGMA user_version} counts how many are applied. Each runs in its own
 * transaction with its version bump, so a crash mid-migration leaves the previous version intact.
 * (Flyway would work too, but its SQLite support wants a schema-history table and adds ~5 MB for
 * what is a dozen lines here.)
 */
final class SchemaMigrations {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrations.class);
    private static final String FOLDER = "migrations/";
    private static final java.util.regex.Pattern TRIGGER = java.util.regex.Pattern.compile("(?i)CREATE\\s+TRIGGER\\b");
    private static final java.util.regex.Pattern TRIGGER_END = java.util.regex.Pattern.compile("(?i)\\bEND\\s*$");

    private SchemaMigrations() {
    }

    static List<String> names() {
        return lines(resource("INDEX")).stream()
                .map(String::trim)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }

    static int latestVersion() {
        return names().size();
    }

    static int currentVersion(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Applies every migration not yet applied; returns the number applied. */
    static int migrate(Connection connection) throws SQLException {
        List<String> names = names();
        int current = currentVersion(connection);
        if (current > names.size()) {
            throw new CacheException("This cache was written by a newer version of Coach Desk; update Coach Desk to open it.",
                    "cache schema version " + current + ", this version knows " + names.size(), null);
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            for (int version = current + 1; version <= names.size(); version++) {
                String name = names.get(version - 1);
                try (Statement st = connection.createStatement()) {
                    for (String sql : statements(resource(name))) {
                        st.executeUpdate(sql);
                    }
                    st.executeUpdate("PRAGMA user_version = " + version);
                    connection.commit();
                } catch (SQLException e) {
                    connection.rollback();
                    throw e;
                }
                LOG.info("Cache schema migrated to version {} ({})", version, name);
            }
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return names.size() - current;
    }

    /**
     * Splits a migration into statements: drops "--" comment lines, splits at ";", except inside a
     * {@code CREATE TRIGGER ... BEGIN ... END} body (the search index's triggers), which ends at "END;".
     */
    static List<String> statements(String script) {
        StringBuilder withoutComments = new StringBuilder();
        for (String line : script.split("\n")) {
            if (!line.trim().startsWith("--")) {
                withoutComments.append(line).append('\n');
            }
        }
        List<String> result = new ArrayList<>();
        StringBuilder statement = new StringBuilder();
        for (String part : withoutComments.toString().split(";")) {
            statement.append(statement.length() == 0 ? "" : ";").append(part);
            String text = statement.toString().trim();
            if (TRIGGER.matcher(text).lookingAt() && !TRIGGER_END.matcher(text).find()) {
                continue;
            }
            if (!text.isEmpty()) {
                result.add(text);
            }
            statement.setLength(0);
        }
        return result;
    }

    /** The text of one migration resource (also read by {@link SearchIndex#refill}). */
    static String resource(String name) {
        try (InputStream in = SchemaMigrations.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing cache migration resource " + FOLDER + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(String text) {
        return List.of(text.split("\r?\n"));
    }
}
