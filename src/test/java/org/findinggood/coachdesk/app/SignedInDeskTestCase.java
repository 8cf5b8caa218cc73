package org.findinggood.coachdesk.app;

import java.time.Duration;
import javafx.stage.Stage;
import org.findinggood.coachdesk.sync.LocalSyncStack;
import org.findinggood.coachdesk.sync.ServerSeed;
import org.findinggood.coachdesk.testsupport.supabase.LocalSupabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The lifecycle every signed-in desk test shares ({@link SignedInDeskFixture}): the app started on TestFX's
 * stage, a seeded stand-in before each test, both stopped after. TestFX looks for {@code @Start} among a test
 * class's own methods only, so each test class keeps a one-line {@code @Start} that calls {@link #startDesk}.
 */
@ExtendWith(ApplicationExtension.class)
abstract class SignedInDeskTestCase {

    static final Duration WAIT = Duration.ofSeconds(30);

    private final String folderPrefix;
    private final String coach;
    private final ServerSeed seed;
    private final String passphrase;

    SignedInDeskFixture fixture;
    LocalSyncStack stack;
    LocalSupabase supabase;
    Stage stage;
    AppDirectories dirs;

    SignedInDeskTestCase(String folderPrefix, String coach, ServerSeed seed, String passphrase) {
        this.folderPrefix = folderPrefix;
        this.coach = coach;
        this.seed = seed;
        this.passphrase = passphrase;
    }

    final void startDesk(Stage stage) throws Exception {
        fixture = SignedInDeskFixture.start(stage, folderPrefix);
        this.stage = stage;
        dirs = fixture.dirs;
    }

    @BeforeEach
    final void serve() throws Exception {
        fixture.serve(coach, seed, passphrase);
        stack = fixture.stack;
        supabase = fixture.supabase;
    }

    @AfterEach
    final void stopDesk() throws Exception {
        fixture.stop();
    }

    DeskRobot desk(FxRobot robot) {
        return new DeskRobot(robot, stage, stack, WAIT);
    }
}
