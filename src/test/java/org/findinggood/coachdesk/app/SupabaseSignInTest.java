package org.findinggood.coachdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import org.findinggood.coachdesk.remote.RemoteHttp;
import org.findinggood.coachdesk.testsupport.pg.FreshDatabase;
import org.findinggood.coachdesk.testsupport.pg.PostgresHarness;
import org.findinggood.coachdesk.testsupport.supabase.LocalSupabase;
import org.findinggood.coachdesk.testsupport.supabase.ScriptedServer;
import org.findinggood.coachdesk.ui.signin.SignInException;
import org.findinggood.coachdesk.ui.signin.SignInService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sign-in screen's service against the local Supabase stand-in over real sockets. */
class SupabaseSignInTest {

    private static FreshDatabase database;
    private static LocalSupabase supabase;

    @BeforeAll
    static void start() throws Exception {
        database = PostgresHarness.freshDatabase();
        supabase = LocalSupabase.start(database);
        supabase.createCoach("coach@example.com", "right-password", "Jordan Ellis");
    }

    @AfterAll
    static void stop() throws Exception {
        supabase.close();
        database.close();
    }

    private final SupabaseSignIn signIn = new SupabaseSignIn(RemoteHttp.withDefaults(), Clock.systemUTC());

    @Test
    void rightPasswordSignsInAndKeepsTheSessionForTheWorkspace() throws Exception {
        SignInService.SignedIn signedIn = signIn.signIn(supabase.baseUrl(), supabase.anonKey(), "coach@example.com",
                "right-password".toCharArray());
        assertThat(signedIn.coachEmail()).isEqualTo("coach@example.com");
        assertThat(signIn.takeLatest()).hasValueSatisfying(s -> assertThat(s.session().accessToken()).isNotBlank());
        assertThat(signIn.takeLatest()).isEmpty(); // handed over once
    }

    @Test
    void wrongPasswordIsOneSentence() {
        assertThatThrownBy(() -> signIn.signIn(supabase.baseUrl(), supabase.anonKey(), "coach@example.com",
                "wrong".toCharArray()))
                .isInstanceOf(SignInException.class)
                .hasMessage("The e-mail or password is not right; check both and try again.");
    }

    @Test
    void unreachableServerIsOneSentence() {
        assertThatThrownBy(() -> signIn.signIn(URI.create("http://127.0.0.1:9"), supabase.anonKey(), "coach@example.com",
                "right-password".toCharArray()))
                .isInstanceOf(SignInException.class)
                .hasMessageStartingWith("The project could not be reached")
                .satisfies(e -> assertThat(((SignInException) e).details()).isNotBlank());
    }

    @Test
    void aNetworkLoginPageIsNamedAsOne() {
        // issue #18 item 6: a captive portal's redirect to its HTML login page
        supabase.outage(LocalSupabase.Outage.CAPTIVE_PORTAL);
        try {
            assertThatThrownBy(() -> signIn.signIn(supabase.baseUrl(), supabase.anonKey(), "coach@example.com",
                    "right-password".toCharArray()))
                    .isInstanceOf(SignInException.class)
                    .hasMessage("A network login page answered; sign in to the network, then sync.");
        } finally {
            supabase.outage(LocalSupabase.Outage.NONE);
        }
    }

    @Test
    void notASupabaseServerIsOneSentence() {
        try (ScriptedServer website = ScriptedServer.start()) {
            website.answer(call -> ScriptedServer.Reply.of(404, java.util.Map.of("Content-Type", "text/html"),
                    "<html><body>Not Found</body></html>"));
            assertThatThrownBy(() -> signIn.signIn(website.baseUrl(), supabase.anonKey(), "coach@example.com",
                    "right-password".toCharArray()))
                    .isInstanceOf(SignInException.class)
                    .hasMessageStartingWith("That address does not answer like a Supabase project");
        }
    }

    @Test
    void plainHttpToARemoteHostIsRefused() {
        assertThatThrownBy(() -> signIn.signIn(URI.create("http://example.com"), "key", "coach@example.com",
                "x".toCharArray()))
                .isInstanceOf(SignInException.class)
                .hasMessageContaining("https://");
    }
}
