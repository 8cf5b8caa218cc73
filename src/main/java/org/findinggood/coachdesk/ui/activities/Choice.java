package org.findinggood.coachdesk.ui.activities;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** An entry of a filter or picker: a value (null means "all") and its label. */
public record Choice<T>(T value, String label) {

    /** "All …" first, then every listed value with its label. */
    @SafeVarargs
    static <T> List<Choice<T>> withAll(String allLabel, Function<T, String> label, T... values) {
        List<Choice<T>> choices = new ArrayList<>();
        choices.add(new Choice<>(null, allLabel));
        for (T value : values) {
            choices.add(new Choice<>(value, label.apply(value)));
        }
        return List.copyOf(choices);
    }

    @Override
    public String toString() {
        return label;
    }
}
