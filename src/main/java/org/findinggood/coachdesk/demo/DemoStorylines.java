package org.findinggood.coachdesk.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The coaching stories behind the demo clients, written to read like a coach's real caseload, and the
 * names and phrases the generator draws from. The text lives in {@code storylines.json} beside this
 * class, so a writer can change it without touching code.
 */
record DemoStorylines(
        List<DemoStoryline> storylines,
        List<String> firstNames,
        List<String> lastNames,
        List<String> emailDomains,
        List<String> exchangePhrases,
        List<String> fires) {

    static DemoStorylines fromResource() {
        try (InputStream in = DemoStorylines.class.getResourceAsStream("storylines.json")) {
            if (in == null) {
                throw new IllegalStateException("storylines.json is missing from the demo package");
            }
            return new ObjectMapper().enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                    .readValue(in, DemoStorylines.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the demo storylines", e);
        }
    }
}
