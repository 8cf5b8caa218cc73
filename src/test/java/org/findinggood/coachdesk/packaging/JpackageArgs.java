package org.findinggood.coachdesk.packaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a jpackage/jlink @argument file as the tools do: '#' comment lines, double-quoted values. */
final class JpackageArgs {
    private JpackageArgs() {
    }

    static List<String> read(Path file) throws IOException {
        List<String> args = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            StringBuilder current = new StringBuilder();
            boolean quoted = false;
            boolean inToken = false;
            for (char c : trimmed.toCharArray()) {
                if (c == '"') {
                    quoted = !quoted;
                    inToken = true;
                } else if (Character.isWhitespace(c) && !quoted) {
                    if (inToken) {
                        args.add(current.toString());
                        current.setLength(0);
                        inToken = false;
                    }
                } else {
                    current.append(c);
                    inToken = true;
                }
            }
            if (quoted) {
                throw new IllegalArgumentException(file + ": unbalanced quote in: " + line);
            }
            if (inToken) {
                args.add(current.toString());
            }
        }
        return args;
    }

    /** The value after {@code option}, or null when the option is absent. */
    static String valueOf(List<String> args, String option) {
        int at = args.indexOf(option);
        return at < 0 || at + 1 >= args.size() ? null : args.get(at + 1);
    }
}
