package org.findinggood.coachdesk.ui.today;

import java.util.List;
import java.util.stream.Collectors;
import org.findinggood.coachdesk.store.ClientFacts;

/** One client on Today: its facts, the reasons that put it there, and its score (the reasons' weights added). */
public record TodayEntry(ClientFacts facts, List<TodayReason> reasons) {

    public TodayEntry {
        reasons = List.copyOf(reasons);
    }

    public String clientEmail() {
        return facts.clientEmail();
    }

    /**
     * The client's name as Today shows it: the one place Today renders a client's name (a presenting mode
     * that hides other clients' names applies here).
     */
    public String displayName() {
        return facts.name() == null || facts.name().isBlank() ? facts.clientEmail() : facts.name();
    }

    public int score() {
        return reasons.stream().mapToInt(TodayReason::weight).sum();
    }

    /**
     * How the rank came about, e.g. "Score 6: Evidence to review (2) +3, New week +3": each reason's points
     * signed and set apart, so a count in a chip ("(2)") never runs into a weight.
     */
    public String rankExplanation() {
        return "Score " + score() + ": " + reasons.stream().map(r -> r.chip() + " +" + r.weight())
                .collect(Collectors.joining(", "));
    }
}
