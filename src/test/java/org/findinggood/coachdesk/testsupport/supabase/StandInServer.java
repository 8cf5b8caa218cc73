package org.findinggood.coachdesk.testsupport.supabase;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.findinggood.coachdesk.testsupport.pg.FreshDatabase;
import org.findinggood.coachdesk.testsupport.pg.PostgresHarness;

/**
 * The stand-in as a process of its own, for the packaging smoke test: starts embedded PostgreSQL with the
 * project's migrations and {@link LocalSupabase} over it, writes {@code url=}, {@code anon_key=} and
 * {@code publishable_key=} to the file named by the first argument (atomically, so a reader never sees half),
 * and serves until its standard input closes.
 */
public final class StandInServer {

    private StandInServer() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        try (FreshDatabase database = PostgresHarness.freshDatabase(); LocalSupabase supabase = LocalSupabase.start(database)) {
            String text = "url=" + supabase.baseUrl() + "\nanon_key=" + supabase.anonKey()
                    + "\npublishable_key=" + supabase.publishableKey() + "\n";
            Path partial = out.resolveSibling(out.getFileName() + ".part");
            Files.writeString(partial, text, StandardCharsets.UTF_8);
            Files.move(partial, out, StandardCopyOption.ATOMIC_MOVE);
            while (System.in.read() >= 0) {
                // serve until the smoke test closes our stdin (or kills us)
            }
        }
    }
}
