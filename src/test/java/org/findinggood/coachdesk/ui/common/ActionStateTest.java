package org.findinggood.coachdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActionStateTest {

    @Test
    void aStartClearsTheLastErrorAndTheFinishKeepsANewOne() {
        ActionState state = ActionState.nullWhenClear();
        state.fail("The last try failed; try again.", "500 boom");

        state.start();
        assertThat(state.isBusy()).isTrue();
        assertThat(state.errorProperty().get()).isNull();
        assertThat(state.errorDetailsProperty().get()).isNull();

        state.fail("That code is not right; type the code your app shows now.", null);
        state.finish();
        assertThat(state.busyProperty().get()).isFalse();
        assertThat(state.errorProperty().get()).isEqualTo("That code is not right; type the code your app shows now.");
        assertThat(state.errorDetailsProperty().get()).as("nothing to copy reads as no details").isNull();
    }

    @Test
    void aTabsStateReadsEmptyWhenClear() {
        ActionState state = ActionState.emptyWhenClear();
        assertThat(state.errorProperty().get()).isEmpty();
        state.fail("The change could not be saved.", null);
        assertThat(state.errorDetailsProperty().get()).isEmpty();
        state.clearError();
        assertThat(state.errorProperty().get()).isEmpty();
    }

    @Test
    void anOwnerShowsItsStateThroughTheUsualAccessors() {
        ActionState state = ActionState.nullWhenClear();
        ActionState.Owner owner = () -> state;
        state.start();
        state.fail("Signing in failed.", "details");
        assertThat(owner.busyProperty().get()).isTrue();
        assertThat(owner.errorProperty().get()).isEqualTo("Signing in failed.");
        assertThat(owner.errorDetailsProperty().get()).isEqualTo("details");
    }
}
