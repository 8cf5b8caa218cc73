package org.findinggood.coachdesk.ui.quickprep;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.findinggood.coachdesk.model.DailyCheckin;
import org.findinggood.coachdesk.model.Permission;
import org.findinggood.coachdesk.model.RelationshipStatus;
import org.findinggood.coachdesk.model.WeeklySnapshot;
import org.findinggood.coachdesk.store.SnapshotWeek;
import org.findinggood.coachdesk.ui.common.TabLoad;
import org.findinggood.coachdesk.ui.common.Tasks;
import org.findinggood.coachdesk.ui.common.json.JsonOutline;
import org.findinggood.coachdesk.ui.common.json.JsonOutline.OutlineLine;
import org.findinggood.coachdesk.ui.common.json.JsonScalars;
import org.findinggood.coachdesk.ui.common.json.JsonShape;
import org.findinggood.coachdesk.ui.common.json.JsonShapeRecognizer;
import org.findinggood.coachdesk.ui.common.json.JsonTexts;
import org.findinggood.coachdesk.ui.common.json.JsonTexts.LabelledText;
import org.findinggood.coachdesk.ui.common.json.LinkOpener;
import org.findinggood.coachdesk.ui.quickprep.export.PrepSheet;
import org.findinggood.coachdesk.ui.quickprep.export.PrepSheetFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.findinggood.coachdesk.ui.common.DisplayFormats;

/**
 * Quick Prep for the selected client: the latest weekly snapshot (or an earlier week), the client's
 * Permission, Practice and Focus, the last 14 days of check-ins, pending activities and the
 * calendar link. Loads through {@link Tasks} (never on the FX thread). Switching clients clears
 * everything at once and ignores any load still running for the previous client (generation count).
 */
public final class QuickPrepViewModel {

    public static final int CHECKIN_DAYS = 14;
    static final int MAX_CHIPS = 40;
    static final int MAX_QUESTIONS = 50;

    private static final Logger LOG = LoggerFactory.getLogger(QuickPrepViewModel.class);
    private static final DateTimeFormatter DAY = DisplayFormats.WEEKDAY_DAY_MONTH;

    private final QuickPrepSource source;
    private final Tasks tasks;
    private final TabLoad tabLoad;
    private final Clock clock;
    private final JsonShapeRecognizer recognizer;
    private final LinkOpener linkOpener;

    private final StringProperty clientEmail = new SimpleStringProperty();
    private final ReadOnlyStringWrapper clientName = new ReadOnlyStringWrapper("");
    private final ObservableList<WeekOption> weeks = FXCollections.observableArrayList();
    private final ObjectProperty<WeekOption> selectedWeek = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper weekSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<JsonShape> activityCounts = new ReadOnlyObjectWrapper<>(new JsonShape.Nothing());
    private final ReadOnlyObjectWrapper<JsonShape> firesSignals = new ReadOnlyObjectWrapper<>(new JsonShape.Nothing());
    private final ReadOnlyObjectWrapper<JsonShape> exchanges = new ReadOnlyObjectWrapper<>(new JsonShape.Nothing());
    private final ReadOnlyObjectWrapper<JsonShape> openThreads = new ReadOnlyObjectWrapper<>(new JsonShape.Nothing());
    private final ObservableList<LabelledText> themes = FXCollections.observableArrayList();
    private final ObservableList<LabelledText> languagePatterns = FXCollections.observableArrayList();
    private final ObservableList<QuestionItem> questions = FXCollections.observableArrayList(
            item -> new javafx.beans.Observable[] {item.tickedProperty()});
    private final IntegerBinding tickedCount = Bindings.createIntegerBinding(
            () -> (int) questions.stream().filter(QuestionItem::isTicked).count(), questions);
    private final ReadOnlyStringWrapper permission = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper practice = new ReadOnlyStringWrapper("");
    private final ObservableList<LabelledText> focusItems = FXCollections.observableArrayList();
    private final ObservableList<LocalDate> checkinDays = FXCollections.observableArrayList();
    private final ObservableList<FocusScoreRow> checkinRows = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper pendingActivities = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper evidenceFoundNote = new ReadOnlyStringWrapper("");
    private int evidenceFound;
    private final ReadOnlyStringWrapper calendarLink = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper hasSnapshot = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper read = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<RelationshipStatus> relationshipStatus = new SimpleObjectProperty<>();
    private final ReadOnlyIntegerWrapper renderCount = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper exportStatus = new ReadOnlyStringWrapper("");

