package org.findinggood.coachdesk.export;

import java.time.Instant;
import org.findinggood.coachdesk.model.DayFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The export's readable part, {@code summary.md}: per client their relationship, how much of each
 * kind is in the export, the focus history and every agreed activity, with coach-only content
 * (private activities, coach notes) marked as such. Fed row by row while the tables are written.
 */
final class ExportSummary {

    static final String COACH_ONLY = "**[coach only]**";

    private record Activity(String text, String status, String source, boolean coachOnly, String notes) {
    }

    private record Focus(String name, String started, String ended, String evolvedInto) {
    }

    private static final class Client {
        String name;
        String status;
        String startedAt;
        String endedAt;
        final Map<String, Long> counts = new TreeMap<>();
        final List<Activity> activities = new ArrayList<>();
        final List<Focus> focus = new ArrayList<>();
    }

    private final Map<String, Client> clients = new TreeMap<>();
    private String coach;

    void add(String table, Map<String, Object> row) {
        if (table.equals("coaches")) {
            coach = text(row.get("name")) != null ? text(row.get("name")) : text(row.get("email"));
            return;
        }
        String email = text(row.get(table.equals("clients") ? "email" : "client_email"));
        if (email == null) {
            return;
        }
        Client client = clients.computeIfAbsent(email, e -> new Client());
        client.counts.merge(table, 1L, Long::sum);
        switch (table) {
            case "clients" -> client.name = text(row.get("name"));
            case "coaching_relationships" -> {
                client.status = text(row.get("status"));
                client.startedAt = text(row.get("started_at"));
                client.endedAt = text(row.get("ended_at"));
            }
            case "agreed_activities" -> client.activities.add(new Activity(text(row.get("activity_text")),
                    text(row.get("status")), text(row.get("source")), "coach_only".equals(row.get("visibility")),
                    text(row.get("coach_notes"))));
            case "focus_history" -> client.focus.add(new Focus(text(row.get("focus_name")), text(row.get("started_at")),
                    text(row.get("ended_at")), text(row.get("evolved_into"))));
            default -> { }
        }
    }

    String markdown(Instant exportedAt, String scope) {
        StringBuilder md = new StringBuilder("# Coach Desk export\n\n");
        md.append("Exported ").append(DayFormat.day(exportedAt.atZone(java.time.ZoneOffset.UTC).toLocalDate()))
                .append(' ').append(java.time.format.DateTimeFormatter.ofPattern("HH:mm", java.util.Locale.ENGLISH)
                        .format(exportedAt.atZone(java.time.ZoneOffset.UTC))).append(" UTC from this computer's copy");
        if (coach != null) {
            md.append(" of ").append(escape(coach)).append("'s workspace");
        }
        md.append(" \u00b7 ").append(escape(scope)).append(" \u00b7 ").append(clients.size())
                .append(clients.size() == 1 ? " client" : " clients").append("\n\n");
        md.append("The tables are in `tables/*.json` with the server's column names and the values as synced. ")
                .append("Content marked ").append(COACH_ONLY)
                .append(" was never shared with the client: private activities and every coach note.\n");
        for (Map.Entry<String, Client> entry : clients.entrySet()) {
            Client client = entry.getValue();
            md.append("\n## ").append(escape(client.name == null ? entry.getKey() : client.name))
                    .append(" (").append(escape(entry.getKey())).append(")\n\n");
            if (client.status != null) {
                md.append("Relationship: ").append(escape(client.status));
                if (client.startedAt != null) {
                    md.append(", since ").append(day(client.startedAt));
                }
                if (client.endedAt != null) {
                    md.append(", ended ").append(day(client.endedAt));
                }
                md.append("\n\n");
            }
            md.append("In this export: ");
            List<String> counts = new ArrayList<>();
            client.counts.forEach((table, n) -> counts.add(n + " " + table.replace('_', ' ')));
            md.append(String.join(", ", counts)).append("\n");
            if (!client.focus.isEmpty()) {
                md.append("\n### Focus history\n\n");
                client.focus.stream().sorted((a, b) -> Objects.toString(a.started(), "").compareTo(Objects.toString(b.started(), "")))
                        .forEach(f -> md.append("- ").append(escape(f.name())).append(" (").append(day(f.started()))
                                .append(" \u2013 ").append(f.ended() == null ? "now" : day(f.ended()))
                                .append(f.evolvedInto() == null ? "" : ", evolved into " + escape(f.evolvedInto()))
                                .append(")\n"));
            }
            if (!client.activities.isEmpty()) {
                md.append("\n### Agreed activities\n\n");
                for (Activity a : client.activities) {
                    md.append("- ").append(a.coachOnly() ? COACH_ONLY + " " : "").append(escape(a.text()))
                            .append(" \u2014 ").append(escape(a.status())).append(", from ").append(escape(a.source()))
                            .append("\n");
                    if (a.notes() != null && !a.notes().isBlank()) {
                        md.append("  - ").append(COACH_ONLY).append(" note: ").append(escape(a.notes().strip())
                                .replace("\n", "\n    ")).append("\n");
                    }
                }
            }
        }
        return md.toString();
    }

    /** The day of a timestamp or date column, in the app's one day style ("23 Nov 2026"). */
    private static String day(String timestamp) {
        try {
            return DayFormat.day(java.time.LocalDate.parse(timestamp.substring(0, 10)));
        } catch (RuntimeException notADate) {
            return timestamp;
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** Markdown's own characters in the coach's and clients' text are shown, not interpreted. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if ("\\`*_[]<>#|".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
