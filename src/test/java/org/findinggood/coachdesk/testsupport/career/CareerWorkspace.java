package org.findinggood.coachdesk.testsupport.career;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.findinggood.coachdesk.demo.DemoData;
import org.findinggood.coachdesk.demo.DemoWorkspace;
import org.findinggood.coachdesk.model.ActivitySource;
import org.findinggood.coachdesk.model.ActivityStatus;
import org.findinggood.coachdesk.model.AgreedActivity;
import org.findinggood.coachdesk.model.Client;
import org.findinggood.coachdesk.model.CoachingRelationship;
import org.findinggood.coachdesk.model.DailyCheckin;
import org.findinggood.coachdesk.model.FocusEndReason;
import org.findinggood.coachdesk.model.FocusHistoryEntry;
import org.findinggood.coachdesk.model.Permission;
import org.findinggood.coachdesk.model.RelationshipStatus;
import org.findinggood.coachdesk.model.RollingAggregate;
import org.findinggood.coachdesk.model.Visibility;
import org.findinggood.coachdesk.model.WeeklySnapshot;
import org.findinggood.coachdesk.testsupport.supabase.SecretsLog;

/**
 * Fills PostgreSQL with one coach's career: relationships in every status over up to five years, each client
 * with a weekly snapshot per week of coaching, daily check-ins with gaps (weekends, holidays), ~100 agreed
 * activities with evidence and notes, permissions that evolve yearly, focus history and a rolling aggregate;
 * plus colleagues who coach some of the same clients (their per-coach rows must never reach this coach's
 * cache) and clients of their own. The JSON of snapshots, aggregates, check-ins and evidence is the demo's
 * ({@link DemoWorkspace}'s storylines), so row sizes are realistic. Deterministic: the same seed, scale and
 * {@code today} give the same rows and ids.
 *
 * <pre>{@code
 * UUID coach = stack.coach("coach@example.org");
 * Career career = CareerWorkspace.generate(connection, coach, 7L, CareerScale.small());
 * }</pre>
 */
public final class CareerWorkspace {

    /** Share of each status among the relationships after the first (always active, the longest). */
    private static final RelationshipStatus[] STATUS_CYCLE = {
            RelationshipStatus.COMPLETED, RelationshipStatus.ACTIVE, RelationshipStatus.COMPLETED,
            RelationshipStatus.PAUSED, RelationshipStatus.COMPLETED, RelationshipStatus.PENDING_COACH_INVITE,
            RelationshipStatus.COMPLETED, RelationshipStatus.ACTIVE, RelationshipStatus.COMPLETED,
            RelationshipStatus.PENDING_CLIENT_REQUEST, RelationshipStatus.COMPLETED, RelationshipStatus.ACTIVE,
            RelationshipStatus.COMPLETED, RelationshipStatus.PAUSED, RelationshipStatus.COMPLETED,
            RelationshipStatus.COMPLETED, RelationshipStatus.ACTIVE, RelationshipStatus.COMPLETED,
            RelationshipStatus.PENDING_COACH_INVITE, RelationshipStatus.COMPLETED};
    private static final ActivityStatus[] ACTIVITY_STATUSES = {ActivityStatus.PENDING, ActivityStatus.EVIDENCE_FOUND,
            ActivityStatus.RESOLVED, ActivityStatus.DEPRIORITIZED};
    private static final ActivitySource[] SOURCES = {ActivitySource.FOCUS, ActivitySource.SESSION, ActivitySource.TRANSCRIPT};

    private static final JsonNode EMPTY = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();

    private final long seed;
    private final CareerScale scale;
    private final LocalDate today;
    private final Random random;
    private final DemoTemplates templates;
    private final CareerRows rows = new CareerRows();
    private long idCounter;

    public CareerWorkspace(long seed, CareerScale scale, LocalDate today) {
        this.seed = seed;
        this.scale = scale;
        this.today = today;
        this.random = new Random(seed);
        this.templates = new DemoTemplates(new DemoWorkspace(seed, 24, Math.min(scale.maxWeeks(), 104), 365, today).generate());
    }

