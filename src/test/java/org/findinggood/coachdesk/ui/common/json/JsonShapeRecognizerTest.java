package org.findinggood.coachdesk.ui.common.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.findinggood.coachdesk.ui.common.json.JsonShape.Bar;
import org.findinggood.coachdesk.ui.common.json.JsonShape.Bars;
import org.findinggood.coachdesk.ui.common.json.JsonShape.Bullets;
import org.findinggood.coachdesk.ui.common.json.JsonShape.Cards;
import org.findinggood.coachdesk.ui.common.json.JsonShape.Chips;
import org.findinggood.coachdesk.ui.common.json.JsonShape.Cut;
import org.findinggood.coachdesk.ui.common.json.JsonShape.Fields;
import org.findinggood.coachdesk.ui.common.json.JsonShape.Link;
import org.findinggood.coachdesk.ui.common.json.JsonShape.Moment;
import org.findinggood.coachdesk.ui.common.json.JsonShape.Nothing;
import org.findinggood.coachdesk.ui.common.json.JsonShape.Questions;
import org.findinggood.coachdesk.ui.common.json.JsonShape.Score;
import org.findinggood.coachdesk.ui.common.json.JsonShape.Scores;
import org.findinggood.coachdesk.ui.common.json.JsonShape.Series;
import org.findinggood.coachdesk.ui.common.json.JsonShape.Text;
import org.findinggood.coachdesk.ui.common.json.JsonShape.Timeline;
import org.junit.jupiter.api.Test;

class JsonShapeRecognizerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final JsonShapeRecognizer recognizer = new JsonShapeRecognizer();

    private JsonShape shape(String json) throws Exception {
        return recognizer.recognize(JSON.readTree(json));
    }

    @Test
    void scalarsReadNaturally() throws Exception {
        assertThat(shape("\"  hello \"")).isEqualTo(new Text("hello"));
        assertThat(shape("3")).isEqualTo(new Text("3"));
        assertThat(shape("2.50")).isEqualTo(new Text("2.5"));
        assertThat(shape("0.3333333")).isEqualTo(new Text("0.33"));
        assertThat(shape("true")).isEqualTo(new Text("Yes"));
        assertThat(shape("null")).isEqualTo(new Nothing());
        assertThat(recognizer.recognize(null)).isEqualTo(new Nothing());
        assertThat(shape("\"\"")).isEqualTo(new Nothing());
        assertThat(shape("[]")).isEqualTo(new Nothing());
        assertThat(shape("{}")).isEqualTo(new Nothing());
        assertThat(shape("123456789012345678901234567890")).isEqualTo(new Text("1.235e29"));
    }

    @Test
    void webAddressesBecomeLinksButNotLookalikes() throws Exception {
        assertThat(shape("\"https://cal.com/jane\"")).isEqualTo(new Link("https://cal.com/jane"));
        assertThat(shape("\"javascript:alert(1)\"")).isEqualTo(new Text("javascript:alert(1)"));
        assertThat(shape("\"https://exa mple.com\"")).isEqualTo(new Text("https://exa mple.com"));
        assertThat(shape("\"http://\"")).isEqualTo(new Text("http://"));
    }

    @Test
    void shortScalarListsAreChipsLongOnesBullets() throws Exception {
        assertThat(shape("[\"courage\", \"rest\", null, 3]")).isEqualTo(new Chips(java.util.List.of("courage", "rest", "3"), 0));
        JsonShape bullets = shape("[\"I keep saying I should before I ask myself what I want\", \"https://x.org/a\"]");
        assertThat(bullets).isInstanceOf(Bullets.class);
        assertThat(((Bullets) bullets).items()).containsExactly(
                new Text("I keep saying I should before I ask myself what I want"), new Link("https://x.org/a"));
    }

    @Test
    void countsObjectBecomesBars() throws Exception {
        assertThat(shape("{\"predict\": 3, \"prove\": 1, \"priority_builder\": 0}")).isEqualTo(new Bars(
                java.util.List.of(new Bar("Predict", 3), new Bar("Prove", 1), new Bar("Priority builder", 0)), 0));
        assertThat(shape("[{\"theme\": \"rest\", \"count\": 4}, {\"theme\": \"voice\", \"count\": 2}]"))
                .isEqualTo(new Bars(java.util.List.of(new Bar("rest", 4), new Bar("voice", 2)), 0));
    }

    @Test
    void focusScoresBecomeScoreRowsOnTheirScale() throws Exception {
        JsonShape shape = shape("[{\"focus\": \"Walk daily\", \"score\": 4}, {\"focus\": \"Ask for help\", \"score\": 2}]");
        assertThat(shape).isEqualTo(new Scores(java.util.List.of(new Score("Walk daily", 4), new Score("Ask for help", 2)), 0));
        assertThat(((Scores) shape).scale()).isEqualTo(5);
        assertThat(((Scores) shape("[{\"focus\": \"a\", \"score\": 8}]")).scale()).isEqualTo(10);
    }

    @Test
    void isoDatesAndTimestampsReadInTheAppsDayStyleWhereverTheyAreShown() throws Exception {
        assertThat(shape("\"2026-08-10\"")).isEqualTo(new Text("10 Aug 2026"));
        assertThat(shape("\"2026-11-16T09:30:00.123+00:00\"")).isEqualTo(new Text("16 Nov 2026"));
        assertThat(shape("[{\"theme\": \"Delegating\", \"weeks\": 16, \"first_seen\": \"2026-08-10\"}]"))
                .isEqualTo(new Bars(java.util.List.of(new Bar("Delegating", 16, "First seen: 10 Aug 2026")), 0));
        assertThat(shape("[{\"since\": \"2026-11-16\", \"thread\": \"Push back on the roadmap\"}]"))
                .isEqualTo(new Timeline(java.util.List.of(new Moment("Since 16 Nov 2026", "Push back on the roadmap", "")), 0));
        // the prep sheet's text goes through the same words
        assertThat(JsonOutline.lines(shape("{\"started_at\": \"2026-01-05 08:00:00+00\"}")))
                .extracting(JsonOutline.OutlineLine::text).containsExactly("Started at: 5 Jan 2026");
        assertThat(JsonTexts.items(JSON.readTree("[{\"theme\": \"Rest\", \"since\": \"2026-02-02\"}]"), 5))
                .containsExactly(new JsonTexts.LabelledText("Rest", "Since: 2 Feb 2026"));
        // text that only contains a date, or is not a real day, stays as written
        assertThat(shape("\"from 2026-08-10 on\"")).isEqualTo(new Text("from 2026-08-10 on"));
        assertThat(shape("\"2026-13-40\"")).isEqualTo(new Text("2026-13-40"));
    }

    @Test
    void firesElementsReadCapitalisedWhereverTheyAreShown() throws Exception {
        assertThat(shape("[{\"element\": \"feelings\", \"score\": 4}, {\"element\": \"resilience\", \"score\": 3}]"))
                .isEqualTo(new Scores(java.util.List.of(new Score("Feelings", 4, ""), new Score("Resilience", 3, "")), 0));
        assertThat(shape("[\"ethics\", \"trust\"]")).isEqualTo(new Chips(java.util.List.of("Ethics", "trust"), 0));
        assertThat(shape("{\"checkins\": 7, \"proof\": 3}"))
                .isEqualTo(new Bars(java.util.List.of(new Bar("Check-ins", 7), new Bar("Proof", 3)), 0));
    }

    @Test
    void questionsTextItemsAndMoments() throws Exception {
        assertThat(shape("[{\"question\": \"What would rest look like?\"}]"))
                .isEqualTo(new Questions(java.util.List.of("What would rest look like?"), 0));
        assertThat(shape("[{\"text\": \"Said no to a meeting\"}]"))
                .isEqualTo(new Bullets(java.util.List.of(new Text("Said no to a meeting")), 0));
        assertThat(shape("[{\"title\": \"Named the fear\", \"description\": \"in week 3\", \"date\": \"2026-01-12\"}]"))
                .isEqualTo(new Timeline(java.util.List.of(new Moment("12 Jan 2026", "Named the fear", "in week 3")), 0));
        assertThat(shape("[{\"week\": 2, \"permission\": \"I may rest\"}]"))
                .isEqualTo(new Timeline(java.util.List.of(new Moment("Week 2", "I may rest", "")), 0));
    }

    @Test
    void numbersOverWeeksBecomeASeries() throws Exception {
        JsonShape shape = shape("[{\"week\": 1, \"feelings\": 3, \"influence\": 2},"
                + " {\"week\": 2, \"feelings\": 4}]");
        assertThat(shape).isInstanceOf(Series.class);
        Series series = (Series) shape;
        assertThat(series.xLabels()).containsExactly("Week 1", "Week 2");
        assertThat(series.lines()).extracting(JsonShape.Line::name).containsExactly("Feelings", "Influence");
        assertThat(series.lines().get(1).values()).containsExactly(2.0, null);

        Series keyed = (Series) shape("{\"2026-01-05\": {\"feelings\": 3}, \"2026-01-12\": {\"feelings\": 5}}");
        assertThat(keyed.xLabels()).containsExactly("5 Jan", "12 Jan");
        assertThat(keyed.lines().get(0).values()).containsExactly(3.0, 5.0);
    }

    @Test
    void anExtraKeyKeepsTheDataAsCardsInsteadOfHidingIt() throws Exception {
        JsonShape shape = shape("[{\"focus\": \"Walk\", \"score\": 4, \"note\": [\"rainy week\"]}]");
        assertThat(shape).isInstanceOf(Cards.class);
        Fields card = ((Cards) shape).cards().get(0);
        assertThat(card.fields()).extracting(JsonShape.Field::label).containsExactly("Focus", "Score", "Note");
        assertThat(card.fields().get(2).value()).isEqualTo(new Chips(java.util.List.of("rainy week"), 0));
        // scalar extras are kept as the row's note
        assertThat(shape("[{\"element\": \"feelings\", \"strength\": 4, \"evidence\": \"named it\", \"trend\": \"up\"}]"))
                .isEqualTo(new Scores(java.util.List.of(new Score("Feelings", 4, "named it · Trend: up")), 0));
    }

    @Test
    void objectsBecomeLabelledFields() throws Exception {
        Fields fields = (Fields) shape("{\"fires_signals\": {\"feelings\": \"lighter\"}, \"openThreads\": [\"money\"]}");
        assertThat(fields.fields()).extracting(JsonShape.Field::label).containsExactly("FIRES signals", "Open threads");
        assertThat(fields.fields().get(1).value()).isEqualTo(new Chips(java.util.List.of("money"), 0));
    }

    @Test
    void longListsAreCutWithACount() throws Exception {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < 250; i++) {
            json.append(i == 0 ? "" : ",").append('"').append("item ").append(i).append('"');
        }
        Chips chips = (Chips) shape(json.append(']').toString());
        assertThat(chips.items()).hasSize(200);
        assertThat(chips.more()).isEqualTo(50);
    }

    @Test
    void deepNestingStopsAtTheLimit() throws Exception {
        JsonNode deep = JSON.readTree("[[[[[[[[[[\"bottom\"]]]]]]]]]]");
        JsonShape shape = recognizer.recognize(deep);
        String outline = String.join("\n", JsonOutline.lines(shape).stream().map(JsonOutline.OutlineLine::text).toList());
        assertThat(outline).contains("nested too deep").doesNotContain("bottom");
        JsonShape shallow = new JsonShapeRecognizer(new JsonShapeRecognizer.Limits(20, 200, 4000, 2000)).recognize(deep);
        assertThat(JsonOutline.lines(shallow)).extracting(JsonOutline.OutlineLine::text).contains("bottom");
    }

    @Test
    void theElementBudgetCutsBigTrees() throws Exception {
        JsonShapeRecognizer small = new JsonShapeRecognizer(new JsonShapeRecognizer.Limits(6, 200, 10, 2000));
        JsonShape shape = small.recognize(JSON.readTree("[[1,2,3],[4,5,6],[7,8,9],[10,11,12],[13,14,15]]"));
        assertThat(shape.size()).isLessThanOrEqualTo(11);
        assertThat(JsonOutline.lines(shape)).extracting(JsonOutline.OutlineLine::text).anyMatch(t -> t.contains("more"));
        assertThat(shape).isInstanceOf(Bullets.class);
        assertThat(((Bullets) shape).items()).anyMatch(item -> item instanceof Cut || item instanceof Chips);
    }

    @Test
    void labelsComeFromKeys() {
        assertThat(FieldLabel.of("language_patterns")).isEqualTo("Language patterns");
        assertThat(FieldLabel.of("weekNumber")).isEqualTo("Week number");
        assertThat(FieldLabel.of("fires_signals")).isEqualTo("FIRES signals");
        assertThat(FieldLabel.of("  ")).isEqualTo("(no name)");
        assertThat(FieldLabel.of("émotion")).isEqualTo("Émotion");
    }

    @Test
    void markdownEscapesMarkupAndNestsFields() throws Exception {
        String markdown = JsonMarkdown.render(shape(
                "{\"themes\": [\"*bold*\", \"rest\"], \"link\": \"https://cal.com/x\", \"more\": {\"a\": \"b\", \"c\": [1, {\"d\": 2}]}}"));
        assertThat(markdown).contains("- Themes: \\*bold\\* · rest")
                .contains("- Link: https://cal.com/x")
                .contains("- More:\n  - A: b\n  - C:\n");
    }
}
