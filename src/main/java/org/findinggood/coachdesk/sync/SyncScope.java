package org.findinggood.coachdesk.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

/**
 * What the signed-in coach may see: their own {@code coaches} row and the clients of their
 * relationships (any status), by e-mail.
 */
record SyncScope(UUID coachId, String coachEmail, SortedSet<String> clientEmails) {

    SyncScope {
        clientEmails = new TreeSet<>(clientEmails);
    }

    /** The e-mails in chunks of at most {@code size}, for {@code in.(...)} filters. */
    static List<List<String>> chunks(SortedSet<String> emails, int size) {
        List<List<String>> chunks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String email : emails) {
            current.add(email);
            if (current.size() == size) {
                chunks.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }
}