    /** Generates a career as of today (UTC) and writes it; {@code coachId}'s {@code coaches} row must exist. */
    public static Career generate(Connection connection, UUID coachId, long seed, CareerScale scale) throws SQLException {
        return new CareerWorkspace(seed, scale, LocalDate.now(ZoneOffset.UTC)).writeTo(connection, coachId);
    }

    /** Writes the career (one transaction per table chunk, set-based) and returns its figures. */
    public Career writeTo(Connection connection, UUID coachId) throws SQLException {
        List<String> emails = new ArrayList<>();
        List<Engagement> engagements = new ArrayList<>();
        for (int i = 0; i < scale.clients(); i++) {
            Engagement engagement = engagement(i);
            String email = client(i, true);
            emails.add(email);
            engagements.add(engagement);
            coaching(coachId, email, i, engagement, true, scale.activitiesPerClient());
            clientOwnRows(email, i, engagement, true);
        }
        List<UUID> colleagues = new ArrayList<>();
        for (int j = 0; j < scale.otherCoaches(); j++) {
            UUID colleague = nextId();
            colleagues.add(colleague);
            rows.coach(colleague, "colleague" + (j + 1) + "@career.example.org", "Colleague " + (j + 1));
            for (int s = 0; s < scale.sharedClients(); s++) {
                // spread over the caseload, skipping the pending ones (no history to share)
                int i = 1 + (s * 7 + j * 3) % (scale.clients() - 1);
                Engagement shared = engagements.get(i).hasHistory() ? engagements.get(i) : engagements.get(0);
                coaching(colleague, emails.get(i), 1000 + j * 100 + s, shared.lastWeeks(26), false, 10);
            }
            for (int k = 0; k < scale.ownClientsOfOthers(); k++) {
                int index = 10_000 + j * 1000 + k;
                String email = client(index, false);
                Engagement own = new Engagement(RelationshipStatus.ACTIVE, lastFullWeek().minusWeeks(11), 12);
                coaching(colleague, email, index, own, false, 5);
                clientOwnRows(email, index, own, false);
            }
        }
        Map<String, Career.TableFigures> figures = rows.writeTo(connection);
        return new Career(coachId, List.copyOf(emails), List.copyOf(colleagues), figures);
    }

