package org.findinggood.coachdesk.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.findinggood.coachdesk.model.ActivityStatus;
import org.junit.jupiter.api.Test;

/** Parameter encoding rules of PostgREST's "Operators", "Logical operators" and "Reserved characters" docs. */
class PostgrestQueryEncodingTest {

    private final SupabaseProject project = new SupabaseProject(URI.create("https://x.supabase.co"), "k");
    private final PostgrestClient client = new PostgrestClient(project, AccessTokens.anonymous(project), RemoteHttp.withDefaults());

    @Test
    void filtersUseWireValuesAndIsoTimes() {
        var query = client.from("agreed_activities")
                .eq("status", ActivityStatus.EVIDENCE_FOUND)
                .gte("updated_at", OffsetDateTime.parse("2026-11-25T01:00:00.5+01:00"))
                .is("coach_notes", null)
                .in("client_email", List.of("a@x.org", "b,c@x.org", "a@x.org"))
                .order("updated_at", Order.DESC, Nulls.LAST).order("id")
                .range(20, 29);
        assertThat(query.parameters()).containsExactly(
                Map.entry("select", "*"),
                Map.entry("status", "eq.evidence_found"),
                Map.entry("updated_at", "gte.2026-11-25T01:00:00.500+01:00"),
                Map.entry("coach_notes", "is.null"),
                Map.entry("client_email", "in.(a@x.org,\"b,c@x.org\")"),
                Map.entry("order", "updated_at.desc.nullslast,id.asc"),
                Map.entry("offset", "20"),
                Map.entry("limit", "10"));
    }

    @Test
    void logicalGroupsQuoteReservedCharactersAndEscapeQuotes() {
        var query = client.from("coaches").or(
                Condition.eq("name", "Smith, J. (Jr)"),
                Condition.and(Condition.gt("created_at", "2026-01-01T00:00:00Z"), Condition.is("name", null)),
                Condition.eq("name", "say \"hi\\\""));
        assertThat(query.parameters()).contains(Map.entry("or",
                "(name.eq.\"Smith, J. (Jr)\",and(created_at.gt.\"2026-01-01T00:00:00Z\",name.is.null),name.eq.\"say \\\"hi\\\\\\\"\")"));
    }

    @Test
    void inListsEscapeQuotesInsideQuotedElements() {
        assertThat(FilterText.inList(List.of("a,\"b", "plain", "O'Brien"))).isEqualTo("(\"a,\\\"b\",plain,O'Brien)");
    }

    @Test
    void refusesColumnNamesThatWouldChangeTheQuery() {
        assertThatThrownBy(() -> client.from("coaches").eq("email&select", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client.from("coaches?x=1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesUpdatesAndDeletesWithoutAFilter() {
        assertThatThrownBy(() -> client.from("coaches").delete(Object.class)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> client.from("coaches").update(Map.of("name", "x"), Object.class))
                .isInstanceOf(IllegalStateException.class);
    }
}
