package org.findinggood.coachdesk.testsupport.pg;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One database of the test cluster, cloned from the migrated template. {@link #close()} drops it
 * (forcing out connections a failed test left open).
 */
public final class FreshDatabase implements AutoCloseable {

    private static final Pattern ROLE_NAME = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final int port;
    private boolean closed;

    FreshDatabase(String name, int port) {
        this.name = name;
        this.port = port;
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + name;
    }

    /** The superuser; it bypasses RLS, so use it to arrange data, not to test policies. */
    public String user() {
        return PostgresHarness.SUPERUSER;
    }

    public String password() {
        return PostgresHarness.SUPERUSER_PASSWORD;
    }

    /** A superuser connection (auto-commit). */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), user(), password());
    }

    /**
     * A connection as PostgREST makes one: logged in as {@code authenticator}, switched to {@code role}
     * ({@code anon}, {@code authenticated} or {@code service_role}), with {@code request.jwt.claims}
     * set for the whole session so {@code auth.uid()}, {@code auth.email()}, {@code auth.role()} and
     * {@code auth.jwt()} answer from {@code claims}. A {@code "role"} claim is added when missing.
     */
    public Connection connectAs(String role, Map<String, Object> claims) throws SQLException {
        if (!ROLE_NAME.matcher(role).matches()) {
            throw new IllegalArgumentException("not a role name: " + role);
        }
        Map<String, Object> all = new LinkedHashMap<>(claims == null ? Map.of() : claims);
        all.putIfAbsent("role", role);
        String claimsJson;
        try {
            claimsJson = JSON.writeValueAsString(all);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("claims are not JSON-serialisable: " + e.getMessage(), e);
        }
        Connection c = DriverManager.getConnection(jdbcUrl(), PostgresHarness.AUTHENTICATOR,
                PostgresHarness.AUTHENTICATOR_PASSWORD);
        try {
            try (Statement s = c.createStatement()) {
                s.execute("set role " + role);
            }
            try (PreparedStatement p = c.prepareStatement("select set_config('request.jwt.claims', ?, false)")) {
                p.setString(1, claimsJson);
                p.execute();
            }
            return c;
        } catch (SQLException e) {
            c.close();
            throw e;
        }
    }

    /** Runs a SQL file (e.g. the opt-in policies) as the superuser. */
    public void applyScript(Path file) throws SQLException {
        try (Connection c = connect()) {
            PostgresHarness.applyScript(c, file);
        }
    }

    @Override
    public synchronized void close() throws SQLException {
        if (closed) {
            return;
        }
        closed = true;
        try (Connection c = DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + port + "/postgres", user(), password());
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
        }
    }

    @Override
    public String toString() {
        return "FreshDatabase[" + jdbcUrl() + "]";
    }
}
