package org.findinggood.coachdesk.ui.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ActivityColumnsTest {

    private final ActivityColumns columns = new ActivityColumns();

    @Test
    void everyColumnIsShownUntilHidden() {
        assertThat(ActivityColumns.KEYS).allMatch(columns::isShown);

        assertThat(columns.show("evidence", false)).isFalse();
        assertThat(columns.isShown("evidence")).isFalse();
        assertThat(columns.hidden()).containsExactly("evidence");

        assertThat(columns.show("evidence", true)).isTrue();
        assertThat(columns.hidden()).isEmpty();
    }

    @Test
    void theActivityTextCannotBeHiddenEvenWhenTheSettingsNameIt() {
        assertThat(columns.show("activity", false)).isTrue();
        assertThat(columns.hidden()).isEmpty();

        columns.hidden().add("activity"); // a hand-edited settings file
        assertThat(columns.isShown("activity")).isTrue();
    }

    @Test
    void anUnknownColumnIsAMistake() {
        assertThatThrownBy(() -> columns.show("colour", false)).isInstanceOf(IllegalArgumentException.class);
    }
}