    private final BooleanBinding noOlderWeek = Bindings.createBooleanBinding(() -> selectedWeek.get() == null
            || selectedWeek.get().index() + 1 >= weeks.size(), selectedWeek, weeks);
    private final BooleanBinding noNewerWeek = Bindings.createBooleanBinding(() -> selectedWeek.get() == null
            || selectedWeek.get().index() == 0, selectedWeek);
    private final StringBinding pendingActivitiesText = Bindings.createStringBinding(() -> {
        int count = pendingActivities.get();
        return count == 0 ? QuickPrepEmptyTexts.NO_PENDING : count + " pending " + (count == 1 ? "activity" : "activities");
    }, pendingActivities);
    // the client's state while no week exists: what real data there is, and the one note saying what will come
    private final BooleanBinding noWeeks = Bindings.createBooleanBinding(() -> read.get() && weeks.isEmpty(),
            read, weeks);
    private final BooleanBinding hasCheckins = Bindings.createBooleanBinding(
            () -> checkinRows.stream().anyMatch(row -> row.daysScored() > 0), checkinRows);
    private final BooleanBinding hasOwnWords = Bindings.createBooleanBinding(
            () -> !permission.get().isEmpty() || !practice.get().isEmpty() || !focusItems.isEmpty(),
            permission, practice, focusItems);
    private final BooleanBinding hasAgreedActivities = Bindings.createBooleanBinding(
            () -> pendingActivities.get() > 0 || evidenceFoundNote.get().length() > 0, pendingActivities, evidenceFoundNote);
    private final BooleanBinding nothingYet = noWeeks.and(hasCheckins.not()).and(hasOwnWords.not())
            .and(hasAgreedActivities.not());
    private final StringBinding noSnapshotTitle = Bindings.createStringBinding(
            () -> QuickPrepEmptyTexts.noSnapshotTitle(relationshipStatus.get(), clientName.get()),
            relationshipStatus, clientName);
    private final StringBinding noSnapshotText = Bindings.createStringBinding(
            () -> QuickPrepEmptyTexts.noSnapshotText(relationshipStatus.get()) + " " + QuickPrepEmptyTexts.NO_PREP_SHEET,
            relationshipStatus);

    private QuickPrepData data;
    /** Older weeks read after the client's first read, by snapshot id (cleared with the client). */
    private final Map<UUID, WeeklySnapshot> fetchedWeeks = new HashMap<>();
    // one read-only wrapper per list: a wrapper made per call would drop listeners when collected
    private final ObservableList<WeekOption> weeksView;
    private final ObservableList<LabelledText> themesView;
    private final ObservableList<LabelledText> languagePatternsView;
    private final ObservableList<QuestionItem> questionsView;
    private final ObservableList<LabelledText> focusItemsView;
    private final ObservableList<LocalDate> checkinDaysView;
    private final ObservableList<FocusScoreRow> checkinRowsView;
    private java.util.function.Supplier<List<PrepSheet.Section>> leadSections = List::of;

    public QuickPrepViewModel(QuickPrepSource source, Tasks tasks, Clock clock, JsonShapeRecognizer recognizer,
                              LinkOpener linkOpener) {
        this.source = source;
        this.tasks = tasks;
        this.tabLoad = new TabLoad(tasks);
        this.clock = clock;
        this.recognizer = recognizer;
        weeksView = FXCollections.unmodifiableObservableList(weeks);
        themesView = FXCollections.unmodifiableObservableList(themes);
        languagePatternsView = FXCollections.unmodifiableObservableList(languagePatterns);
        questionsView = FXCollections.unmodifiableObservableList(questions);
        focusItemsView = FXCollections.unmodifiableObservableList(focusItems);
        checkinDaysView = FXCollections.unmodifiableObservableList(checkinDays);
        checkinRowsView = FXCollections.unmodifiableObservableList(checkinRows);
        this.linkOpener = linkOpener;
        clientEmail.addListener((obs, old, now) -> load(now, true));
        selectedWeek.addListener((obs, old, now) -> showWeek(now));
    }

    /** The client to show (the roster's selection); null shows nothing. */
    public StringProperty clientEmailProperty() {
        return clientEmail;
    }

    public void show(String email) {
        clientEmail.set(email);
    }

    /** Reads the same client again (after a sync changed the cache), keeping the chosen week. */
    public void refresh() {
        load(clientEmail.get(), false);
    }

