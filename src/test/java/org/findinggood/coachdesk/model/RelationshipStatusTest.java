package org.findinggood.coachdesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A client's status reads as one word beside the name, the same in the roster and the header. */
class RelationshipStatusTest {

    @Test
    void eachStatusHasOneShortBadgeWord() {
        assertThat(Arrays.stream(RelationshipStatus.values()).map(RelationshipStatus::badge))
                .containsExactly("Invited", "Request", "Active", "Paused", "Completed", "Unknown")
                .allMatch(word -> !word.contains(" ") && Character.isUpperCase(word.charAt(0)));
    }
}
