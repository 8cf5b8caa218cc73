package org.findinggood.coachdesk.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The 256-bit key that encrypts a workspace cache (SQLCipher 4, raw key: no slow KDF at open).
 * The key itself lives in the OS keyring ({@code security} package); this type only carries it.
 * {@link #toString()} never shows the key.
 */
public final class CacheKey {

    private static final int LENGTH = 32;
    private static final CacheKey NONE = new CacheKey(null);

    private final byte[] bytes;

    private CacheKey(byte[] bytes) {
        this.bytes = bytes;
    }

    /** A key from 32 raw bytes (copied). */
    public static CacheKey of(byte[] raw) {
        if (raw == null || raw.length != LENGTH) {
            throw new IllegalArgumentException("A cache key has exactly 32 bytes");
        }
        return new CacheKey(raw.clone());
    }

    /** A key from 64 hex digits, the form the keyring stores. */
    public static CacheKey fromHex(String hex) {
        try {
            return of(HexFormat.of().parseHex(hex));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("A cache key is 64 hex digits", null);
        }
    }

    /** A fresh random key for a new workspace. */
    public static CacheKey random() {
        byte[] raw = new byte[LENGTH];
        new SecureRandom().nextBytes(raw);
        return new CacheKey(raw);
    }

    /** A fixed, public key for the demo workspace (its data is generated, nothing private). */
    public static CacheKey forDemo() {
        try {
            return new CacheKey(MessageDigest.getInstance("SHA-256")
                    .digest("coach-desk-demo-workspace".getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * No encryption: a plain SQLite file. Only for tests and for reading caches written by early
     * versions before encryption (which {@link CacheDatabase#open} migrates).
     */
    public static CacheKey none() {
        return NONE;
    }

    public boolean encrypts() {
        return bytes != null;
    }

    /** The key as 64 hex digits, to store in the keyring. */
    public String toHex() {
        requireKey();
        return HexFormat.of().formatHex(bytes);
    }

    Optional<byte[]> raw() {
        return Optional.ofNullable(bytes).map(byte[]::clone);
    }

    /** A one-way check value written next to the cache, so a wrong key is told apart from damage. */
    String fingerprint() {
        if (bytes == null) {
            return "none";
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update("coach-desk-cache-key-check".getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void requireKey() {
        if (bytes == null) {
            throw new IllegalStateException("The unencrypted cache has no key");
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CacheKey that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return bytes == null ? "CacheKey[none]" : "CacheKey[redacted]";
    }
}