    private void load(String email, boolean clear) {
        Integer keepWeek = clear || selectedWeek.get() == null ? null : selectedWeek.get().index();
        tabLoad.startOver();
        if (clear) {
            clearAll();
        }
        exportStatus.set("");
        if (email == null || email.isBlank()) {
            tabLoad.idle();
            return;
        }
        LocalDate today = LocalDate.now(clock);
        tabLoad.run(() -> source.load(email, today), loaded -> apply(loaded, today, keepWeek), failure -> {
            LOG.warn("Quick Prep could not be read from the cache: {}", failure.getClass().getSimpleName());
            clearAll();
            tabLoad.fail("Quick Prep could not be read from the local cache. Open the client again; if it keeps failing, restart Coach Desk.", failure);
        });
    }

    private void clearAll() {
        data = null;
        read.set(false);
        fetchedWeeks.clear();
        clientName.set("");
        weeks.clear();
        selectedWeek.set(null);
        showWeek(null);
        permission.set("");
        practice.set("");
        focusItems.clear();
        checkinDays.clear();
        checkinRows.clear();
        pendingActivities.set(0);
        showEvidenceFound(0);
        calendarLink.set("");
    }

    private void apply(QuickPrepData loaded, LocalDate today, Integer keepWeek) {
        data = loaded;
        clientName.set(loaded.client() == null ? loaded.clientEmail() : loaded.client().displayName());
        calendarLink.set(loaded.client() == null || loaded.client().calendarLink() == null
                ? "" : loaded.client().calendarLink().strip());
        pendingActivities.set(loaded.pendingActivities());
        showEvidenceFound(loaded.evidenceFound());
        applyPermission(loaded.permission());
        applyCheckins(loaded.recentCheckins(), loaded.permission(), today);
        fetchedWeeks.clear();
        List<WeekOption> options = new ArrayList<>(loaded.weeks().size());
        for (int i = 0; i < loaded.weeks().size(); i++) {
            options.add(WeekOption.of(i, loaded.weeks().get(i)));
        }
        selectedWeek.set(null);
        weeks.setAll(options);
        if (options.isEmpty()) {
            showWeek(null);
        } else {
            int index = keepWeek != null && keepWeek < options.size() ? keepWeek : 0;
            selectedWeek.set(options.get(index));
        }
        read.set(true);
        renderCount.set(renderCount.get() + 1);
    }

    private void showWeek(WeekOption week) {
        SnapshotWeek listed = week == null || data == null || week.index() >= data.weeks().size()
                ? null : data.weeks().get(week.index());
        hasSnapshot.set(listed != null);
        WeeklySnapshot snapshot = listed == null ? null
                : data.loadedWeeks().getOrDefault(listed.id(), fetchedWeeks.get(listed.id()));
        if (snapshot == null) {
            weekSummary.set(data == null ? "" : listed == null ? "No weekly snapshot yet for this client."
                    : week.label());
            activityCounts.set(new JsonShape.Nothing());
            firesSignals.set(new JsonShape.Nothing());
            exchanges.set(new JsonShape.Nothing());
            openThreads.set(new JsonShape.Nothing());
            themes.clear();
            languagePatterns.clear();
            questions.clear();
            if (listed != null) {
                fetchWeek(week, listed);
            }
            return;
        }
        weekSummary.set(week.label());
        activityCounts.set(recognizer.recognize(snapshot.activityCounts()));
        firesSignals.set(recognizer.recognize(snapshot.firesSignals()));
        exchanges.set(recognizer.recognize(snapshot.exchanges()));
        openThreads.set(recognizer.recognize(snapshot.openThreads()));
        themes.setAll(JsonTexts.items(snapshot.themes(), MAX_CHIPS));
        languagePatterns.setAll(JsonTexts.items(snapshot.languagePatterns(), MAX_CHIPS));
        List<QuestionItem> items = new ArrayList<>();
        for (LabelledText text : JsonTexts.items(snapshot.coachingQuestions(), MAX_QUESTIONS)) {
            items.add(new QuestionItem(text.detail().isEmpty() ? text.label() : text.label() + " (" + text.detail() + ")"));
        }
        questions.setAll(items);
    }

    /** An older week the first read only listed: read it now, show it if it is still the one chosen. */
    private void fetchWeek(WeekOption week, SnapshotWeek listed) {
        tabLoad.run(() -> source.week(listed.id()), found -> {
            if (found.isPresent()) {
                fetchedWeeks.put(listed.id(), found.get());
                if (week.equals(selectedWeek.get())) {
                    showWeek(week);
                    renderCount.set(renderCount.get() + 1);
                }
            } else if (week.equals(selectedWeek.get())) {
                weekSummary.set(week.label() + " · no longer in the cache; open the client again to see its weeks");
            }
        }, failure -> {
            LOG.warn("A Quick Prep week could not be read from the cache: {}", failure.getClass().getSimpleName());
            tabLoad.fail("This week could not be read from the local cache. Pick it again; if it keeps failing, restart Coach Desk.", failure);
        });
    }

