package org.findinggood.coachdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Full-text search over the cache (SQLite FTS5, tables {@code search_client} and {@code search_text}). The index is kept by the
 * triggers of cache migration 009 in the same transaction as every write to an indexed table, so this
 * class only reads, except {@link #refill} after a bulk fill that ran without those triggers
 * ({@link DeferredIndexes}). Background threads only.
 */
public final class SearchIndex {

    /** Marks the start and end of a matched word in {@link SearchHit#snippet()} (private-use characters). */
    public static final char MATCH_START = '\uE000';
    public static final char MATCH_END = '\uE001';

    /**
     * One matching row: where it lives, whose it is, when, and a few words around the match; a weekly
     * snapshot's also has its week's number and last day, so its label names the week.
     */
    public record SearchHit(String table, UUID rowId, String clientEmail, String clientName, LocalDate date, String snippet,
                            Integer weekNumber, LocalDate weekEnd) {
        public SearchHit(String table, UUID rowId, String clientEmail, String clientName, LocalDate date, String snippet) {
            this(table, rowId, clientEmail, clientName, date, snippet, null, null);
        }
    }

    /** Clients by name, e-mail or invite code, best first (a few hundred rows: bm25 is cheap here). */
    private static final String CLIENTS = "SELECT source, row_id, client_email, at, "
            + "snippet(search_client, 4, char(57344), char(57345), '\u2026', 10) AS snippet, "
            + "(SELECT c.name FROM clients c WHERE c.email = search_client.client_email LIMIT 1) AS name, "
            + "NULL AS week_number, NULL AS week_end "
            + "FROM search_client WHERE search_client MATCH ? ORDER BY rank LIMIT ?";
    /** A snapshot hit's week number or end, looked up by primary key for the few hits shown. */
    private static final String WEEK = "(SELECT w.%s FROM weekly_snapshots w "
            + "WHERE search_text.source = 'weekly_snapshots' AND w.id = search_text.row_id)";

    /**
     * Everything else, the newest rows first (a larger rowid was written later): FTS5 walks the matches in
     * rowid order and stops at the limit, so a word in every week costs no more than a rare one. Ranking all
     * matches by bm25 took a second for a word found in 100,000 rows.
     */
    private static final String TEXT = "SELECT source, row_id, client_email, at, "
            + "snippet(search_text, 4, char(57344), char(57345), '\u2026', 10) AS snippet, "
            + "(SELECT c.name FROM clients c WHERE c.email = search_text.client_email LIMIT 1) AS name, "
            + WEEK.formatted("week_number") + " AS week_number, " + WEEK.formatted("week_end") + " AS week_end "
            + "FROM search_text WHERE search_text MATCH ? ORDER BY rowid DESC LIMIT ?";

    private static final String MIGRATION = "009_search_index.sql";

    private final CacheDatabase db;

    public SearchIndex(CacheDatabase db) {
        this.db = db;
    }

    /**
     * Rows matching every word the coach typed, each as a prefix ("resil" finds "Resilience"), accents
     * folded ("jose" finds "José"): matching clients first (best first), then other rows, newest first.
     * Blank input finds nothing.
     */
    public List<SearchHit> search(String typed, int limit) {
        String match = matchExpression(typed);
        if (match.isEmpty()) {
            return List.of();
        }
        return db.read(c -> {
            List<SearchHit> hits = new ArrayList<>();
            for (String sql : List.of(CLIENTS, TEXT)) {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setString(1, match);
                    ps.setInt(2, limit - hits.size());
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            String at = rs.getString("at");
                            hits.add(new SearchHit(rs.getString("source"), UUID.fromString(rs.getString("row_id")),
                                    rs.getString("client_email"), rs.getString("name"),
                                    day(at),
                                    rs.getString("snippet"), weekNumber(rs),
                                    day(rs.getString("week_end"))));
                        }
                    }
                }
                if (hits.size() >= limit) {
                    break;
                }
            }
            return hits;
        });
    }

    private static LocalDate day(String text) {
        return text == null || text.length() < 10 ? null : LocalDate.parse(text.substring(0, 10));
    }

    private static Integer weekNumber(ResultSet rs) throws java.sql.SQLException {
        int number = rs.getInt("week_number");
        return rs.wasNull() ? null : number;
    }

    /**
     * Replaces {@code table}'s documents with ones built from its rows now, in one INSERT ... SELECT: what a
     * bulk fill wrote while its search triggers were set aside. The statement is migration 009's own
     * "existing rows of" block for the table, so the documents match what the triggers write.
     */
    static void refill(Connection c, String table) throws SQLException {
        String insert = existingRowsBlock(table);
        try (PreparedStatement text = c.prepareStatement("DELETE FROM search_text WHERE source = ?");
             PreparedStatement client = c.prepareStatement("DELETE FROM search_client WHERE source = ?");
             Statement st = c.createStatement()) {
            text.setString(1, table);
            text.executeUpdate();
            client.setString(1, table);
            client.executeUpdate();
            st.executeUpdate(insert);
        }
    }

    /** The INSERT after the line "-- existing rows of {@code table}" in migration 009, up to its ";". */
    private static String existingRowsBlock(String table) {
        String sql = SchemaMigrations.resource(MIGRATION);
        Matcher m = Pattern.compile(Pattern.quote("-- existing rows of " + table)
                + "\\r?\\n([^;]+);").matcher(sql);
        if (!m.find()) {
            throw new IllegalArgumentException("No search documents are built for table " + table);
        }
        return m.group(1).trim();
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
