package org.findinggood.coachdesk.ui.quickprep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.findinggood.coachdesk.ui.quickprep.QuickPrepFixtures.TODAY;

import java.io.IOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.findinggood.coachdesk.model.Client;
import org.findinggood.coachdesk.model.RelationshipStatus;
import org.findinggood.coachdesk.ui.common.Tasks;
import org.findinggood.coachdesk.ui.common.json.JsonOutline;
import org.findinggood.coachdesk.ui.common.json.JsonShape;
import org.findinggood.coachdesk.ui.common.json.JsonShapeRecognizer;
import org.findinggood.coachdesk.ui.common.json.JsonTexts.LabelledText;
import org.findinggood.coachdesk.ui.quickprep.export.PrepSheet;
import org.findinggood.coachdesk.ui.quickprep.export.PrepSheetFormat;
import org.findinggood.coachdesk.ui.quickprep.export.PrepSheetMarkdown;
import org.junit.jupiter.api.Test;

/** Quick Prep logic without a screen: same-thread tasks, rows built in {@link QuickPrepFixtures}. */
class QuickPrepViewModelTest {

    private final Clock clock = Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private final List<String> opened = new ArrayList<>();
    private final Map<String, QuickPrepData> rows = Map.of(
            "ana@example.com", QuickPrepFixtures.data("ana@example.com", "Ana"),
            "ben@example.com", QuickPrepFixtures.data("ben@example.com", "Ben"),
            "new@example.com", new QuickPrepData("new@example.com", null, List.of(), null, List.of(), 0, 0));

    private QuickPrepViewModel model(QuickPrepSource source) {
        return new QuickPrepViewModel(source, Tasks.sameThread(), clock, new JsonShapeRecognizer(), opened::add);
    }

    private QuickPrepViewModel model() {
        return model((email, today) -> rows.get(email));
    }

    @Test
    void showsTheLatestWeekByDefaultAndStepsBack() {
        QuickPrepViewModel model = model();
        model.show("ana@example.com");

        assertThat(model.weeks()).extracting(WeekOption::label)
                .containsExactly("Week 4 · 12 Jan – 18 Jan 2026", "Week 3 · 5 Jan – 11 Jan 2026");
        assertThat(model.selectedWeekProperty().get().weekNumber()).isEqualTo(4);
        assertThat(model.themes()).extracting(LabelledText::label).containsExactly("Boundaries ×3", "rest");
        assertThat(model.themes().get(0).detail()).isEqualTo("Trend: rising");
        assertThat(model.activityCountsProperty().get()).isInstanceOf(JsonShape.Bars.class);

        model.olderWeek();
        assertThat(model.selectedWeekProperty().get().weekNumber()).isEqualTo(3);
        assertThat(model.themes()).extracting(LabelledText::label).containsExactly("Courage ×3", "rest");
        assertThat(model.questions()).extracting(QuestionItem::text)
                .containsExactly("Where did you hold back?", "What would rest look like?");
        model.olderWeek(); // no older week: stays
        assertThat(model.selectedWeekProperty().get().weekNumber()).isEqualTo(3);
        model.newerWeek();
        assertThat(model.selectedWeekProperty().get().weekNumber()).isEqualTo(4);
    }

    @Test
    void ticksAndCopiesQuestions() {
        QuickPrepViewModel model = model();
        model.show("ana@example.com");
        assertThat(model.tickedQuestionsText()).isEmpty();
        model.questions().get(1).setTicked(true);
        assertThat(model.tickedCountBinding().get()).isEqualTo(1);
        assertThat(model.tickedQuestionsText()).isEqualTo("What would rest look like?");
        model.tickAll(true);
        assertThat(model.tickedQuestionsText().lines()).containsExactly(
                "What did you protect this week?", "What would rest look like?");
    }

