package org.findinggood.coachdesk.ui.roster;

import static org.assertj.core.api.Assertions.assertThat;

import org.findinggood.coachdesk.model.RelationshipStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RelationshipActionTest {

    @Test
    void namesEachMoveTheCoachCanMake() {
        assertThat(RelationshipAction.availableFor(RelationshipStatus.PENDING_CLIENT_REQUEST))
                .containsExactly(RelationshipAction.ACCEPT_REQUEST, RelationshipAction.DECLINE_REQUEST);
        assertThat(RelationshipAction.availableFor(RelationshipStatus.PENDING_COACH_INVITE))
                .containsExactly(RelationshipAction.WITHDRAW_INVITE);
        assertThat(RelationshipAction.availableFor(RelationshipStatus.ACTIVE))
                .containsExactly(RelationshipAction.PAUSE, RelationshipAction.COMPLETE);
        assertThat(RelationshipAction.availableFor(RelationshipStatus.PAUSED))
                .containsExactly(RelationshipAction.RESUME, RelationshipAction.COMPLETE);
        assertThat(RelationshipAction.availableFor(RelationshipStatus.COMPLETED)).isEmpty();
        assertThat(RelationshipAction.availableFor(RelationshipStatus.UNKNOWN)).isEmpty();
        assertThat(RelationshipAction.availableFor(null)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(RelationshipStatus.class)
    void neverOffersAMoveTheModelForbids(RelationshipStatus from) {
        for (RelationshipAction action : RelationshipAction.values()) {
            if (action.appliesTo(from)) {
                assertThat(from.canMoveTo(action.target())).as("%s from %s", action, from).isTrue();
            }
        }
        // ...and every move the model allows has a name.
        for (RelationshipStatus to : from.coachTransitions()) {
            assertThat(RelationshipAction.availableFor(from)).extracting(RelationshipAction::target).contains(to);
        }
    }
}
