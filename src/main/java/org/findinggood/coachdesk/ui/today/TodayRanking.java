package org.findinggood.coachdesk.ui.today;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.findinggood.coachdesk.store.ClientFacts;

/**
 * Applies Today's rules to every client and ranks those with a reason: highest score (the reasons'
 * weights added) first; equal scores by the newest reason; then by name. A client the coach dismissed
 * stays off until one of its reasons is newer than the dismissal.
 */
public final class TodayRanking {

    private final List<TodayRule> rules;

    public TodayRanking(List<TodayRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules of this version, strongest first. */
    public static TodayRanking standard() {
        return forWorkspace(true);
    }

    /**
     * The rules for a workspace that syncs or not: the demo never syncs, so its edits wait for nothing and
     * "edits to sync" would be untrue there.
     */
    public static TodayRanking forWorkspace(boolean syncs) {
        List<TodayRule> rules = new ArrayList<>(List.of(new ClientRequestRule(), new EvidenceWaitingRule(), new NewSnapshotRule(),
                new CheckinsStoppedRule(), new EngagementFallingRule(), new UnsentEditsRule(), new StaleInviteRule()));
        if (!syncs) {
            rules.removeIf(UnsentEditsRule.class::isInstance);
        }
        return new TodayRanking(rules);
    }

    public List<TodayEntry> rank(List<ClientFacts> clients, Instant now) {
        List<TodayEntry> entries = new ArrayList<>();
        for (ClientFacts client : clients) {
            List<TodayReason> reasons = new ArrayList<>();
            for (TodayRule rule : rules) {
                rule.check(client, now).ifPresent(reasons::add);
            }
            if (reasons.isEmpty() || dismissedSinceAll(client, reasons)) {
                continue;
            }
            reasons.sort(Comparator.comparingInt(TodayReason::weight).reversed());
            entries.add(new TodayEntry(client, reasons));
        }
        entries.sort(Comparator.comparingInt(TodayEntry::score).reversed()
                .thenComparing(TodayRanking::newest, Comparator.reverseOrder())
                .thenComparing(entry -> entry.displayName().toLowerCase(java.util.Locale.ROOT)));
        return entries;
    }

    private static boolean dismissedSinceAll(ClientFacts client, List<TodayReason> reasons) {
        Instant dismissed = client.dismissed();
        return dismissed != null && reasons.stream().noneMatch(reason -> reason.since().isAfter(dismissed));
    }

    private static Instant newest(TodayEntry entry) {
        Optional<Instant> newest = entry.reasons().stream().map(TodayReason::since).max(Comparator.naturalOrder());
        return newest.orElse(Instant.EPOCH);
    }
}
