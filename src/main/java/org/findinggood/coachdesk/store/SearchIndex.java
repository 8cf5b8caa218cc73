package org.findinggood.coachdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Full-text search over the cache (SQLite FTS5, table {@code search_text}). The index is kept by the
 * triggers of cache migration 009 in the same transaction as every write to an indexed table, so this
 * class only reads. Background threads only.
 */
public final class SearchIndex {

    /** Marks the start and end of a matched word in {@link SearchHit#snippet()} (private-use characters). */
    public static final char MATCH_START = '\uE000';
    public static final char MATCH_END = '\uE001';

    /** One matching row: where it lives, whose it is, when, and a few words around the match. */
    public record SearchHit(String table, UUID rowId, String clientEmail, String clientName, LocalDate date, String snippet) {
    }

    // the best hits first (bm25), then their clients' names (by the e-mail index)
    private static final String SQL = "SELECT h.*, (SELECT c.name FROM clients c WHERE c.email = h.client_email LIMIT 1) AS name "
            + "FROM (SELECT source, row_id, client_email, at, rank AS score, "
            + "snippet(search_text, 4, char(57344), char(57345), '\u2026', 10) AS snippet "
            + "FROM search_text WHERE search_text MATCH ? ORDER BY rank LIMIT ?) h ORDER BY h.score";

    private final CacheDatabase db;

    public SearchIndex(CacheDatabase db) {
        this.db = db;
    }

    /**
     * Rows matching every word the coach typed, each as a prefix ("resil" finds "Resilience"), accents
     * folded ("jose" finds "José"); best first. Blank input finds nothing.
     */
    public List<SearchHit> search(String typed, int limit) {
        String match = matchExpression(typed);
        if (match.isEmpty()) {
            return List.of();
        }
        return db.read(c -> {
            List<SearchHit> hits = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(SQL)) {
                ps.setString(1, match);
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String at = rs.getString("at");
                        hits.add(new SearchHit(rs.getString("source"), UUID.fromString(rs.getString("row_id")),
                                rs.getString("client_email"), rs.getString("name"), at == null || at.length() < 10 ? null : LocalDate.parse(at.substring(0, 10)),
                                rs.getString("snippet")));
                    }
                }
            }
            return hits;
        });
    }

    /**
     * The FTS5 query for what the coach typed: each word (or "quoted phrase") becomes a quoted string
     * with a prefix star, all required. Quoting makes FTS5 syntax characters (-, :, *, ^, AND, NOT) plain
     * text, so any input is a valid query; FTS5 itself splits "FG-AB12" into its tokens.
     */
    static String matchExpression(String typed) {
        if (typed == null) {
            return "";
        }
        List<String> terms = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char ch : typed.toCharArray()) {
            if (ch == '"') {
                quoted = !quoted;
                addTerm(terms, current);
            } else if (!quoted && Character.isWhitespace(ch)) {
                addTerm(terms, current);
            } else {
                current.append(ch);
            }
        }
        addTerm(terms, current);
        return String.join(" ", terms);
    }

    private static void addTerm(List<String> terms, StringBuilder word) {
        String text = word.toString().strip();
        word.setLength(0);
        // only letters and digits make tokens; a term of punctuation alone would match nothing
        if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return;
        }
        terms.add("\"" + text.replace("\"", "\"\"").toLowerCase(Locale.ROOT) + "\"*");
    }
}
