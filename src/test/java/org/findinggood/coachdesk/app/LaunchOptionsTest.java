package org.findinggood.coachdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class LaunchOptionsTest {

    /** The launcher skips picocli for these two starts: what it builds must be what picocli would parse. */
    @Test
    void thePlainStartsAreWhatPicocliWouldParse() {
        for (String[] args : new String[][] {{}, {"--demo"}}) {
            LaunchOptions parsed = new LaunchOptions();
            new CommandLine(parsed).parseArgs(args);
            LaunchOptions plain = LaunchOptions.plain(args.length == 1);
            assertThat(plain.demo()).as(String.join(" ", args)).isEqualTo(parsed.demo());
            assertThat(plain.smokeTest()).as(String.join(" ", args)).isEqualTo(parsed.smokeTest()).isFalse();
        }
        assertThat(LaunchOptions.plain(true).demo()).isTrue();
        assertThat(LaunchOptions.plain(false).demo()).isFalse();
    }

    @Test
    void onlyThosePlainStartsGetAHeadStart() {
        // anything else goes through picocli (help, version, the smoke test, mistakes)
        assertThat(HeadStart.beforeParsing(new String[] {"--help"})).isNull();
        assertThat(HeadStart.beforeParsing(new String[] {"--demo", "--version"})).isNull();
        assertThat(HeadStart.beforeParsing(new String[] {"--dmeo"})).isNull();
    }
}
