package org.findinggood.coachdesk.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The app lock's PIN or passphrase as a slow salted one-way hash: PBKDF2-HMAC-SHA256 from the JDK
 * (no extra library), 600,000 iterations (OWASP's 2023 figure), a random 16-byte salt. Only this is
 * ever written down; the secret itself is cleared from memory after hashing. Checking costs as much
 * as hashing (a few hundred milliseconds), so call {@link #matches} off the FX thread.
 */
public final class LockSecretHash {

    public static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    public static final int DEFAULT_ITERATIONS = 600_000;
    private static final int MIN_ITERATIONS = 100_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int iterations;
    private final byte[] salt;
    private final byte[] hash;

    private LockSecretHash(int iterations, byte[] salt, byte[] hash) {
        this.iterations = iterations;
        this.salt = salt.clone();
        this.hash = hash.clone();
    }

    /** Hashes a new secret with a fresh salt; clears {@code secret}. */
    public static LockSecretHash of(char[] secret) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return new LockSecretHash(DEFAULT_ITERATIONS, salt, derive(secret, salt, DEFAULT_ITERATIONS));
    }

    /**
     * A stored hash as written by {@link #iterations()}, {@link #saltBase64()}, {@link #hashBase64()}.
     * A count below 100,000 is refused: an edited file must not make guessing cheap.
     */
    public static LockSecretHash stored(int iterations, String saltBase64, String hashBase64) {
        if (iterations < MIN_ITERATIONS) {
            throw new IllegalArgumentException("the lock's iteration count " + iterations + " is too low");
        }
        return new LockSecretHash(iterations, Base64.getDecoder().decode(saltBase64), Base64.getDecoder().decode(hashBase64));
    }

    /** Whether {@code secret} is the one hashed here (constant-time comparison); clears {@code secret}. */
    public boolean matches(char[] secret) {
        return MessageDigest.isEqual(hash, derive(secret, salt, iterations));
    }

    public int iterations() {
        return iterations;
    }

    public String saltBase64() {
        return Base64.getEncoder().encodeToString(salt);
    }

    public String hashBase64() {
        return Base64.getEncoder().encodeToString(hash);
    }

    private static byte[] derive(char[] secret, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(secret, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime lacks " + ALGORITHM, e);
        } finally {
            spec.clearPassword();
            Arrays.fill(secret, '\0');
        }
    }
}
