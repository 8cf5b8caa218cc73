package org.findinggood.coachdesk.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class SupabaseProjectTest {

    @Test
    void acceptsHttpsAndDerivesTheApiUrls() {
        SupabaseProject project = new SupabaseProject(URI.create("https://abc.supabase.co/"), "anon-key");
        assertThat(project.restUrl().toString()).isEqualTo("https://abc.supabase.co/rest/v1");
        assertThat(project.authUrl().toString()).isEqualTo("https://abc.supabase.co/auth/v1");
    }

    @Test
    void acceptsPlainHttpOnlyForTheLocalMachine() {
        for (String local : new String[] {"http://localhost:54321", "http://127.0.0.1:8000", "http://[::1]:9999"}) {
            assertThat(new SupabaseProject(URI.create(local), "k").baseUrl().getScheme()).isEqualTo("http");
        }
        assertThatThrownBy(() -> new SupabaseProject(URI.create("http://abc.supabase.co"), "k"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("https://");
        assertThatThrownBy(() -> new SupabaseProject(URI.create("ftp://abc.supabase.co"), "k"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SupabaseProject(URI.create("https://abc.supabase.co"), " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("anon key");
    }

    @Test
    void toStringHidesTheKey() {
        assertThat(new SupabaseProject(URI.create("https://abc.supabase.co"), "secret-anon").toString())
                .doesNotContain("secret-anon");
    }
}
