package org.findinggood.coachdesk.ui.common.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import org.findinggood.coachdesk.ui.common.json.JsonOutline.OutlineLine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Property test: random awkward JSON (seeded, see {@link RandomJson}) through the recognizer and
 * every renderer (JavaFX nodes, outline, Markdown). No exception, and work stays bounded: measured
 * as shape elements, outline lines and scene-graph nodes, never as wall time.
 */
class JsonRenderersFuzzTest {

    private static final long SEED = Long.getLong("jsonFuzzSeed", 20261125L);
    private static final int CASES = Integer.getInteger("jsonFuzzCases", 400);
    /** Generous per-element allowance: a bar row is 3 nodes, a chart point a few more. */
    private static final int NODES_PER_ELEMENT = 8;

    private final JsonShapeRecognizer recognizer = new JsonShapeRecognizer();
    private final List<String> opened = new ArrayList<>();
    private final JsonRenderer renderer = new JsonRenderer(recognizer, opened::add);

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void randomJsonNeverThrowsAndStaysBounded() throws Exception {
        RandomJson generator = new RandomJson(SEED);
        int maxElements = recognizer.limits().maxElements();
        int largestShape = 0;
        int largestNodeCount = 0;
        for (int i = 0; i < CASES; i++) {
            JsonNode json = generator.next();
            JsonShape shape = recognizer.recognize(json);
            assertThat(shape.size()).as("case %d (seed %d) shape size", i, SEED).isLessThanOrEqualTo(maxElements + 1);
            assertThat(depth(shape)).as("case %d depth", i).isLessThanOrEqualTo(recognizer.limits().maxDepth() + 3);

            List<OutlineLine> lines = JsonOutline.lines(shape);
            assertThat(lines.size()).as("case %d outline lines", i).isLessThanOrEqualTo(2 * shape.size() + 1);
            String markdown = JsonMarkdown.render(shape);
            assertThat(markdown.lines().count()).isEqualTo(lines.size());

            Node node = WaitForAsyncUtils.asyncFx(() -> renderer.render(shape)).get();
            int nodes = countNodes(node);
            assertThat(nodes).as("case %d scene nodes for %d elements", i, shape.size())
                    .isLessThanOrEqualTo(NODES_PER_ELEMENT * shape.size() + 60);
            largestShape = Math.max(largestShape, shape.size());
            largestNodeCount = Math.max(largestNodeCount, nodes);
        }
        // the generator must actually reach the limits, or the bounds above prove nothing
        assertThat(largestShape).isGreaterThan(maxElements / 2);
        assertThat(opened).isEmpty();
    }

    @Test
    void pathologicalInputsAreCutVisibly() {
        RandomJson generator = new RandomJson(SEED + 1);
        for (int i = 0; i < 50; i++) {
            JsonShape shape = recognizer.recognize(generator.next());
            assertThat(shape).isNotNull();
        }
        JsonNode deep = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.textNode("bottom");
        for (int i = 0; i < 10_000; i++) {
            deep = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode().add(deep).add(1);
        }
        JsonShape shape = recognizer.recognize(deep);
        assertThat(JsonOutline.lines(shape)).anyMatch(line -> line.text().contains("nested too deep"));
    }

    private static int depth(JsonShape shape) {
        if (shape instanceof JsonShape.Bullets b) {
            return 1 + b.items().stream().mapToInt(JsonRenderersFuzzTest::depth).max().orElse(0);
        }
        if (shape instanceof JsonShape.Fields f) {
            return 1 + f.fields().stream().mapToInt(x -> depth(x.value())).max().orElse(0);
        }
        if (shape instanceof JsonShape.Cards c) {
            return c.cards().stream().mapToInt(JsonRenderersFuzzTest::depth).max().orElse(0);
        }
        return 1;
    }

    static int countNodes(Node node) {
        int count = 1;
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                count += countNodes(child);
            }
        }
        return count;
    }
}
