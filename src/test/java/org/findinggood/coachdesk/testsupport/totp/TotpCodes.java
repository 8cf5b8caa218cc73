package org.findinggood.coachdesk.testsupport.totp;

import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time codes as an authenticator app computes them (RFC 6238 over RFC 4226): HMAC-SHA1, 30 s steps,
 * 6 digits, the secret in base32 (RFC 4648) as GoTrue hands it out (supabase/auth {@code internal/api/mfa.go}
 * enrollTOTPFactor, pquerna/otp {@code totp.Generate}). Tests type these codes; the stand-in checks them with the
 * same skew GoTrue allows (one step either side, {@code totp.ValidateCustom} in verifyTOTPFactor).
 */
public final class TotpCodes {

    public static final int STEP_SECONDS = 30;

    private TotpCodes() {
    }

    /** The code for {@code base32Secret} at {@code at}. */
    public static String code(String base32Secret, Instant at) {
        return codeForStep(base32Decode(base32Secret), Math.floorDiv(at.getEpochSecond(), STEP_SECONDS));
    }

    /** True when {@code code} is the code at {@code now} or one step before or after it. */
    public static boolean matches(String base32Secret, String code, Instant now) {
        byte[] key = base32Decode(base32Secret);
        long step = Math.floorDiv(now.getEpochSecond(), STEP_SECONDS);
        for (long s = step - 1; s <= step + 1; s++) {
            if (java.security.MessageDigest.isEqual(codeForStep(key, s).getBytes(), String.valueOf(code).getBytes())) {
                return true;
            }
        }
        return false;
    }

    /** A code that is not valid at {@code at} (nor a step around it). */
    public static String wrongCode(String base32Secret, Instant at) {
        for (int candidate = 0; ; candidate++) {
            String code = String.format(Locale.ROOT, "%06d", (candidate * 7919) % 1_000_000);
            if (!matches(base32Secret, code, at)) {
                return code;
            }
        }
    }

    /** RFC 4226 section 5.3: HOTP with dynamic truncation. */
    static String codeForStep(byte[] key, long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            byte[] hash = mac.doFinal(java.nio.ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            return String.format(Locale.ROOT, "%06d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** RFC 4648 base32, upper or lower case, padding optional. */
    public static byte[] base32Decode(String text) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        String clean = text.replace("=", "").replace(" ", "").toUpperCase(Locale.ROOT);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : clean.toCharArray()) {
            int value = alphabet.indexOf(c);
            if (value < 0) {
                throw new IllegalArgumentException("not base32: " + c);
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }

    /** RFC 4648 base32 without padding, as pquerna/otp writes secrets. */
    public static String base32Encode(byte[] bytes) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(alphabet.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(alphabet.charAt((buffer << (5 - bits)) & 31));
        }
        return out.toString();
    }
}
