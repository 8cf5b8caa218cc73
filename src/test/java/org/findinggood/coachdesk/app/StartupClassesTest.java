package org.findinggood.coachdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The preload list must stay close to what a start loads (regenerate it with packaging/update-startup-classes.sh). */
class StartupClassesTest {

    private static List<String> listed() throws IOException {
        try (InputStream in = StartupClasses.class.getResourceAsStream(StartupClasses.LIST)) {
            assertThat(in).as(StartupClasses.LIST + " on the class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        }
    }

    @Test
    void almostEveryListedClassExistsAndTheAppsOwnViewsAreAmongThem() throws IOException {
        List<String> names = listed();
        assertThat(names).hasSizeGreaterThan(1000)
                .contains("javafx.scene.control.ListView", "atlantafx.base.theme.PrimerLight",
                        "org.findinggood.coachdesk.ui.roster.RosterView", "org.findinggood.coachdesk.ui.shell.MainWindowView");

        int found = StartupClasses.preload(true);

        assertThat(found).as("classes of the list found on the class path; if this fails, regenerate the list")
                .isGreaterThan(names.size() * 95 / 100);
    }
}
