package org.findinggood.coachdesk.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.findinggood.coachdesk.model.ActivitySource;
import org.findinggood.coachdesk.model.ActivityStatus;
import org.findinggood.coachdesk.model.AgreedActivity;
import org.findinggood.coachdesk.model.Visibility;
import org.findinggood.coachdesk.store.AgreedActivityRepository;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.store.SearchIndex;
import org.findinggood.coachdesk.ui.search.SnippetSpans.Span;
import org.findinggood.coachdesk.testsupport.supabase.SecretsLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The highlight of a hit: the snippets FTS5 marks in a real encrypted cache (prefix queries, folded accents,
 * a match at the very start, after an ellipsis, after multi-byte text) cut into runs whose matched ones are
 * exactly the whole words found, and never an empty run (TextFlow draws an empty Text as one character: the
 * old view drew a leading "Delegating" as "D" + bold "elegating ").
 */
class SnippetSpansTest {

    @TempDir
    Path dir;

    private static final char S = SearchIndex.MATCH_START;
    private static final char E = SearchIndex.MATCH_END;

    @Test
    void aMatchAtTheStartIsOneRunWithNothingEmptyBeforeIt() {
        assertThat(SnippetSpans.of(S + "Delegating" + E + " the report")).containsExactly(
                new Span("Delegating", true), new Span(" the report", false));
        assertThat(SnippetSpans.of("Ask " + S + "José" + E + " " + S + "délég" + E + "ating")).containsExactly(
                new Span("Ask ", false), new Span("José", true), new Span(" ", false), new Span("délég", true),
                new Span("ating", false));
        assertThat(SnippetSpans.of(S + "a" + E + S + "b" + E)).containsExactly(new Span("ab", true));
        assertThat(SnippetSpans.of("")).isEmpty();
        assertThat(SnippetSpans.of(null)).isEmpty();
        // a snippet cut inside a match: an unclosed mark runs to the end, a stray end mark is dropped
        assertThat(SnippetSpans.of("x " + S + "deleg")).containsExactly(new Span("x ", false), new Span("deleg", true));
        assertThat(SnippetSpans.of("gating" + E + " more")).containsExactly(new Span("gating more", false));
    }

    @Test
    void snippetsFromTheIndexHighlightExactlyTheWordsFoundByPrefixAndFoldedAccents() {
        String[] texts = {"Delegating the Monday report", "Practise délégating one task", "Über 😀 Delegating more",
                "“Delegating” in quotes", "One two three four five six seven eight nine ten eleven twelve delegating"};
        try (CacheDatabase db = CacheDatabase.open(dir.resolve("c.db"), SecretsLog.randomCacheKey()).database()) {
            AgreedActivityRepository activities = new AgreedActivityRepository(db);
            for (String text : texts) {
                activities.upsertAll(List.of(activity(text)));
            }
            List<SearchIndex.SearchHit> hits = new SearchIndex(db).search("deleg", 20);
            assertThat(hits).hasSize(texts.length);
            for (SearchIndex.SearchHit hit : hits) {
                List<Span> spans = SnippetSpans.of(hit.snippet());
                assertThat(spans).allMatch(span -> !span.text().isEmpty());
                assertThat(spans.stream().filter(Span::match).map(Span::text).toList())
                        .as(hit.snippet()).containsExactly(wordFound(hit.snippet()));
                String plain = String.join("", spans.stream().map(Span::text).toList());
                assertThat(plain).isEqualTo(hit.snippet().replace(String.valueOf(S), "").replace(String.valueOf(E), ""));
            }
        }
    }

    /** The word of the snippet that starts with the folded prefix "deleg" (the one FTS5 matched). */
    private static String wordFound(String snippet) {
        String plain = snippet.replace(String.valueOf(S), "").replace(String.valueOf(E), "");
        for (String word : plain.split("[^\\p{L}]+")) {
            String folded = java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            if (folded.toLowerCase(java.util.Locale.ROOT).startsWith("deleg")) {
                return word;
            }
        }
        throw new AssertionError("no word found in " + snippet);
    }

    private static AgreedActivity activity(String text) {
        java.time.OffsetDateTime at = java.time.OffsetDateTime.parse("2026-01-10T07:00:00Z");
        return new AgreedActivity(UUID.randomUUID(), "ana@example.com", UUID.randomUUID(), ActivitySource.SESSION, text,
                ActivityStatus.PENDING, null, null, Visibility.COACH_ONLY, at, at);
    }
}