    private void applyPermission(Permission row) {
        permission.set(row == null || row.permission() == null ? "" : row.permission().strip());
        practice.set(row == null || row.practice() == null ? "" : row.practice().strip());
        focusItems.setAll(row == null ? List.of() : JsonTexts.items(row.focus(), MAX_CHIPS));
    }

    private void applyCheckins(List<DailyCheckin> checkins, Permission currentPermission, LocalDate today) {
        List<LocalDate> days = new ArrayList<>(CHECKIN_DAYS);
        for (int i = CHECKIN_DAYS - 1; i >= 0; i--) {
            days.add(today.minusDays(i));
        }
        // current focus items first, in the client's order; then anything else scored in the window
        Map<String, Double[]> byFocus = new LinkedHashMap<>();
        if (currentPermission != null) {
            for (LabelledText item : JsonTexts.items(currentPermission.focus(), MAX_CHIPS)) {
                byFocus.put(item.label(), new Double[CHECKIN_DAYS]);
            }
        }
        for (DailyCheckin checkin : checkins) {
            if (checkin.checkDate() == null) {
                continue;
            }
            int day = days.indexOf(checkin.checkDate());
            if (day < 0) {
                continue;
            }
            for (Map.Entry<String, Double> score : JsonTexts.scores(checkin.focusScores()).entrySet()) {
                if (byFocus.size() >= MAX_CHIPS && !byFocus.containsKey(score.getKey())) {
                    continue;
                }
                byFocus.computeIfAbsent(score.getKey(), k -> new Double[CHECKIN_DAYS])[day] = score.getValue();
            }
        }
        List<FocusScoreRow> rows = new ArrayList<>();
        byFocus.forEach((focus, scores) -> rows.add(new FocusScoreRow(focus, java.util.Arrays.asList(scores))));
        checkinDays.setAll(days);
        checkinRows.setAll(rows);
    }

    /** The ticked questions, one per line, ready for the clipboard; empty when none is ticked. */
    public String tickedQuestionsText() {
        return String.join(System.lineSeparator(),
                questions.stream().filter(QuestionItem::isTicked).map(QuestionItem::text).toList());
    }

    public void tickAll(boolean ticked) {
        questions.forEach(q -> q.setTicked(ticked));
    }

    /** Opens the client's scheduling page in the browser; does nothing without a link. */
    public void openCalendar() {
        String link = calendarLink.get();
        if (link != null && JsonScalars.isWebAddress(link)) {
            linkOpener.open(link);
        }
    }

    public boolean canOpenCalendar() {
        return JsonScalars.isWebAddress(calendarLink.get());
    }

    /**
     * Saves the prep sheet in the background; {@link #exportStatusProperty()} tells how it went
     * (a full disk or a read-only folder is a sentence, not a crash).
     */
    public Tasks.Job<Path> exportTo(Path file, PrepSheetFormat format) {
        PrepSheet sheet = prepSheet();
        exportStatus.set("Saving the prep sheet…");
        return tasks.run(() -> {
            format.write(sheet, file);
            return file;
        }).onSuccess(saved -> exportStatus.set("Saved the prep sheet as " + format.label() + ": " + saved.getFileName()))
                .onFailure(failure -> {
                    LOG.warn("The prep sheet could not be saved: {}", failure.getClass().getSimpleName());
                    exportStatus.set("The prep sheet could not be saved (" + failure.getMessage()
                            + "). Choose another folder, or free some disk space, and try again.");
                });
    }

    public ReadOnlyStringProperty exportStatusProperty() {
        return exportStatus.getReadOnlyProperty();
    }

    /** Sections the prep sheet starts with (the "Since" block), read on the FX thread when the sheet is made. */
    public void leadSections(java.util.function.Supplier<List<PrepSheet.Section>> sections) {
        this.leadSections = sections;
    }

