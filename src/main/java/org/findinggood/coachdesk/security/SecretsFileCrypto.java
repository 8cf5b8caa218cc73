package org.findinggood.coachdesk.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The cryptography of the secrets file, all from the JDK: PBKDF2-HMAC-SHA256 turns the passphrase
 * and a random salt into a master key; two keys are derived from it with HMAC-SHA256, one for
 * AES-256-GCM and one for a passphrase check value. The check tells a wrong passphrase apart from a
 * damaged file (both would only fail GCM's tag otherwise). The header (format, version, KDF,
 * iterations, salt) is GCM's associated data, so changing it is detected too.
 */
final class SecretsFileCrypto {

    static final String FORMAT = "coach-desk-secrets";
    static final int VERSION = 1;
    static final String KDF = "PBKDF2WithHmacSHA256";
    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. */
    static final int DEFAULT_ITERATIONS = 600_000;
    static final int MIN_ITERATIONS = 10_000;

    private static final int SALT_BYTES = 16;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] salt;
    private final int iterations;
    private final SecretKeySpec encryptionKey;
    private final byte[] check;

    private SecretsFileCrypto(byte[] salt, int iterations, byte[] master) throws GeneralSecurityException {
        this.salt = salt.clone();
        this.iterations = iterations;
        this.encryptionKey = new SecretKeySpec(hmac(master, "coach-desk secrets v1 encryption"), "AES");
        this.check = hmac(hmac(master, "coach-desk secrets v1 passphrase check"), salt);
    }

    /** Keys for a new file: fresh salt. */
    static SecretsFileCrypto forNewFile(char[] passphrase, int iterations) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return derive(passphrase, salt, iterations);
    }

    /** Keys for an existing file's salt and iteration count. */
    static SecretsFileCrypto derive(char[] passphrase, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, 256);
        try {
            byte[] master = SecretKeyFactory.getInstance(KDF).generateSecret(spec).getEncoded();
            try {
                return new SecretsFileCrypto(salt, iterations, master);
            } finally {
                Arrays.fill(master, (byte) 0);
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime lacks " + KDF + " or AES-GCM", e);
        } finally {
            spec.clearPassword();
        }
    }

    boolean matchesCheck(byte[] storedCheck) {
        return MessageDigest.isEqual(check, storedCheck);
    }

    SecretsFile seal(byte[] plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(header(iterations, salt));
            return new SecretsFile(FORMAT, VERSION, KDF, iterations, b64(salt), b64(check), b64(nonce),
                    b64(cipher.doFinal(plaintext)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /** The plaintext; throws {@link GeneralSecurityException} when the ciphertext or header was changed. */
    byte[] open(SecretsFile file) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, encryptionKey,
                new GCMParameterSpec(TAG_BITS, Base64.getDecoder().decode(file.nonce())));
        cipher.updateAAD(header(file.iterations(), Base64.getDecoder().decode(file.salt())));
        return cipher.doFinal(Base64.getDecoder().decode(file.ciphertext()));
    }

    int iterations() {
        return iterations;
    }

    private static byte[] header(int iterations, byte[] salt) {
        return (FORMAT + "|" + VERSION + "|" + KDF + "|" + iterations + "|" + b64(salt)).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] hmac(byte[] key, String label) throws GeneralSecurityException {
        return hmac(key, label.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] hmac(byte[] key, byte[] data) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data);
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
