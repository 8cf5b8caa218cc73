package org.findinggood.coachdesk.app;

import org.findinggood.coachdesk.store.CacheStore;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.findinggood.coachdesk.remote.AuthClient;
import org.findinggood.coachdesk.remote.AuthExpiredException;
import org.findinggood.coachdesk.remote.AuthSession;
import org.findinggood.coachdesk.remote.ConnectionCheck;
import org.findinggood.coachdesk.remote.FileTokenStore;
import org.findinggood.coachdesk.remote.ApiKeyRejectedException;
import org.findinggood.coachdesk.remote.AuthRefusal;
import org.findinggood.coachdesk.remote.SignInRefusedException;
import org.findinggood.coachdesk.remote.PostgrestClient;
import org.findinggood.coachdesk.remote.RemoteHttp;
import org.findinggood.coachdesk.remote.RequestDeadlines;
import org.findinggood.coachdesk.remote.PasswordSignIn;
import org.findinggood.coachdesk.remote.SessionTokens;
import org.findinggood.coachdesk.remote.SupabaseProject;
import org.findinggood.coachdesk.export.WorkspaceExport;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.store.CachedRows;
import org.findinggood.coachdesk.store.CacheException;
import org.findinggood.coachdesk.store.CacheKey;
import org.findinggood.coachdesk.store.CacheOpenResult;
import org.findinggood.coachdesk.store.WorkspaceId;
import org.findinggood.coachdesk.sync.CoachSync;
import org.findinggood.coachdesk.sync.QuarantineNotice;
import org.findinggood.coachdesk.sync.SyncFailure;
import org.findinggood.coachdesk.sync.SyncFailures;
import org.findinggood.coachdesk.sync.SyncPhase;
import org.findinggood.coachdesk.sync.SyncProgress;
import org.findinggood.coachdesk.sync.SyncSettings;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Syncs one workspace without opening a window (a coach prefetching before travel, a scheduled job),
 * with a progress bar on the terminal. Same cache file, same push and pull as the app.
 */
@Command(name = "coach-desk-sync", mixinStandardHelpOptions = true, version = "Coach Desk 0.1.0",
        description = "Syncs a Coach Desk workspace (cache file) with the Finding Good Supabase project, without a window.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:synced; nothing waits",
            "1:sync failed (see the message; edits are kept)",
            "2:wrong command-line arguments",
            "3:offline: the server cannot be reached (edits are kept and sent next time)",
            "4:sign-in needed or refused, or the project key refused (set the password variable, sign in again, or pass the current key)",
            "5:synced, but conflicts wait for the coach in the app",
            "6:the local cache cannot be opened or written",
            "7:the export could not be written (the sync's own result is in the message)"},
        footerHeading = "%nWhat the server's answers mean here:%n",
        footer = {
            "  project key refused (gateway 401): pass the current publishable key with --anon-key; the session stays (4)",
            "  project paused (540), restricted (402), outage (502-504, 520-530, 544), statement timeout: edits kept (1)",
            "  a network login page (captive portal) or a certificate not trusted: sign in to the network / change it (3)",
            "  sign-in refused: wrong password, e-mail not confirmed, account blocked, CAPTCHA on, e-mail sign-in off (4);",
            "  too many sign-ins from this network: try again in 5 minutes (1)",
            "",
            "Cache key:",
            "The cache is encrypted with the key Coach Desk keeps for this workspace in the system keyring",
            "(or, without one, in the passphrase-encrypted secrets file: set COACHDESK_PASSPHRASE). The",
            "environment variable COACHDESK_CACHE_KEY (64 hex digits), when set, overrides it: for scheduled",
            "jobs that cannot reach the keyring. A new workspace's key is created in the same place, so the",
            "app opens what this command synced."})
public final class HeadlessSync implements Callable<Integer> {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int OFFLINE = 3;
    public static final int SIGN_IN = 4;
    public static final int CONFLICTS = 5;
    public static final int CACHE = 6;
    public static final int EXPORT = 7;

    @Option(names = "--project", required = true, description = "Supabase project URL, e.g. https://<project>.supabase.co")
    URI project;

    @Option(names = "--anon-key", description = "The project's anon key (default: environment variable COACHDESK_ANON_KEY).")
    String anonKey;