    /** What is on screen now, as a printable sheet (the export writes it as PDF and Markdown). */
    public PrepSheet prepSheet() {
        List<PrepSheet.Section> sections = new ArrayList<>(leadSections.get());
        List<OutlineLine> self = new ArrayList<>();
        addLine(self, "Permission", permission.get());
        addLine(self, "Practice", practice.get());
        if (!focusItems.isEmpty()) {
            self.add(new OutlineLine(0, "Focus:"));
            focusItems.forEach(item -> self.add(new OutlineLine(1, withDetail(item))));
        }
        sections.add(new PrepSheet.Section("Permission, practice and focus", self));

        List<OutlineLine> checkins = new ArrayList<>();
        for (FocusScoreRow row : checkinRows) {
            Double average = row.average();
            checkins.add(new OutlineLine(0, row.focus() + ": " + row.compact()
                    + (average == null ? "  (no check-ins)" : "  (average " + FocusScoreRow.oneDecimal(average)
                    + " over " + row.daysScored() + " days)")));
        }
        sections.add(new PrepSheet.Section("Check-ins, last " + CHECKIN_DAYS + " days (oldest first)", checkins));
        sections.add(new PrepSheet.Section("Activity this week", JsonOutline.lines(activityCounts.get())));
        sections.add(new PrepSheet.Section("Themes", themes.stream().map(t -> new OutlineLine(0, withDetail(t))).toList()));
        sections.add(new PrepSheet.Section("Language patterns",
                languagePatterns.stream().map(t -> new OutlineLine(0, withDetail(t))).toList()));
        sections.add(new PrepSheet.Section("FIRES signals", JsonOutline.lines(firesSignals.get())));
        sections.add(new PrepSheet.Section("Recognition exchanges", JsonOutline.lines(exchanges.get())));
        sections.add(new PrepSheet.Section("Open threads", JsonOutline.lines(openThreads.get())));
        List<OutlineLine> asked = new ArrayList<>();
        for (QuestionItem question : questions) {
            asked.add(new OutlineLine(0, (question.isTicked() ? "[x] " : "[ ] ") + question.text()));
        }
        sections.add(new PrepSheet.Section("Coaching questions", asked));
        List<OutlineLine> agreed = new ArrayList<>();
        agreed.add(new OutlineLine(0, pendingActivities.get() + " pending agreed "
                + (pendingActivities.get() == 1 ? "activity" : "activities")));
        if (evidenceFound > 0) {
            agreed.add(new OutlineLine(0, evidenceFound + " with evidence found, to review"));
        }
        if (!calendarLink.get().isEmpty()) {
            agreed.add(new OutlineLine(0, "Calendar: " + calendarLink.get(), calendarLink.get()));
        }
        sections.add(new PrepSheet.Section("Agreed activities and scheduling", agreed));
        // Nothing rendered means the JSON was empty; leave it out rather than print a dash.
        List<PrepSheet.Section> kept = sections.stream()
                .filter(s -> !s.lines().isEmpty() && !(s.lines().size() == 1 && s.lines().get(0).text().equals("—")))
                .toList();
        String subtitle = (weekSummary.get().isEmpty() ? "No weekly snapshot" : weekSummary.get())
                + " · prepared " + DAY.format(LocalDate.now(clock));
        return new PrepSheet("Quick Prep: " + clientName.get(), subtitle, kept);
    }

    private static String withDetail(LabelledText text) {
        return text.detail().isEmpty() ? text.label() : text.label() + " (" + text.detail() + ")";
    }

    private static void addLine(List<OutlineLine> lines, String label, String value) {
        if (value != null && !value.isBlank()) {
            lines.add(new OutlineLine(0, label + ": " + value));
        }
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return tabLoad.loadingProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return tabLoad.errorProperty();
    }

    public ReadOnlyStringProperty errorDetailsProperty() {
        return tabLoad.errorDetailsProperty();
    }

    public ReadOnlyStringProperty clientNameProperty() {
        return clientName.getReadOnlyProperty();
    }

    public ObservableList<WeekOption> weeks() {
        return weeksView;
    }

    public ObjectProperty<WeekOption> selectedWeekProperty() {
        return selectedWeek;
    }

    /** True while there is no older week to move to (the "older" arrow is disabled). */
    public BooleanBinding noOlderWeek() {
        return noOlderWeek;
    }

    /** True while there is no newer week to move to (the "newer" arrow is disabled). */
    public BooleanBinding noNewerWeek() {
        return noNewerWeek;
    }

    /** A week's label in the list, relative to today by the injected clock ("this week", ...). */
    public String weekLabel(WeekOption week) {
        return week.labelFor(LocalDate.now(clock));
    }

    /** "3 pending activities", "1 pending activity", "No pending activities." */
    public StringBinding pendingActivitiesText() {
        return pendingActivitiesText;
    }

