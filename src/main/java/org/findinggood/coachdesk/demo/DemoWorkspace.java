package org.findinggood.coachdesk.demo;

import org.findinggood.coachdesk.store.CacheStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.findinggood.coachdesk.model.ActivitySource;
import org.findinggood.coachdesk.model.ActivityStatus;
import org.findinggood.coachdesk.model.AgreedActivity;
import org.findinggood.coachdesk.model.Client;
import org.findinggood.coachdesk.model.Coach;
import org.findinggood.coachdesk.model.CoachingRelationship;
import org.findinggood.coachdesk.model.DailyCheckin;
import org.findinggood.coachdesk.model.FocusEndReason;
import org.findinggood.coachdesk.model.FocusHistoryEntry;
import org.findinggood.coachdesk.model.Permission;
import org.findinggood.coachdesk.model.RelationshipStatus;
import org.findinggood.coachdesk.model.RollingAggregate;
import org.findinggood.coachdesk.model.Visibility;
import org.findinggood.coachdesk.model.WeeklySnapshot;
import org.findinggood.coachdesk.store.CacheDatabase;

/**
 * Generates a realistic coach workspace: a coach, clients in every relationship status, weekly
 * snapshots, rolling aggregates, agreed activities in every status, source and visibility, daily
 * check-ins and focus history. The same parameters always give the same rows (seeded), relative to
 * {@code today} so the demo always looks current. Used by the app's demo mode, tests and benchmarks.
 */
public final class DemoWorkspace {

    public static final String DEMO_COACH_EMAIL = "jordan.ellis@coach.example.com";
    public static final long DEFAULT_SEED = 20260126L;

    /** Order in which statuses are handed out: every status appears within the first six clients. */
    private static final RelationshipStatus[] STATUS_CYCLE = {
            RelationshipStatus.ACTIVE, RelationshipStatus.PAUSED, RelationshipStatus.PENDING_COACH_INVITE,
            RelationshipStatus.ACTIVE, RelationshipStatus.PENDING_CLIENT_REQUEST, RelationshipStatus.COMPLETED,
            RelationshipStatus.ACTIVE, RelationshipStatus.ACTIVE, RelationshipStatus.PAUSED,
            RelationshipStatus.ACTIVE, RelationshipStatus.COMPLETED, RelationshipStatus.ACTIVE};

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final long seed;
    private final int clientCount;
    private final int weeks;
    private final int checkinDays;
    private final LocalDate today;
    private final DemoStorylines stories = DemoStorylines.fromResource();

    private Random random;
    private long idCounter;

    /**
     * @param clientCount how many clients (12 for the app's demo; 1,000 for benchmarks)
     * @param weeks       weeks of snapshots for a long-running client (26 = half a year)
     * @param checkinDays days of daily check-ins back from today
     */
    public DemoWorkspace(long seed, int clientCount, int weeks, int checkinDays, LocalDate today) {
        if (clientCount < 1 || weeks < 1 || checkinDays < 0) {
            throw new IllegalArgumentException("Need at least one client and one week");
        }
        this.seed = seed;
        this.clientCount = clientCount;
        this.weeks = weeks;
        this.checkinDays = checkinDays;
        this.today = today;
    }

    /** The app's demo: a dozen clients, half a year of weeks, three months of check-ins. */
    public static DemoWorkspace standard(LocalDate today) {
        return new DemoWorkspace(DEFAULT_SEED, 12, 26, 90, today);
    }

    public DemoData generate() {
        random = new Random(seed);
        idCounter = 0;
        Coach coach = new Coach(nextId(), DEMO_COACH_EMAIL, "Jordan Ellis");
        List<Client> clients = new ArrayList<>();
        List<CoachingRelationship> relationships = new ArrayList<>();
        List<Permission> permissions = new ArrayList<>();
        List<WeeklySnapshot> snapshots = new ArrayList<>();
        List<RollingAggregate> aggregates = new ArrayList<>();
        List<AgreedActivity> activities = new ArrayList<>();
        List<DailyCheckin> checkins = new ArrayList<>();
        List<FocusHistoryEntry> focusHistory = new ArrayList<>();

        for (int i = 0; i < clientCount; i++) {
            DemoStoryline story = stories.storylines().get(i % stories.storylines().size());
            RelationshipStatus status = STATUS_CYCLE[i % STATUS_CYCLE.length];
            Client client = client(i);
            clients.add(client);

            Engagement engagement = engagement(status);
            relationships.add(relationship(coach, client, status, engagement, i));
            if (!engagement.hasHistory()) {
                continue;
            }
            Permission permission = permission(client, story, engagement);
            permissions.add(permission);
            List<FocusHistoryEntry> focus = focusHistory(client, story, engagement);
            focusHistory.addAll(focus);
            for (int week = 1; week <= engagement.weeks(); week++) {
                snapshots.add(snapshot(coach, client, story, engagement, week));
            }
            aggregates.add(aggregate(coach, client, story, engagement));
            activities.addAll(activities(coach, client, story, engagement, i));
            if (status == RelationshipStatus.ACTIVE || status == RelationshipStatus.PAUSED) {
                checkins.addAll(checkins(client, permission, focus, engagement, status));
            }
        }
        return new DemoData(coach, List.copyOf(clients), List.copyOf(relationships), List.copyOf(permissions),
                List.copyOf(snapshots), List.copyOf(aggregates), List.copyOf(activities), List.copyOf(checkins),
                List.copyOf(focusHistory));
    }