    @Test
    void permissionFocusAndFourteenDaysOfCheckins() {
        QuickPrepViewModel model = model();
        model.show("ana@example.com");

        assertThat(model.permissionProperty().get()).isEqualTo("I may rest before I am done");
        assertThat(model.practiceProperty().get()).isEqualTo("Ask before assuming");
        assertThat(model.focusItems()).extracting(LabelledText::label).containsExactly("Walk daily", "Ask for help");
        assertThat(model.checkinDays()).hasSize(14).first().isEqualTo(TODAY.minusDays(13));
        assertThat(model.checkinDays()).last().isEqualTo(TODAY);
        // current focus first, then a focus scored in the window that is no longer current
        assertThat(model.checkinRows()).extracting(FocusScoreRow::focus).containsExactly("Walk daily", "Ask for help", "Old focus");
        FocusScoreRow walk = model.checkinRows().get(0);
        assertThat(walk.scores().get(13)).isEqualTo(4.0);
        assertThat(walk.scores().get(11)).isEqualTo(5.0);
        assertThat(walk.scores().get(12)).isNull();
        assertThat(walk.average()).isEqualTo(4.5); // the check-in 20 days ago is outside the window
        assertThat(model.pendingActivitiesProperty().get()).isEqualTo(3);
        // the roster counts 4 open (pending and evidence found): Quick Prep says what the other one is
        assertThat(model.evidenceFoundNoteProperty().get())
                .isEqualTo("and 1 with evidence found, to review: 4 open in all, as on the roster");
    }

    @Test
    void theEvidenceNoteIsEmptyWhenNothingAwaitsReview() {
        QuickPrepViewModel model = model((email, today) -> new QuickPrepData(email, null, List.of(), null, List.of(), 2, 0));
        model.show("x@example.com");
        assertThat(model.pendingActivitiesProperty().get()).isEqualTo(2);
        assertThat(model.evidenceFoundNoteProperty().get()).isEmpty();
        QuickPrepViewModel several = model((email, today) -> new QuickPrepData(email, null, List.of(), null, List.of(), 0, 2));
        several.show("x@example.com");
        assertThat(several.evidenceFoundNoteProperty().get())
                .isEqualTo("and 2 with evidence found, to review: 2 open in all, as on the roster");
        List<PrepSheet.Section> sections = several.prepSheet().sections();
        assertThat(sections.get(sections.size() - 1).lines()).extracting(JsonOutline.OutlineLine::text)
                .containsExactly("0 pending agreed activities", "2 with evidence found, to review");
    }

    @Test
    void calendarButtonOpensTheClientsLinkOnlyWhenThereIsOne() {
        QuickPrepViewModel model = model();
        model.show("ana@example.com");
        assertThat(model.canOpenCalendar()).isTrue();
        model.openCalendar();
        assertThat(opened).containsExactly("https://cal.example.com/ana");

        model.show("new@example.com");
        assertThat(model.canOpenCalendar()).isFalse();
        model.openCalendar();
        assertThat(opened).hasSize(1);
        assertThat(model.hasSnapshotProperty().get()).isFalse();
        assertThat(model.weekSummaryProperty().get()).isEqualTo("No weekly snapshot yet for this client.");
        assertThat(model.clientNameProperty().get()).isEqualTo("new@example.com");
    }

    @Test
    void aFailedReadIsASentenceWithDetailsAndNoStaleData() {
        QuickPrepViewModel model = model((email, today) -> {
            if (email.startsWith("ana")) {
                return rows.get(email);
            }
            throw new IOException("disk I/O error");
        });
        model.show("ana@example.com");
        assertThat(model.themes()).isNotEmpty();
        model.show("ben@example.com");
        assertThat(model.errorProperty().get()).isEqualTo(
                "Quick Prep could not be read from the local cache. Open the client again; if it keeps failing, restart Coach Desk.");
        assertThat(model.errorDetailsProperty().get()).contains("disk I/O error");
        assertThat(model.themes()).isEmpty();
        assertThat(model.permissionProperty().get()).isEmpty();
        assertThat(model.loadingProperty().get()).isFalse();
    }

    @Test
    void refreshKeepsTheChosenWeek() {
        QuickPrepViewModel model = model();
        model.show("ana@example.com");
        model.olderWeek();
        model.refresh();
        assertThat(model.selectedWeekProperty().get().weekNumber()).isEqualTo(3);
    }

