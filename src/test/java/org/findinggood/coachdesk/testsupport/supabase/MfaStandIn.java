package org.findinggood.coachdesk.testsupport.supabase;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.findinggood.coachdesk.remote.AuthClient;
import org.findinggood.coachdesk.remote.MfaClient;
import org.findinggood.coachdesk.remote.RemoteHttp;
import org.findinggood.coachdesk.remote.SupabaseProject;
import org.findinggood.coachdesk.testsupport.pg.FreshDatabase;
import org.findinggood.coachdesk.testsupport.pg.PostgresHarness;
import org.findinggood.coachdesk.testsupport.totp.TotpCodes;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The setup the two-factor tests share: the stand-in on a fresh database for one test class, new coaches that sign
 * in with the class's password, with or without an authenticator enrolled earlier, and the clients that reach it.
 * Register it as a static {@code @RegisterExtension} field.
 */
public final class MfaStandIn implements BeforeAllCallback, AfterAllCallback {

    /** A coach whose authenticator app was set up earlier (on another device); {@code secret} makes its codes. */
    public record EnrolledCoach(String email, String secret) {

        /** The code the authenticator app shows now. */
        public String codeNow() {
            return TotpCodes.code(secret, Instant.now());
        }
    }

    private final String password;
    private FreshDatabase database;
    private LocalSupabase supabase;

    public MfaStandIn(String password) {
        this.password = password;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        database = PostgresHarness.freshDatabase();
        supabase = LocalSupabase.start(database);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        supabase.close();
        database.close();
    }

    public LocalSupabase supabase() {
        return supabase;
    }

    public SupabaseProject project() {
        return new SupabaseProject(supabase.baseUrl(), supabase.anonKey());
    }

    public AuthClient auth(RemoteHttp http) {
        return new AuthClient(project(), http, Clock.systemUTC());
    }

    public MfaClient mfa(RemoteHttp http) {
        return new MfaClient(project(), http, auth(http));
    }

    /** A new coach with the class's password and no authenticator; returns the e-mail address. */
    public String coach() {
        String email = "mfa-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        supabase.createCoach(email, password, "MFA Coach");
        return email;
    }

    /** A new coach with one verified authenticator named {@code factorName}. */
    public EnrolledCoach enrolledCoach(String factorName) {
        String email = coach();
        return new EnrolledCoach(email, supabase.enrolVerifiedTotp(email, factorName));
    }
}