    @Option(names = "--email", description = "The coach's e-mail address (needed to sync).")
    String email;

    @Option(names = "--check", description = "Check the connection instead of syncing: one line each for the URL, the key, "
            + "password sign-in, the V4 tables and the clock; exit 0 when every line is ok, 1 otherwise.")
    boolean check;

    @Option(names = "--password-env", defaultValue = "COACHDESK_PASSWORD",
            description = "Environment variable holding the password; used only when no saved session works (default: ${DEFAULT-VALUE}).")
    String passwordEnv;

    @Option(names = "--session", description = "Session file (owner-only); default: in the app's config folder.")
    Path sessionFile;

    @Option(names = "--cache", description = "Cache file; default: the app's file for this project and e-mail.")
    Path cacheFile;

    @Option(names = "--cache-key-env", defaultValue = "COACHDESK_CACHE_KEY",
            description = "Environment variable that, when set, overrides the app's cache key with one in hex (default: ${DEFAULT-VALUE}).")
    String cacheKeyEnv;

    @Option(names = "--secrets-file", description = "The passphrase-encrypted secrets file used where there is no system keyring; default: the app's.")
    Path secretsFile;

    @Option(names = "--passphrase-env", defaultValue = "COACHDESK_PASSPHRASE",
            description = "Environment variable holding the secrets file's passphrase (default: ${DEFAULT-VALUE}).")
    String passphraseEnv;

    @Option(names = "--no-keyring", description = "Read the cache key from the secrets file even when a system keyring answers.")
    boolean noKeyring;

    @Option(names = "--unencrypted", description = "Use an unencrypted cache file (for a cache of this command's own).")
    boolean unencrypted;

    @Option(names = "--full", description = "Also check every cached row against the server (finds rows deleted there).")
    boolean full;

    @Option(names = "--export", paramLabel = "DIR",
            description = "Then export everything cached (also when offline) as one ZIP in DIR: JSON per table with the"
                    + " server's column names, and a readable summary with coach-only content marked.")
    Path exportDir;

    @Option(names = "--export-client", paramLabel = "EMAIL", description = "With --export: only this client's rows.")
    String exportClient;

    @Option(names = "--quiet", description = "No progress bar; only the result line.")
    boolean quiet;

    @Option(names = "--details", description = "On failure, print technical details after the message.")
    boolean details;

    @Option(names = "--attempt-timeout", defaultValue = "30", paramLabel = "SECONDS",
            description = "Longest one attempt of a request may take, its whole answer included (default: ${DEFAULT-VALUE}).")
    long attemptSeconds;

    @Option(names = "--request-timeout", defaultValue = "60", paramLabel = "SECONDS",
            description = "Longest a request may take with its retries (default: ${DEFAULT-VALUE}).")
    long requestSeconds;

    @Option(names = "--round-timeout", defaultValue = "600", paramLabel = "SECONDS",
            description = "Longest the whole sync may take; then it stops as offline (exit 3) and the next run goes on "
                    + "where it stopped (default: ${DEFAULT-VALUE}).")
    long roundSeconds;

