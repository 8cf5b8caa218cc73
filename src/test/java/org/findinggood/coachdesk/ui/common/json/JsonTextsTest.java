package org.findinggood.coachdesk.ui.common.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Check-in scores in the shapes servers send them. */
class JsonTextsTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void scoresReadNumbersAndNumbersInTextFromListsAndMaps() throws Exception {
        assertThat(JsonTexts.scores(json.readTree("[{\"focus\": \"Rest\", \"score\": 4}, {\"focus\": \"Ask\", \"score\": \" 3.5 \"}]")))
                .isEqualTo(Map.of("Rest", 4.0, "Ask", 3.5));
        assertThat(JsonTexts.scores(json.readTree("{\"Rest\": 4, \"Ask\": \"3\", \"Walk\": \"often\", \"Sleep\": null}")))
                .containsExactly(Map.entry("Rest", 4.0), Map.entry("Ask", 3.0));
        assertThat(JsonTexts.scores(json.readTree("{\"Rest\": \"1e999\", \"Ask\": \"NaN\", \"Walk\": true}"))).isEmpty();
        assertThat(JsonTexts.scores(json.readTree("null"))).isEmpty();
        assertThat(JsonTexts.scores(json.readTree("\"4\""))).isEmpty();
    }
}
