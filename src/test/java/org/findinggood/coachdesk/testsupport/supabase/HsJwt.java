package org.findinggood.coachdesk.testsupport.supabase;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HS256 JSON Web Tokens as Supabase signs them with the project's JWT secret (RFC 7519, compact form). */
final class HsJwt {

    /** Why a token was refused; {@code message} is what PostgREST/GoTrue say. */
    static final class Invalid extends Exception {
        final boolean expired;

        Invalid(String message, boolean expired) {
            super(message);
            this.expired = expired;
        }
    }

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final byte[] secret;

    HsJwt(String secret) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    String sign(Map<String, Object> claims) {
        String header = ENCODER.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload;
        try {
            payload = ENCODER.encodeToString(JSON.writeValueAsBytes(claims));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        String signingInput = header + "." + payload;
        return signingInput + "." + ENCODER.encodeToString(mac(signingInput));
    }

    /** The verified claims; checks the signature, the algorithm and {@code exp}. */
    ObjectNode verify(String token, long nowEpochSeconds) throws Invalid {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            throw new Invalid("Expected 3 parts in JWT; got " + parts.length, false);
        }
        try {
            ObjectNode header = (ObjectNode) JSON.readTree(DECODER.decode(parts[0]));
            if (!"HS256".equals(header.path("alg").asText())) {
                throw new Invalid("Wrong or unsupported encoding algorithm", false);
            }
            byte[] expected = mac(parts[0] + "." + parts[1]);
            if (!MessageDigest.isEqual(expected, DECODER.decode(parts[2]))) {
                throw new Invalid("JWSError JWSInvalidSignature", false);
            }
            ObjectNode claims = (ObjectNode) JSON.readTree(DECODER.decode(parts[1]));
            if (claims.has("exp") && claims.get("exp").asLong() <= nowEpochSeconds) {
                throw new Invalid("JWT expired", true);
            }
            return claims;
        } catch (java.io.IOException | IllegalArgumentException | ClassCastException malformed) {
            throw new Invalid("JWSError (CompactDecodeError Invalid number of parts: Expected 3 parts; got 1)", false);
        }
    }

    private byte[] mac(String input) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(input.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
