package org.findinggood.coachdesk.security;

/** The JSON shape of the secrets file; every field but the header is Base64. */
record SecretsFile(String format, int version, String kdf, int iterations, String salt, String check,
                   String nonce, String ciphertext) {
}