    @Test
    void prepSheetHoldsWhatIsOnScreen() {
        QuickPrepViewModel model = model();
        model.show("ana@example.com");
        model.questions().get(0).setTicked(true);
        PrepSheet sheet = model.prepSheet();
        assertThat(sheet.title()).isEqualTo("Quick Prep: Ana");
        assertThat(sheet.subtitle()).isEqualTo("Week 4 · 12 Jan – 18 Jan 2026 · prepared Wed 28 Jan");
        assertThat(sheet.sections()).extracting(PrepSheet.Section::title).contains(
                "Permission, practice and focus", "Check-ins, last 14 days (oldest first)", "Activity this week", "Themes",
                "FIRES signals", "Recognition exchanges", "Open threads", "Coaching questions");
        String markdown = PrepSheetMarkdown.render(sheet);
        assertThat(markdown).contains("# Quick Prep: Ana")
                .contains("- Permission: I may rest before I am done")
                .contains("- \\[x\\] What did you protect this week?")
                .contains("- \\[ \\] What would rest look like?")
                .contains("- Predict: 4")
                .contains("- Feelings: 4 / 5 (named the fear)")
                .contains("Since 20 Dec 2025 — Money talk with partner")
                .contains("- Calendar: <https://cal.example.com/ana>")
                .contains("Walk daily: – – – – – – – – – – – 5 – 4  (average 4.5 over 2 days)");
        assertThat(JsonOutline.lines(model.exchangesProperty().get())).extracting(JsonOutline.OutlineLine::text)
                .containsExactly("6 Jan 2026 — thanked Sam: Direction: given — With: Sam");
    }

    @Test
    void clientWithoutRowsShowsNameFromEmailAndNoCrash() {
        QuickPrepViewModel model = model((email, today) -> new QuickPrepData(email, new Client(null, email, " ", null),
                List.of(), null, List.of(), 0, 0));
        model.show("x@example.com");
        assertThat(model.clientNameProperty().get()).isEqualTo("x@example.com");
        assertThat(model.checkinRows()).isEmpty();
        assertThat(model.prepSheet().sections()).extracting(PrepSheet.Section::title)
                .containsExactly("Agreed activities and scheduling");
    }

    @Test
    void weekArrowsAreDisabledAtEitherEndAndWithoutAWeek() {
        QuickPrepViewModel model = model();
        assertThat(model.noOlderWeek().get()).isTrue();
        assertThat(model.noNewerWeek().get()).isTrue();

        model.show("ana@example.com");
        assertThat(model.noNewerWeek().get()).isTrue();
        assertThat(model.noOlderWeek().get()).isFalse();
        model.olderWeek();
        assertThat(model.noNewerWeek().get()).isFalse();
        assertThat(model.noOlderWeek().get()).isTrue();
    }

