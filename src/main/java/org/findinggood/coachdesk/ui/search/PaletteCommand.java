package org.findinggood.coachdesk.ui.search;

import java.util.Locale;

/** A command the search box runs (sync now, invite, export, theme, settings, sign out), found by its words. */
public record PaletteCommand(String label, String keywords, Runnable action) {

    /** True when every typed word starts one of the label's or keywords' words ("sync", "inv", "dark the"). */
    public boolean matches(String typed) {
        String words = " " + (label + " " + keywords).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ");
        for (String word : typed.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && !words.contains(" " + word)) {
                return false;
            }
        }
        return true;
    }
}
