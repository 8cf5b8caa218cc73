package org.findinggood.coachdesk.store;

import java.nio.file.Path;
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
public record CacheOpenResult(Outcome outcome, CacheDatabase database, int keptEdits, Path movedAsideTo) {

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
        REBUILT_ON_REQUEST
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
                    + kept() + ".";
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
        return keptEdits == 1 ? "1 unsent edit was kept" : keptEdits + " unsent edits were kept";
    }
}