    @Test
    void weekLabelsAreRelativeToTheInjectedClock() {
        QuickPrepViewModel model = model();
        model.show("ana@example.com");
        WeekOption week = model.weeks().get(0);
        assertThat(model.weekLabel(week)).isEqualTo(week.labelFor(TODAY));

        Clock nextYear = Clock.fixed(TODAY.plusYears(1).atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        QuickPrepViewModel later = new QuickPrepViewModel((email, today) -> rows.get(email), Tasks.sameThread(),
                nextYear, new JsonShapeRecognizer(), opened::add);
        later.show("ana@example.com");
        assertThat(later.weekLabel(later.weeks().get(0))).isEqualTo("Week 4 · 12 Jan – 18 Jan 2026");
    }

    @Test
    void countsAreWordedInTheSingularAndPlural() {
        QuickPrepViewModel model = model();
        model.show("ana@example.com");
        assertThat(model.pendingActivitiesText().get()).isEqualTo("3 pending activities");
        model.questions().get(0).setTicked(true);
        assertThat(model.copiedNote()).isEqualTo("Copied 1 question to the clipboard.");
        model.tickAll(true);
        assertThat(model.copiedNote()).isEqualTo("Copied " + model.questions().size() + " questions to the clipboard.");

        QuickPrepViewModel single = model((email, today) -> new QuickPrepData(email, null, List.of(), null, List.of(), 1, 0));
        single.show("new@example.com");
        assertThat(single.pendingActivitiesText().get()).isEqualTo("1 pending activity");
    }

    @Test
    void theExportFileNameKeepsLettersAndDigitsOfTheClientsName() {
        QuickPrepViewModel model = model((email, today) -> QuickPrepFixtures.data(email, "Zoë O'Brien / Jr."));
        model.show("zoe@example.com");
        assertThat(model.exportFileName(PrepSheetFormat.PDF)).isEqualTo("prep-sheet-zoë-o-brien-jr-.pdf");
        assertThat(model.exportFileName(PrepSheetFormat.MARKDOWN)).isEqualTo("prep-sheet-zoë-o-brien-jr-.md");
    }

    @Test
    void aClientWithoutAWeekGetsOneNoteWordedForTheirStatus() {
        QuickPrepViewModel model = model((email, today) -> new QuickPrepData(email,
                new Client(null, email, "Nia", null), List.of(), null, List.of(), 0, 0));
        assertThat(model.noWeeks().get()).as("nothing read yet: no note").isFalse();
        model.relationshipStatusProperty().set(RelationshipStatus.PENDING_COACH_INVITE);
        model.show("nia@example.com");

        assertThat(model.noWeeks().get()).isTrue();
        assertThat(model.nothingYet().get()).isTrue();
        assertThat(model.noSnapshotTitle().get()).isEqualTo("Nia has not accepted your invitation yet");
        assertThat(model.noSnapshotText().get()).startsWith("Once they accept, their daily check-ins appear here")
                .contains("after their first week in Finding Good").endsWith(QuickPrepEmptyTexts.NO_PREP_SHEET);

        model.relationshipStatusProperty().set(RelationshipStatus.PENDING_CLIENT_REQUEST);
        assertThat(model.noSnapshotTitle().get()).isEqualTo("Nia asked you to coach them; you have not accepted yet");
        assertThat(model.noSnapshotText().get()).startsWith("Once you accept their request");
        model.relationshipStatusProperty().set(RelationshipStatus.ACTIVE);
        assertThat(model.noSnapshotTitle().get()).isEqualTo("No weekly snapshot for Nia yet");
        assertThat(model.noSnapshotText().get()).startsWith("The weekly snapshot (activity, themes, FIRES signals")
                .contains("appears here after their first week in Finding Good");
        model.relationshipStatusProperty().set(null);
        assertThat(model.noSnapshotTitle().get()).isEqualTo("No weekly snapshot for Nia yet");
        for (RelationshipStatus status : RelationshipStatus.values()) {
            assertThat(QuickPrepEmptyTexts.noSnapshotText(status)).doesNotContain("—").endsWith(".");
        }
    }

    @Test
    void withoutAWeekWhatTheClientHasIsStillShown() {
        QuickPrepData ana = QuickPrepFixtures.data("ana@example.com", "Ana");
        QuickPrepViewModel model = model((email, today) -> email.equals("ana@example.com") ? new QuickPrepData(email,
                ana.client(), List.of(), Map.of(), ana.permission(), ana.recentCheckins(), 2, 0) : rows.get(email));
        model.show("ana@example.com");

        assertThat(model.noWeeks().get()).isTrue();
        assertThat(model.hasCheckins().get()).isTrue();
        assertThat(model.hasOwnWords().get()).isTrue();
        assertThat(model.hasAgreedActivities().get()).isTrue();
        assertThat(model.nothingYet().get()).isFalse();

        model.show("ben@example.com"); // a client with weeks
        assertThat(model.noWeeks().get()).isFalse();
    }

    @Test
    void noPendingActivityIsSaidInWords() {
        QuickPrepViewModel model = model();
        model.show("new@example.com");
        assertThat(model.pendingActivitiesText().get()).isEqualTo("No pending activities");
    }

    @Test
    void checkinAveragesAlwaysHaveOneDecimal() {
        assertThat(new FocusScoreRow("Rest", java.util.Arrays.asList(5.0, null, 5.0)).averageText()).isEqualTo("avg 5.0");
        assertThat(new FocusScoreRow("Rest", List.of(4.0, 4.0, 4.0, 5.0, 4.0, 4.0)).averageText()).isEqualTo("avg 4.2");
        assertThat(new FocusScoreRow("Rest", List.of(4.0, 5.0, 5.0, 5.0, 4.0)).averageText()).isEqualTo("avg 4.6");
        assertThat(new FocusScoreRow("Rest", java.util.Arrays.asList(null, null)).averageText()).isEmpty();
    }
}
