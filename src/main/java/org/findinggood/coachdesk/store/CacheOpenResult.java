package org.findinggood.coachdesk.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What happened when a cache was opened, with the one sentence to show the coach (empty when
 * nothing needs saying).
 *
 * @param outcome       what happened
 * @param database      the open cache; {@code null} only for {@link Outcome#WRONG_KEY}
 * @param keptEdits     unsent edits carried over into a rebuilt or migrated cache
 * @param movedAsideTo  where a damaged or unreadable file was moved, if it was
 */
public record CacheOpenResult(Outcome outcome, CacheDatabase database, int keptEdits, Path movedAsideTo,
        Map<String, Integer> keptByTable) {

    public CacheOpenResult {
        // sorted by table, so the sentence reads the same every time
        keptByTable = keptByTable == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(keptByTable));
    }

    public CacheOpenResult(Outcome outcome, CacheDatabase database, int keptEdits, Path movedAsideTo) {
        this(outcome, database, keptEdits, movedAsideTo, Map.of());
    }

    public enum Outcome {
        /** A new, empty cache: a full sync fills it. */
        CREATED,
        /** The existing cache opened normally. */
        OPENED,
        /** The file was damaged; it was moved aside and a fresh cache created (unsent edits kept where readable). */
        REBUILT_AFTER_DAMAGE,
        /** An unencrypted cache from an earlier version was encrypted; nothing was lost. */
        MIGRATED_TO_ENCRYPTED,
        /** The key does not open this file. Nothing was changed; offer {@link CacheDatabase#rebuild}. */
        WRONG_KEY,
        /** After {@link CacheDatabase#rebuild}: the unreadable file was moved aside, a fresh cache created. */
        REBUILT_ON_REQUEST,
        /** The file opened but had lost its latest unsent edits (a damaged WAL); the edit journal gave them back. */
        EDITS_RESTORED
    }

    /** The open cache; throws for {@link Outcome#WRONG_KEY}, where there is none. */
    public CacheDatabase database() {
        if (database == null) {
            throw new IllegalStateException(message().orElse("The cache is not open"));
        }
        return database;
    }

    public boolean isOpen() {
        return database != null;
    }

    public Optional<Path> movedAside() {
        return Optional.ofNullable(movedAsideTo);
    }

    /** One sentence for the coach, or empty when the cache simply opened. */
    public Optional<String> message() {
        return Optional.ofNullable(switch (outcome) {
            case CREATED, OPENED -> null;
            case REBUILT_AFTER_DAMAGE -> "Your local cache was damaged and has been rebuilt from the server; "
                    + kept() + "." + (movedAsideTo == null ? "" : " The damaged file is kept as " + movedAsideTo + ".");
            case EDITS_RESTORED -> "Your local cache had lost its latest unsent edits; " + kept()
                    + " from the edit journal beside it.";
            case MIGRATED_TO_ENCRYPTED -> "Your local cache is now encrypted on this computer; " + kept() + ".";
            case WRONG_KEY -> "Your local cache cannot be unlocked with the key stored on this computer; "
                    + "rebuild it from the server to continue (unsent edits in it cannot be recovered).";
            case REBUILT_ON_REQUEST -> "A new local cache was created and will be filled from the server at the next sync.";
        });
    }

    private String kept() {
        if (keptEdits == 0) {
            return "there were no unsent edits";
        }
        String count = keptEdits == 1 ? "1 unsent edit was kept" : keptEdits + " unsent edits were kept";
        if (keptByTable.isEmpty()) {
            return count;
        }
        // Exactly what was kept, by kind: "3 unsent edits were kept (2 agreed activities, 1 relationship)".
        StringBuilder kinds = new StringBuilder();
        keptByTable.forEach((table, n) -> kinds.append(kinds.length() == 0 ? "" : ", ").append(n).append(' ')
                .append(kind(table, n)));
        return count + " (" + kinds + ")";
    }

    private static String kind(String table, int n) {
        String one = switch (table) {
            case "agreed_activities" -> "agreed activity";
            case "coaching_relationships" -> "relationship";
            default -> table.replace('_', ' ') + " row";
        };
        if (n == 1) {
            return one;
        }
        return one.endsWith("activity") ? one.substring(0, one.length() - 1) + "ies" : one + "s";
    }
}