    /**
     * Generates the workspace and writes it into {@code db} through the repositories in one
     * transaction (not through the outbox: demo rows are not edits and are never synced).
     */
    public DemoData writeTo(CacheDatabase db) {
        DemoData data = generate();
        write(db, data);
        return data;
    }

    /** Writes already generated demo rows into {@code db} in one transaction, through the repositories. */
    public static void write(CacheDatabase db, DemoData data) {
        CacheStore store = new CacheStore(db);
        db.inTransaction(() -> {
            store.coaches().upsertAll(List.of(data.coach()));
            store.clients().upsertAll(data.clients());
            store.relationships().upsertAll(data.relationships());
            store.permissions().upsertAll(data.permissions());
            store.weeklySnapshots().upsertAll(data.weeklySnapshots());
            store.rollingAggregates().upsertAll(data.rollingAggregates());
            store.agreedActivities().upsertAll(data.agreedActivities());
            store.dailyCheckins().upsertAll(data.dailyCheckins());
            store.focusHistory().upsertAll(data.focusHistory());
        });
    }

    /** When a client's coaching started and ended (ended = paused since, or completed on). */
    private record Engagement(LocalDate start, LocalDate end, int weeks) {
        boolean hasHistory() {
            return weeks > 0;
        }
    }

    private Engagement engagement(RelationshipStatus status) {
        LocalDate thisMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int span = switch (status) {
            case ACTIVE -> Math.max(1, weeks - random.nextInt(Math.max(1, weeks / 2)));
            case PAUSED, COMPLETED -> Math.max(1, weeks / 2 + random.nextInt(Math.max(1, weeks / 3)));
            default -> 0;
        };
        if (span == 0) {
            return new Engagement(null, null, 0);
        }
        int endedWeeksAgo = switch (status) {
            case PAUSED -> 1 + random.nextInt(3);
            case COMPLETED -> Math.min(weeks - span + 1, 2 + random.nextInt(6));
            default -> 0;
        };
        LocalDate lastWeekStart = thisMonday.minusWeeks(Math.max(0, endedWeeksAgo));
        LocalDate start = lastWeekStart.minusWeeks(span - 1L);
        LocalDate end = endedWeeksAgo > 0 ? lastWeekStart.plusDays(4) : null;
        return new Engagement(start, end, span);
    }

    private Client client(int index) {
        String first = stories.firstNames().get(index % stories.firstNames().size());
        String last = stories.lastNames().get((index * 7 + index / stories.firstNames().size())
                % stories.lastNames().size());
        String domain = stories.emailDomains().get(index % stories.emailDomains().size());
        String suffix = index < stories.firstNames().size() ? "" : String.valueOf(index);
        String email = (ascii(first) + "." + ascii(last) + suffix + "@" + domain).toLowerCase(Locale.ROOT);
        // Every fourth client has no calendar link yet, as in real data.
        String calendar = index % 4 == 3 ? null : "https://cal.example.com/" + ascii(first).toLowerCase(Locale.ROOT)
                + "-" + ascii(last).toLowerCase(Locale.ROOT) + suffix + "/coaching";
        return new Client(nextId(), email, first + " " + last, calendar);
    }

    private CoachingRelationship relationship(Coach coach, Client client, RelationshipStatus status,
                                              Engagement engagement, int index) {
        OffsetDateTime created = engagement.hasHistory()
                ? at(engagement.start().minusDays(3 + random.nextInt(10)))
                : at(today.minusDays(1 + random.nextInt(12)));
        OffsetDateTime started = engagement.hasHistory() ? at(engagement.start()) : null;
        OffsetDateTime ended = status == RelationshipStatus.COMPLETED ? at(engagement.end()) : null;
        String invite = status == RelationshipStatus.PENDING_COACH_INVITE
                ? inviteCode(index) : null;
        OffsetDateTime updated = ended != null ? ended
                : status == RelationshipStatus.PAUSED ? at(engagement.end()) : started != null ? started : created;
        return new CoachingRelationship(nextId(), coach.id(), client.email(), status, started, ended, invite,
                created, updated);
    }