    /**
     * Another device's edit: sets the notes of one of this coach's activities of the longest client on the server
     * (the update trigger moves its {@code updated_at}); returns its id.
     */
    public static UUID changeOneActivity(Connection connection, Career career, String notes) throws SQLException {
        try (java.sql.PreparedStatement ps = connection.prepareStatement("update public.agreed_activities set coach_notes = ?"
                + " where id = (select id from public.agreed_activities where client_email = ? and coach_id = ? order by id limit 1)"
                + " returning id")) {
            ps.setString(1, notes);
            ps.setString(2, career.longestClient());
            ps.setObject(3, career.coachId());
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getObject(1, UUID.class);
            }
        }
    }

    /** When a client's coaching ran: {@code weeks} full weeks from {@code start} (a Monday). */
    record Engagement(RelationshipStatus status, LocalDate start, int weeks) {
        boolean hasHistory() {
            return weeks > 0;
        }

        LocalDate end() {
            return start.plusWeeks(weeks).minusDays(1);
        }

        Engagement lastWeeks(int count) {
            int kept = Math.min(count, weeks);
            return new Engagement(RelationshipStatus.ACTIVE, start.plusWeeks(weeks - kept), kept);
        }
    }

    private LocalDate lastFullWeek() {
        // the Monday of the last week that has ended: its snapshot is written, none lies in the future
        return today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
    }

    private Engagement engagement(int index) {
        int max = scale.maxWeeks();
        if (index == 0) {
            return new Engagement(RelationshipStatus.ACTIVE, lastFullWeek().minusWeeks(max - 1L), max);
        }
        RelationshipStatus status = STATUS_CYCLE[(index - 1) % STATUS_CYCLE.length];
        int weeks = switch (status) {
            case ACTIVE -> 4 + random.nextInt(max * 3 / 4);
            case PAUSED -> 8 + random.nextInt(max / 2);
            case COMPLETED -> 8 + random.nextInt(max / 3);
            default -> 0;
        };
        if (weeks == 0) {
            return new Engagement(status, null, 0);
        }
        int endedWeeksAgo = switch (status) {
            case PAUSED -> 1 + random.nextInt(10);
            case COMPLETED -> 1 + random.nextInt(Math.max(1, max - weeks));
            default -> 0;
        };
        LocalDate lastWeek = lastFullWeek().minusWeeks(endedWeeksAgo);
        return new Engagement(status, lastWeek.minusWeeks(weeks - 1L), weeks);
    }

    /** Writes the {@code clients} row and returns the e-mail; names come from the demo's clients. */
    private String client(int index, boolean mine) {
        Client template = templates.client(index);
        String[] name = template.name().split(" ", 2);
        String email = (ascii(name[0]) + "." + ascii(name[1]) + "." + index + "@career.example.org").toLowerCase(Locale.ROOT);
        String calendar = index % 4 == 3 ? null : "https://cal.example.com/" + email.substring(0, email.indexOf('@'));
        rows.add("clients", new Client(nextId(), email, template.name(), calendar), mine);
        return email;
    }

    /** The coach's rows for one client: relationship, snapshots, aggregate, activities. */
    private void coaching(UUID coach, String email, int index, Engagement engagement, boolean mine, int activities) {
        RelationshipStatus status = engagement.status();
        OffsetDateTime created = engagement.hasHistory() ? at(engagement.start().minusDays(3 + random.nextInt(10)), 10)
                : at(today.minusDays(1 + random.nextInt(20)), 10);
        OffsetDateTime started = engagement.hasHistory() ? at(engagement.start(), 9) : null;
        OffsetDateTime ended = status == RelationshipStatus.COMPLETED ? at(engagement.end(), 17) : null;
        OffsetDateTime updated = ended != null ? ended
                : status == RelationshipStatus.PAUSED ? at(engagement.end(), 17) : started != null ? started : created;
        String invite = status == RelationshipStatus.PENDING_COACH_INVITE ? "FG-CAREER-" + Long.toString(seed % 1000 * 100_000 + index, 36).toUpperCase(Locale.ROOT) : null;
        rows.add("coaching_relationships", new CoachingRelationship(nextId(), coach, email, status, started, ended, invite,
                created, updated), mine);
        if (!engagement.hasHistory()) {
            return;
        }
        List<WeeklySnapshot> storySnapshots = templates.snapshots(index);
        for (int week = 1; week <= engagement.weeks(); week++) {
            WeeklySnapshot t = storySnapshots.get((week - 1) % storySnapshots.size());
            LocalDate weekStart = engagement.start().plusWeeks(week - 1L);
            rows.add("weekly_snapshots", new WeeklySnapshot(nextId(), email, coach, week, weekStart, weekStart.plusDays(6),
                    t.activityCounts(), t.themes(), t.languagePatterns(), t.firesSignals(), t.exchanges(), t.openThreads(),
                    t.coachingQuestions(), at(weekStart.plusDays(6), 21)), mine);
        }
        RollingAggregate a = templates.aggregate(index);
        rows.add("rolling_aggregates", new RollingAggregate(nextId(), email, coach, engagement.start(), engagement.weeks(),
                a.permissionEvolution(), a.persistentThemes(), a.firesTrajectory(), a.relationshipMap(),
                a.questionsExplored(), a.breakthroughs(), at(engagement.end(), 22)), mine);
        int count = Math.max(1, (int) Math.round(activities * (0.8 + 0.4 * random.nextDouble())));
        List<AgreedActivity> story = templates.activities(index);
        long days = Math.max(1, ChronoUnit.DAYS.between(engagement.start(), engagement.end()));
        for (int n = 0; n < count; n++) {
            AgreedActivity t = story.get(n % story.size());
            LocalDate createdOn = engagement.start().plusDays(days * n / count);
            boolean recent = createdOn.isAfter(today.minusWeeks(6));
            ActivityStatus activityStatus = recent ? ACTIVITY_STATUSES[n % 2] : ACTIVITY_STATUSES[(n + index) % ACTIVITY_STATUSES.length];
            String text = n < story.size() ? t.activityText() : t.activityText() + " (round " + (n / story.size() + 1) + ")";
            String notes = mine ? t.coachNotes() : SecretsLog.coachNote("Private note of another coach " + n % 7);
            OffsetDateTime createdAt = at(createdOn, 11);
            OffsetDateTime updatedAt = activityStatus == ActivityStatus.PENDING ? createdAt : at(min(createdOn.plusDays(16), today.minusDays(1)), 15);
            rows.add("agreed_activities", new AgreedActivity(nextId(), email, coach, SOURCES[(n + index / 2) % SOURCES.length],
                    text, activityStatus, activityStatus == ActivityStatus.PENDING ? EMPTY : templates.evidence(index + n), notes,
                    (n + index) % 3 == 2 ? Visibility.COACH_ONLY : Visibility.SHARED, createdAt, updatedAt), mine);
        }
        if (mine) {
            // the client's own activity from the Focus tool, tied to no coach: every coach of the client holds it
            rows.add("agreed_activities", new AgreedActivity(nextId(), email, null, ActivitySource.FOCUS,
                    story.get(0).activityText(), ActivityStatus.PENDING, null, null, Visibility.SHARED,
                    at(engagement.start(), 12), at(engagement.start(), 12)), true);
        }
    }

    /** The client's own rows, tied to no coach: permissions (one a year), focus history, daily check-ins. */
    private void clientOwnRows(String email, int index, Engagement engagement, boolean mine) {
        if (!engagement.hasHistory()) {
            return;
        }
        Permission p = templates.permission(index);
        List<Permission> versions = new ArrayList<>();
        for (int year = 0; year * 52 < engagement.weeks(); year++) {
            LocalDate from = engagement.start().plusWeeks(year * 52L);
            String text = year == 0 ? p.permission() : p.permission() + " (year " + (year + 1) + ")";
            Permission version = new Permission(nextId(), email, null, p.practice(), text, p.focus(), at(from, 8),
                    at(min(from.plusWeeks(8), engagement.end()), 8));
            versions.add(version);
            rows.add("permissions", version, mine);
        }
        List<FocusHistoryEntry> focus = templates.focus(index);
        LocalDate templateStart = focus.stream().map(FocusHistoryEntry::startedAt).min(LocalDate::compareTo).orElseThrow();
        for (int year = 0; year * 52 < engagement.weeks(); year++) {
            long shift = ChronoUnit.DAYS.between(templateStart, engagement.start().plusWeeks(year * 52L));
            boolean lastYear = (year + 1) * 52 >= engagement.weeks();
            for (FocusHistoryEntry f : focus) {
                LocalDate ended = f.endedAt() != null ? f.endedAt().plusDays(shift)
                        : lastYear && engagement.status() == RelationshipStatus.ACTIVE ? null : min(f.startedAt().plusDays(shift + 300), engagement.end());
                rows.add("focus_history", new FocusHistoryEntry(nextId(), email,
                        year == 0 ? f.focusName() : f.focusName() + " (year " + (year + 1) + ")", f.startedAt().plusDays(shift),
                        ended, f.evolvedInto(), f.endedAt() != null ? f.reason() : ended == null ? null : FocusEndReason.COMPLETED), mine);
            }
        }
        List<JsonNode> scores = templates.checkinScores(index);
        LocalDate last = min(engagement.end(), today.minusDays(1));
        LocalDate holidayFrom = engagement.start().plusDays(60 + random.nextInt(60));
        int n = 0;
        for (LocalDate day = engagement.start(); !day.isAfter(last); day = day.plusDays(1)) {
            if (day.equals(holidayFrom)) {
                // a gap of one to three weeks about every quarter: holidays, busy spells
                day = day.plusDays(7 + random.nextInt(14));
                holidayFrom = day.plusDays(60 + random.nextInt(60));
                continue;
            }
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (random.nextInt(10) >= (weekend ? 3 : 8)) {
                continue;
            }
            int version = Math.min(versions.size() - 1, (int) (ChronoUnit.WEEKS.between(engagement.start(), day) / 52));
            rows.add("daily_checkins", new DailyCheckin(nextId(), email, versions.get(version).id(), day,
                    scores.get(n++ % scores.size()), day.atTime(7 + random.nextInt(13), random.nextInt(60)).atOffset(ZoneOffset.UTC)),
                    mine);
        }
    }

    private UUID nextId() {
        // name-based: the same ids for the same seed on every machine
        return UUID.nameUUIDFromBytes(("coach-desk-career:" + seed + ":" + idCounter++).getBytes(StandardCharsets.UTF_8));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static OffsetDateTime at(LocalDate date, int hour) {
        return date.atTime(hour, 0).atOffset(ZoneOffset.UTC);
    }

    private static String ascii(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z]", "");
    }

    /** The demo's rows grouped by client: the storylines whose JSON every career client reuses. */
    private static final class DemoTemplates {
        private final List<Client> clients;
        private final List<String> withHistory = new ArrayList<>();
        private final Map<String, List<WeeklySnapshot>> snapshots = new LinkedHashMap<>();
        private final Map<String, RollingAggregate> aggregates = new LinkedHashMap<>();
        private final Map<String, List<AgreedActivity>> activities = new LinkedHashMap<>();
        private final Map<String, Permission> permissions = new LinkedHashMap<>();
        private final Map<String, List<FocusHistoryEntry>> focus = new LinkedHashMap<>();
        private final Map<String, List<JsonNode>> scores = new LinkedHashMap<>();
        private final List<JsonNode> allScores = new ArrayList<>();
        private final List<JsonNode> evidence = new ArrayList<>();

        DemoTemplates(DemoData demo) {
            clients = demo.clients();
            demo.rollingAggregates().forEach(a -> {
                aggregates.put(a.clientEmail(), a);
                withHistory.add(a.clientEmail());
            });
            demo.weeklySnapshots().forEach(s -> snapshots.computeIfAbsent(s.clientEmail(), e -> new ArrayList<>()).add(s));
            demo.agreedActivities().forEach(a -> activities.computeIfAbsent(a.clientEmail(), e -> new ArrayList<>()).add(a));
            demo.agreedActivities().stream().map(AgreedActivity::evidenceEntries)
                    .filter(e -> e != null && !e.isEmpty()).forEach(evidence::add);
            demo.permissions().forEach(p -> permissions.put(p.clientEmail(), p));
            demo.focusHistory().forEach(f -> focus.computeIfAbsent(f.clientEmail(), e -> new ArrayList<>()).add(f));
            demo.dailyCheckins().forEach(c -> {
                scores.computeIfAbsent(c.clientEmail(), e -> new ArrayList<>()).add(c.focusScores());
                allScores.add(c.focusScores());
            });
        }

        Client client(int index) {
            return clients.get(index % clients.size());
        }

        private String story(int index) {
            return withHistory.get(index % withHistory.size());
        }

        List<WeeklySnapshot> snapshots(int index) {
            return snapshots.get(story(index));
        }

        RollingAggregate aggregate(int index) {
            return aggregates.get(story(index));
        }

        List<AgreedActivity> activities(int index) {
            return activities.get(story(index));
        }

        Permission permission(int index) {
            return permissions.get(story(index));
        }

        List<FocusHistoryEntry> focus(int index) {
            return focus.get(story(index));
        }

        JsonNode evidence(int n) {
            return evidence.get(n % evidence.size());
        }

        /** Completed clients of the demo have no check-ins: they borrow everyone's scores. */
        List<JsonNode> checkinScores(int index) {
            return scores.getOrDefault(story(index), allScores);
        }
    }
}
