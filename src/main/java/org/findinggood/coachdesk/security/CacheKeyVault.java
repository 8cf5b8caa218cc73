package org.findinggood.coachdesk.security;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * The 256-bit keys that encrypt the workspace caches, one per workspace, kept in a
 * {@link SecretStore} as 64 hex digits (the form {@code store.CacheKey.fromHex} reads). A key is
 * made once, with {@link SecureRandom}, the first time a workspace asks for it.
 */
public final class CacheKeyVault {

    static final int KEY_BYTES = 32;
    private static final String PREFIX = "cache-key:";
    private static final HexFormat HEX = HexFormat.of();

    private final SecretStore secrets;
    private final SecureRandom random;

    public CacheKeyVault(SecretStore secrets) {
        this(secrets, new SecureRandom());
    }

    CacheKeyVault(SecretStore secrets, SecureRandom random) {
        this.secrets = Objects.requireNonNull(secrets);
        this.random = Objects.requireNonNull(random);
    }

    /**
     * The workspace's key as 64 hex digits, created and stored on first use. A stored value that is
     * not a key is an error, never silently replaced: the cache it encrypts would become unreadable.
     */
    public synchronized String hexKeyFor(String workspace) {
        Optional<String> stored = existingHexKey(workspace);
        if (stored.isPresent()) {
            return stored.get();
        }
        byte[] raw = new byte[KEY_BYTES];
        random.nextBytes(raw);
        String hex = HEX.formatHex(raw);
        secrets.put(name(workspace), hex);
        return hex;
    }

    /** The key when one was stored, without creating one (e.g. to open a cache read-only). */
    public synchronized Optional<String> existingHexKey(String workspace) {
        Optional<String> stored = secrets.get(name(workspace));
        stored.ifPresent(hex -> {
            if (hex.length() != KEY_BYTES * 2 || !hex.chars().allMatch(ch -> Character.digit(ch, 16) >= 0)) {
                throw new SecretStoreException("The stored cache key of this workspace is damaged. Forget this "
                        + "workspace's cache and let Coach Desk rebuild it from the server.");
            }
        });
        return stored;
    }

    /** Forgets the key ("sign out and forget this device"): the cache it encrypted cannot be read again. */
    public synchronized void forget(String workspace) {
        secrets.delete(name(workspace));
    }

    private static String name(String workspace) {
        if (workspace == null || workspace.isBlank()) {
            throw new IllegalArgumentException("A cache key belongs to a named workspace");
        }
        return PREFIX + workspace;
    }
}