    private Map<String, String> env = System.getenv();
    private PrintStream out = System.out;
    private PrintStream err = System.err;

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    /** Runs the command; returns the exit code (see {@code --help}). */
    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        HeadlessSync command = new HeadlessSync();
        command.env = env;
        command.out = out;
        command.err = err;
        CommandLine line = new CommandLine(command);
        line.setOut(new java.io.PrintWriter(out, true));
        line.setErr(new java.io.PrintWriter(err, true));
        line.setParameterExceptionHandler((e, a) -> {
            err.println(e.getMessage());
            e.getCommandLine().usage(err);
            return USAGE;
        });
        return line.execute(args);
    }

    @Override
    public Integer call() {
        // The terminal shows the bar and one result line; the log says more only when asked, and on stderr:
        // stdout carries only the result line, for scripts.
        AppLogConfigurator.consoleToStandardError((LoggerContext) LoggerFactory.getILoggerFactory());
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(details ? Level.INFO : Level.WARN);
        if (attemptSeconds < 1 || requestSeconds < 1 || roundSeconds < 1) {
            err.println("--attempt-timeout, --request-timeout and --round-timeout take a number of seconds, 1 or more.");
            return USAGE;
        }
        String key = anonKey != null ? anonKey : env.get("COACHDESK_ANON_KEY");
        SupabaseProject supabase;
        try {
            supabase = new SupabaseProject(project, key == null ? "" : key);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return USAGE;
        }
        if (check) {
            return check(supabase);
        }
        if (email == null || email.isBlank()) {
            err.println("Missing required option: '--email=<email>' (only --check goes without it).");
            return USAGE;
        }
        AppDirectories dirs = AppDirectories.forCurrentUser();
        WorkspaceId workspace = new WorkspaceId(supabase.baseUrl(), email);
        Path cache = cacheFile != null ? cacheFile : workspace.cacheFile(dirs.data());
        CacheKey cacheKey;
        if (unencrypted) {
            cacheKey = CacheKey.none();
        } else {
            String hex = env.get(cacheKeyEnv);
            if (hex != null && !hex.isBlank()) {
                try {
                    cacheKey = CacheKey.fromHex(hex.trim());
                } catch (IllegalArgumentException e) {
                    err.println(cacheKeyEnv + " does not hold a cache key: " + e.getMessage());
                    return USAGE;
                }
            } else {
                try {
                    cacheKey = new HeadlessCacheKey(secretsFile != null ? secretsFile : dirs.config().resolve("secrets.enc"),
                            noKeyring, env.get(passphraseEnv), passphraseEnv, cacheKeyEnv).forWorkspace(workspace.fileName(), cache);
                } catch (HeadlessCacheKey.Unavailable e) {
                    err.println(e.getMessage());
                    return e.cacheProblem() ? CACHE : USAGE;
                }
            }
        }
        CacheOpenResult opened;
        try {
            opened = CacheDatabase.open(cache, cacheKey);
        } catch (CacheException e) {
            err.println(e.userMessage());
            return CACHE;
        }
        opened.message().ifPresent(err::println);
        if (!opened.isOpen()) {
            return CACHE;
        }
        try (CacheDatabase db = opened.database()) {
            int synced = sync(supabase, workspace, dirs, db);
            return exportDir == null ? synced : export(db, synced);
        }
    }

    /** Exports the cache after the sync, whatever the sync's outcome: the cached data is the coach's. */
    private int export(CacheDatabase db, int synced) {
        Clock clock = Clock.systemUTC();
        Path target = exportDir.resolve("coach-desk-export-" + java.time.format.DateTimeFormatter
                .ofPattern("uuuuMMdd-HHmmss").withZone(java.time.ZoneOffset.UTC).format(clock.instant()) + ".zip");
        ProgressBar bar = quiet ? null : new ProgressBarBuilder().setTaskName("Exporting").setInitialMax(0)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(err))
                .setUpdateIntervalMillis(200).build();
        try {
            WorkspaceExport.Result result = new WorkspaceExport(new CachedRows(db), clock).write(target, exportClient,
                    (done, total) -> {
                        if (bar != null) {
                            bar.maxHint(total);
                            bar.stepTo(done);
                        }
                    });
            if (bar != null) {
                bar.close();
            }
            out.println("Exported " + result.totalRows() + " rows to " + target + ".");
            return synced;
        } catch (java.io.IOException | RuntimeException e) {
            if (bar != null) {
                bar.close();
            }
            err.println("The export could not be written to " + exportDir + " (" + e.getMessage()
                    + "); nothing was left half-written. Check that the folder is writable and has room.");
            return EXPORT;
        }
    }

    /** Prints the connection check's lines on stdout, each one a copyable sentence. */
    private int check(SupabaseProject supabase) {
        List<ConnectionCheck.Line> lines = new ConnectionCheck(supabase, RemoteHttp.withDefaults(), Clock.systemUTC()).run(null);
        lines.forEach(out::println);
        return lines.stream().allMatch(ConnectionCheck.Line::ok) ? OK : FAILED;
    }

    private int sync(SupabaseProject supabase, WorkspaceId workspace, AppDirectories dirs, CacheDatabase db) {
        RemoteHttp http = RemoteHttp.withDeadlines(new RequestDeadlines(Duration.ofSeconds(attemptSeconds),
                Duration.ofSeconds(requestSeconds)));
        Clock clock = Clock.systemUTC();
        AuthClient auth = new AuthClient(supabase, http, clock);
        Path session = sessionFile != null ? sessionFile
                : dirs.config().resolve("headless").resolve(workspace.fileName() + ".session.json");
        SessionTokens tokens = new SessionTokens(auth, new FileTokenStore(session));
        SyncFailures failures = new SyncFailures();
        try {
            Optional<AuthSession> current = tokens.session().filter(s -> email.equalsIgnoreCase(s.email()));
            if (current.isEmpty()) {
                String password = env.get(passwordEnv);
                if (password == null || password.isEmpty()) {
                    err.println("No saved session for " + email + "; set " + passwordEnv + " to the password and run again.");
                    return SIGN_IN;
                }
                PasswordSignIn answer = auth.signInWithPasswordAndFactors(email, password);
                if (answer.needsCode()) {
                    // the password's aal1 session is not stored anywhere: only an aal2 one may be (docs/SECURITY.md)
                    err.println("This account asks for a code from an authenticator app, which coach-desk-sync cannot "
                            + "ask for; sync it in Coach Desk instead.");
                    return SIGN_IN;
                }
                tokens.adopt(answer.session());
            }
            PostgrestClient rest = new PostgrestClient(supabase, tokens, http);
            CacheStore store = new CacheStore(db);
            CoachSync round = new CoachSync(rest, tokens::session, store,
                    SyncSettings.standard().withRoundDeadline(Duration.ofSeconds(roundSeconds)), clock);
            if (full) {
                round.reconcileNextRound();
            }
            int sentBefore = store.outbox().count();
            try (TerminalProgress progress = new TerminalProgress(quiet, err)) {
                round.run(progress);
                int pending = store.outbox().count();
                int conflicts = store.conflicts().count();
                out.println("Synced " + email + ": " + progress.rowsReceived + " rows received, "
                        + Math.max(0, sentBefore - pending) + " edits sent, " + conflicts + " conflicts waiting.");
                new QuarantineNotice(store.quarantine()).current().ifPresent(kept -> {
                    err.println(kept.sentence());
                    if (details) {
                        err.println(kept.details());
                    }
                });
                if (conflicts > 0) {
                    err.println(conflicts + " edits conflict with newer server versions or were refused by the server; open Coach Desk to resolve them.");
                    return CONFLICTS;
                }
                return OK;
            }
        } catch (SignInRefusedException e) {
            err.println(e.sentence());
            if (details) {
                err.println(e.getMessage());
            }
            return e.refusal() == AuthRefusal.RATE_LIMITED ? FAILED : SIGN_IN;
        } catch (RuntimeException e) {
            SyncFailure failure = failures.describe(e);
            err.println(failure.offline() ? "Offline: " + failure.sentence() : failure.sentence());
            if (details) {
                err.println(failure.details());
            }
            if (failure.offline()) {
                return OFFLINE;
            }
            if (e instanceof AuthExpiredException || e instanceof ApiKeyRejectedException) {
                return SIGN_IN;
            }
            return e instanceof CacheException ? CACHE : FAILED;
        }
    }

    /** One progress bar per table on the terminal (stderr), so stdout keeps only the result line. */
    private static final class TerminalProgress implements SyncProgress, AutoCloseable {
        private final boolean quiet;
        private final PrintStream err;
        private ProgressBar bar;
        private SyncPhase phase;
        long rowsReceived;

        TerminalProgress(boolean quiet, PrintStream err) {
            this.quiet = quiet;
            this.err = err;
        }

        @Override
        public void begin(SyncPhase next, String table, long total) {
            phase = next;
            if (quiet) {
                return;
            }
            close();
            bar = new ProgressBarBuilder()
                    .setTaskName(table == null ? next.label() : next.label() + " " + table)
                    .setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(new ConsoleProgressBarConsumer(err))
                    .setUpdateIntervalMillis(200)
                    .build();
        }

        @Override
        public void advance(long rows) {
            if (phase != SyncPhase.PUSHING) {
                rowsReceived += rows;
            }
            if (bar != null) {
                bar.stepBy(rows);
            }
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
                bar = null;
            }
        }
    }
}
