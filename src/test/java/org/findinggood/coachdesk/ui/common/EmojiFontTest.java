package org.findinggood.coachdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** An emoji pasted into a note is drawn, not a box, on a Linux desktop without an emoji font. */
class EmojiFontTest {

    @Test
    void theBundledFontIsThereAndReadable() {
        assertThat(EmojiFont.load()).hasValueSatisfying(font -> assertThat(font.getFamily()).isEqualTo("Symbola"));
    }

    @Test
    void loadedBeforeTheFirstWindowTheDefaultFontDrawsEmojiWithIt() throws Exception {
        assumeTrue(System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux"), "the font is loaded on Linux only");
        // the control: without the bundled font this machine draws a box (if it has an emoji font of its
        // own, there is nothing to prove here)
        assumeTrue(probe(false) == 1, "this machine has an emoji font of its own");
        assertThat(probe(true)).as("exit code of EmojiFontProbe load (0: drawn with Symbola)").isZero();
    }

    private static int probe(boolean load) throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Djava.awt.headless=true",
                EmojiFontProbe.class.getName()));
        if (load) {
            command.add("load");
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the probe finished").isTrue();
        return process.exitValue();
    }
}