    private String inviteCode(int index) {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder code = new StringBuilder("FG-");
        for (int i = 0; i < 6; i++) {
            code.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return code.append(Integer.toString(index, 36).toUpperCase(Locale.ROOT)).toString();
    }

    private Permission permission(Client client, DemoStoryline story, Engagement engagement) {
        ArrayNode focus = JSON.arrayNode();
        for (String item : story.focusItems().subList(0, Math.min(3, story.focusItems().size()))) {
            focus.add(JSON.objectNode().put("focus", item).put("started_at", engagement.start().plusWeeks(1).toString()));
        }
        String permission = story.permissions().get(story.permissions().size() - 1);
        return new Permission(nextId(), client.email(), null, story.practice(), permission, focus,
                at(engagement.start()), at(engagement.start().plusWeeks(Math.min(engagement.weeks(), 8))));
    }

    private List<FocusHistoryEntry> focusHistory(Client client, DemoStoryline story, Engagement engagement) {
        List<FocusHistoryEntry> entries = new ArrayList<>();
        LocalDate start = engagement.start();
        List<String> items = story.focusItems();
        // An early focus that evolved into the current first item, one that was completed, one paused.
        LocalDate evolvedOn = start.plusWeeks(Math.max(1, engagement.weeks() / 3));
        entries.add(new FocusHistoryEntry(nextId(), client.email(), earlierVersion(items.get(0)), start,
                evolvedOn, items.get(0), FocusEndReason.EVOLVED));
        entries.add(new FocusHistoryEntry(nextId(), client.email(), items.get(0), evolvedOn, null, null, null));
        for (int i = 1; i < items.size(); i++) {
            LocalDate itemStart = start.plusWeeks(i);
            boolean ended = i == items.size() - 1 && engagement.weeks() > 6;
            FocusEndReason reason = ended ? (i % 2 == 0 ? FocusEndReason.COMPLETED : FocusEndReason.PAUSED) : null;
            entries.add(new FocusHistoryEntry(nextId(), client.email(), items.get(i), itemStart,
                    ended ? itemStart.plusWeeks(Math.max(2, engagement.weeks() / 2)) : null, null, reason));
        }
        return entries;
    }

    private static String earlierVersion(String focus) {
        return "Figure out: " + Character.toLowerCase(focus.charAt(0)) + focus.substring(1);
    }

    private WeeklySnapshot snapshot(Coach coach, Client client, DemoStoryline story, Engagement engagement, int week) {
        LocalDate weekStart = engagement.start().plusWeeks(week - 1L);
        LocalDate weekEnd = weekStart.plusDays(6);
        double progress = (double) week / Math.max(1, engagement.weeks());

        ObjectNode counts = JSON.objectNode();
        counts.put("predict", random.nextInt(5));
        counts.put("priority", random.nextInt(4));
        counts.put("proof", (int) Math.round(progress * 3) + random.nextInt(2));
        counts.put("checkins", 3 + random.nextInt(5));
        counts.put("recognitions_sent", random.nextInt(4));

        ArrayNode themes = JSON.arrayNode();
        int themeCount = 2 + random.nextInt(2);
        for (int t = 0; t < themeCount; t++) {
            String theme = story.themes().get((week + t) % story.themes().size());
            themes.add(JSON.objectNode().put("theme", theme).put("mentions", 1 + random.nextInt(5))
                    .put("trend", pick("rising", "steady", "fading")));
        }

        ArrayNode patterns = JSON.arrayNode();
        DemoStoryline.Pattern pattern = story.languagePatterns().get(
                Math.min(story.languagePatterns().size() - 1, (int) (progress * story.languagePatterns().size())));
        patterns.add(JSON.objectNode().put("pattern", pattern.pattern()).put("example", pattern.example())
                .put("note", pattern.note()));

        ArrayNode fires = JSON.arrayNode();
        for (String element : stories.fires()) {
            if (random.nextInt(3) > 0) {
                int strength = Math.max(1, Math.min(5, (int) Math.round(2 + progress * 2 + random.nextGaussian() * 0.7)));
                fires.add(JSON.objectNode().put("element", element).put("strength", strength)
                        .put("evidence", firesEvidence(element, story)));
            }
        }

        ArrayNode exchanges = JSON.arrayNode();
        int exchangeCount = random.nextInt(3);
        for (int e = 0; e < exchangeCount; e++) {
            DemoStoryline.Person person = story.people().get(random.nextInt(story.people().size()));
            boolean given = random.nextBoolean();
            exchanges.add(JSON.objectNode().put("direction", given ? "given" : "received")
                    .put("with", person.name())
                    .put("what", (given ? person.name() : "They said " + firstName(client)) + " "
                            + stories.exchangePhrases().get(random.nextInt(stories.exchangePhrases().size())))
                    .put("date", weekStart.plusDays(random.nextInt(5)).toString()));
        }

        ArrayNode threads = JSON.arrayNode();
        for (int o = 0; o < 1 + random.nextInt(2); o++) {
            String thread = story.openThreads().get((week + o) % story.openThreads().size());
            threads.add(JSON.objectNode().put("thread", thread)
                    .put("since", weekStart.minusWeeks(random.nextInt(3)).toString()));
        }

        ArrayNode questions = JSON.arrayNode();
        for (int q = 0; q < 3; q++) {
            questions.add(story.coachingQuestions().get((week + q) % story.coachingQuestions().size()));
        }
        return new WeeklySnapshot(nextId(), client.email(), coach.id(), week, weekStart, weekEnd, counts, themes,
                patterns, fires, exchanges, threads, questions, at(weekEnd.plusDays(1)));
    }

    private static String firesEvidence(String element, DemoStoryline story) {
        return switch (element) {
            case "feelings" -> "Named how the week felt before describing what happened";
            case "influence" -> "Shaped a decision with " + story.people().get(0).name() + " instead of deferring";
            case "resilience" -> "Recovered quickly after a setback mid-week";
            case "ethics" -> "Held to what mattered when the shortcut was tempting";
            default -> "Used a known strength deliberately: " + story.themes().get(0).toLowerCase(Locale.ROOT);
        };
    }

    private RollingAggregate aggregate(Coach coach, Client client, DemoStoryline story, Engagement engagement) {
        ArrayNode evolution = JSON.arrayNode();
        for (int i = 0; i < story.permissions().size(); i++) {
            int week = 1 + i * Math.max(1, engagement.weeks() / story.permissions().size());
            evolution.add(JSON.objectNode().put("week", week).put("permission", story.permissions().get(i)));
        }
        ArrayNode persistent = JSON.arrayNode();
        for (int i = 0; i < story.themes().size(); i++) {
            persistent.add(JSON.objectNode().put("theme", story.themes().get(i))
                    .put("weeks", Math.max(1, engagement.weeks() - i * 3))
                    .put("first_seen", engagement.start().plusWeeks(i).toString()));
        }
        ArrayNode trajectory = JSON.arrayNode();
        for (int month = 0; month * 4 < engagement.weeks(); month++) {
            // the day, not its month: a point every 4 weeks puts two in some months, and equal labels merge
            ObjectNode point = JSON.objectNode().put("date", engagement.start().plusWeeks(month * 4L).toString());
            for (String element : stories.fires()) {
                point.put(element, Math.max(1, Math.min(5, 2 + month / 2 + random.nextInt(2))));
            }
            trajectory.add(point);
        }
        ArrayNode map = JSON.arrayNode();
        for (DemoStoryline.Person person : story.people()) {
            map.add(JSON.objectNode().put("name", person.name()).put("role", person.role()).put("note", person.note()));
        }
        ArrayNode explored = JSON.arrayNode();
        for (int i = 0; i < story.coachingQuestions().size() && i < engagement.weeks(); i++) {
            explored.add(JSON.objectNode().put("question", story.coachingQuestions().get(i)).put("week", 1 + i * 2));
        }
        ArrayNode breakthroughs = JSON.arrayNode();
        for (int i = 0; i < story.breakthroughs().size(); i++) {
            int week = Math.max(1, engagement.weeks() * (i + 1) / (story.breakthroughs().size() + 1));
            breakthroughs.add(JSON.objectNode().put("week", week)
                    .put("date", engagement.start().plusWeeks(week - 1L).plusDays(2).toString())
                    .put("summary", story.breakthroughs().get(i)));
        }
        LocalDate lastWeek = engagement.start().plusWeeks(engagement.weeks() - 1L);
        return new RollingAggregate(nextId(), client.email(), coach.id(), engagement.start(), engagement.weeks(),
                evolution, persistent, trajectory, map, explored, breakthroughs, at(lastWeek.plusDays(7)));
    }

    private List<AgreedActivity> activities(Coach coach, Client client, DemoStoryline story, Engagement engagement,
                                            int clientIndex) {
        List<AgreedActivity> result = new ArrayList<>();
        ActivityStatus[] statuses = {ActivityStatus.PENDING, ActivityStatus.EVIDENCE_FOUND, ActivityStatus.RESOLVED,
                ActivityStatus.DEPRIORITIZED};
        ActivitySource[] sources = {ActivitySource.FOCUS, ActivitySource.SESSION, ActivitySource.TRANSCRIPT};
        int count = Math.min(story.activities().size(), 3 + engagement.weeks() / 6);
        for (int a = 0; a < count; a++) {
            // Rotating by client index spreads every status x source x visibility across the caseload.
            ActivityStatus status = statuses[(a + clientIndex) % statuses.length];
            ActivitySource source = sources[(a + clientIndex / 2) % sources.length];
            Visibility visibility = (a + clientIndex) % 3 == 2 ? Visibility.COACH_ONLY : Visibility.SHARED;
            LocalDate created = engagement.start().plusWeeks(Math.min(engagement.weeks() - 1L, a * 2L));
            JsonNode evidence = JSON.arrayNode();
            if (status == ActivityStatus.EVIDENCE_FOUND || status == ActivityStatus.RESOLVED) {
                ArrayNode entries = JSON.arrayNode();
                String text = story.evidence().get((a + clientIndex) % story.evidence().size());
                entries.add(JSON.objectNode().put("date", created.plusDays(9).toString())
                        .put("source", pick("proof", "checkin", "session")).put("note", text));
                if (status == ActivityStatus.RESOLVED) {
                    entries.add(JSON.objectNode().put("date", created.plusDays(16).toString())
                            .put("source", "session").put("note", "Talked it through in session; agreed it is done"));
                }
                evidence = entries;
            }
            String notes = switch (status) {
                case PENDING -> a % 2 == 0 ? "Check in on this first next session." : null;
                case EVIDENCE_FOUND -> "Evidence is there; ask what made it possible.";
                case RESOLVED -> "Done. Celebrate it, then ask what is next.";
                default -> "Set aside for now; " + firstName(client) + " chose to focus elsewhere.";
            };
            OffsetDateTime createdAt = at(created);
            OffsetDateTime updatedAt = status == ActivityStatus.PENDING ? createdAt : at(created.plusDays(16));
            result.add(new AgreedActivity(nextId(), client.email(), coach.id(), source, story.activities().get(a),
                    status, evidence, notes, visibility, createdAt, updatedAt));
        }
        return result;
    }

    private List<DailyCheckin> checkins(Client client, Permission permission, List<FocusHistoryEntry> focus,
                                        Engagement engagement, RelationshipStatus status) {
        List<DailyCheckin> result = new ArrayList<>();
        LocalDate last = status == RelationshipStatus.PAUSED ? engagement.end() : today.minusDays(random.nextInt(3));
        LocalDate first = today.minusDays(checkinDays);
        if (first.isBefore(engagement.start())) {
            first = engagement.start();
        }
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            // About five check-ins a week, fewer at weekends.
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (random.nextInt(10) >= (weekend ? 4 : 8) && !day.equals(last)) {
                continue;
            }
            ArrayNode scores = JSON.arrayNode();
            for (FocusHistoryEntry entry : focus) {
                boolean activeThatDay = !entry.startedAt().isAfter(day)
                        && (entry.endedAt() == null || entry.endedAt().isAfter(day));
                if (activeThatDay) {
                    long daysIn = day.toEpochDay() - entry.startedAt().toEpochDay();
                    int score = (int) Math.max(1, Math.min(5, Math.round(2.5 + daysIn / 40.0 + random.nextGaussian() * 0.9)));
                    scores.add(JSON.objectNode().put("focus", entry.focusName()).put("score", score));
                }
            }
            result.add(new DailyCheckin(nextId(), client.email(), permission.id(), day, scores,
                    day.atTime(LocalTime.of(7 + random.nextInt(13), random.nextInt(60))).atOffset(ZoneOffset.UTC)));
        }
        return result;
    }

    private UUID nextId() {
        // Name-based UUIDs: stable across runs and machines for the same seed.
        return UUID.nameUUIDFromBytes(("coach-desk-demo:" + seed + ":" + idCounter++).getBytes(StandardCharsets.UTF_8));
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }

    private static String firstName(Client client) {
        String name = client.displayName();
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }

    private static String ascii(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z]", "");
    }

    private static OffsetDateTime at(LocalDate date) {
        return date.atTime(9, 30).atOffset(ZoneOffset.UTC);
    }
}