    /** What the copy button confirms once the ticked questions are on the clipboard. */
    public String copiedNote() {
        int count = tickedCount.get();
        return "Copied " + count + (count == 1 ? " question" : " questions") + " to the clipboard.";
    }

    /** The file name offered for the prep sheet: {@code prep-sheet-<client name, letters and digits>.<ext>}. */
    public String exportFileName(PrepSheetFormat format) {
        String name = ("prep-sheet-" + clientName.get()).replaceAll("[^\\p{L}\\p{N}]+", "-")
                .toLowerCase(Locale.ROOT);
        return name + "." + format.extension();
    }

    /** Moves to the next older week, if there is one. */
    public void olderWeek() {
        WeekOption now = selectedWeek.get();
        if (now != null && now.index() + 1 < weeks.size()) {
            selectedWeek.set(weeks.get(now.index() + 1));
        }
    }

    /** Moves to the next newer week, if there is one. */
    public void newerWeek() {
        WeekOption now = selectedWeek.get();
        if (now != null && now.index() > 0) {
            selectedWeek.set(weeks.get(now.index() - 1));
        }
    }

    public ReadOnlyStringProperty weekSummaryProperty() {
        return weekSummary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<JsonShape> activityCountsProperty() {
        return activityCounts.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<JsonShape> firesSignalsProperty() {
        return firesSignals.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<JsonShape> exchangesProperty() {
        return exchanges.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<JsonShape> openThreadsProperty() {
        return openThreads.getReadOnlyProperty();
    }

    public ObservableList<LabelledText> themes() {
        return themesView;
    }

    public ObservableList<LabelledText> languagePatterns() {
        return languagePatternsView;
    }

    public ObservableList<QuestionItem> questions() {
        return questionsView;
    }

    public IntegerBinding tickedCountBinding() {
        return tickedCount;
    }

    public ReadOnlyStringProperty permissionProperty() {
        return permission.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty practiceProperty() {
        return practice.getReadOnlyProperty();
    }

    public ObservableList<LabelledText> focusItems() {
        return focusItemsView;
    }

    public ObservableList<LocalDate> checkinDays() {
        return checkinDaysView;
    }

    public ObservableList<FocusScoreRow> checkinRows() {
        return checkinRowsView;
    }

    /**
     * The roster counts pending and evidence-found activities as "open"; Quick Prep shows pending (as
     * issue 7 asks) and says here what the rest is, so the two figures never read as a contradiction.
     */
    private void showEvidenceFound(int count) {
        evidenceFound = count;
        evidenceFoundNote.set(count == 0 ? "" : "and " + count + " with evidence found, to review: "
                + (pendingActivities.get() + count) + " open in all, as on the roster");
    }

    /** Empty when no activity waits for review; otherwise one line under the pending figure. */
    public ReadOnlyStringProperty evidenceFoundNoteProperty() {
        return evidenceFoundNote.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pendingActivitiesProperty() {
        return pendingActivities.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty calendarLinkProperty() {
        return calendarLink.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasSnapshotProperty() {
        return hasSnapshot.getReadOnlyProperty();
    }

    /** The relationship's status (the roster's, set by the client area); words the no-snapshot note. */
    public ObjectProperty<RelationshipStatus> relationshipStatusProperty() {
        return relationshipStatus;
    }

    /** True once the client is read and has no week: the week's sections give way to one note. */
    public BooleanBinding noWeeks() {
        return noWeeks;
    }

    /** True when some day of the check-in window has a score. */
    public BooleanBinding hasCheckins() {
        return hasCheckins;
    }

    /** True when the client has written a permission, a practice or a focus item. */
    public BooleanBinding hasOwnWords() {
        return hasOwnWords;
    }

    /** True when an agreed activity is pending or waits for review. */
    public BooleanBinding hasAgreedActivities() {
        return hasAgreedActivities;
    }

    /** No week and nothing else either: not even the "Since" block has anything to say. */
    public BooleanBinding nothingYet() {
        return nothingYet;
    }

    /** The no-snapshot note's heading, worded for the relationship's status. */
    public StringBinding noSnapshotTitle() {
        return noSnapshotTitle;
    }

    /** What will appear and when, under {@link #noSnapshotTitle()}. */
    public StringBinding noSnapshotText() {
        return noSnapshotText;
    }

    /** Counts completed loads; the view re-renders on it and the benchmark waits for it. */
    public ReadOnlyIntegerProperty renderCountProperty() {
        return renderCount.getReadOnlyProperty();
    }
}
