package org.findinggood.coachdesk.store;

import java.security.SecureRandom;
import java.util.random.RandomGenerator;

/**
 * Invite codes a coach can read out or type: {@code FG-XXXX-XXXX} from 31 characters without
 * look-alikes (no 0/O, 1/I/L), about 8.5e11 codes. Uniqueness is checked against the cache here and
 * enforced by the server's unique index.
 */
final class InviteCode {

    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    private InviteCode() {
    }

    static String generate(RandomGenerator random) {
        StringBuilder code = new StringBuilder("FG-");
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    static String generate() {
        return generate(new SecureRandom());
    }

    static boolean looksValid(String code) {
        return code != null && code.matches("FG-[" + ALPHABET + "]{4}-[" + ALPHABET + "]{4}");
    }
}
