package org.findinggood.coachdesk.ui.common.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldLabelTest {

    @Test
    void keysReadAsSentenceCaseLabels() {
        assertThat(FieldLabel.of("language_patterns")).isEqualTo("Language patterns");
        assertThat(FieldLabel.of("weekNumber")).isEqualTo("Week number");
        assertThat(FieldLabel.of("fires_signals")).isEqualTo("FIRES signals");
    }

    @Test
    void checkinsAreSpelledAsTheAppSpellsThem() {
        assertThat(FieldLabel.of("checkins")).isEqualTo("Check-ins");
        assertThat(FieldLabel.of("daily_checkins")).isEqualTo("Daily check-ins");
        assertThat(FieldLabel.of("checkin_count")).isEqualTo("Check-in count");
    }

    @Test
    void firesElementsShownAsValuesAreCapitalisedLikeTheMapsLegend() {
        assertThat(FieldLabel.ofValue("feelings")).isEqualTo("Feelings");
        assertThat(FieldLabel.ofValue("RESILIENCE")).isEqualTo("Resilience");
        assertThat(FieldLabel.ofValue("trusting the team")).isEqualTo("trusting the team");
    }
}
