package org.findinggood.coachdesk.ui.common.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Random;

/**
 * Seeded generator of awkward JSON: deep nesting, huge arrays, odd number types, unicode, nulls,
 * empty containers, and near-misses of the shapes the recognizer looks for. Same seed, same trees.
 */
final class RandomJson {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final List<String> KEYS = List.of("focus", "score", "theme", "count", "question", "text",
            "title", "description", "date", "week", "week_number", "name", "value", "feelings", "influence",
            "resilience", "ethics", "strengths", "predict", "url", "", " ", "ключ", "キー", "emoji_🙂", "a-b c",
            "camelCaseKey", "__proto__", "null", "0", "2026-01-05", "week_3", "W12");
    private static final List<String> WORDS = List.of("", " ", "ok", "predict", "a\nb", "\t", "null",
            "https://cal.com/someone", "http://", "https://exa mple.com", "javascript:alert(1)", "ftp://x.y",
            "שלום", "مرحبا", "🙂👍🏽", "e\u0301", "\u0000", "\uD83D", "Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇",
            "<b>bold</b>", "*stars* _under_ [x](y) # h", "Why now?", "2026-01-05", "Week 3");

    private final Random random;

    RandomJson(long seed) {
        this.random = new Random(seed);
    }

    JsonNode next() {
        return switch (random.nextInt(12)) {
            case 0 -> deep(50 + random.nextInt(2000));
            case 1 -> hugeArray();
            case 2 -> wideObject();
            case 3 -> nearShape();
            default -> value(0);
        };
    }

    JsonNode value(int depth) {
        int kind = depth > 8 ? random.nextInt(8) : random.nextInt(12);
        return switch (kind) {
            case 0 -> F.nullNode();
            case 1, 2 -> F.textNode(text());
            case 3 -> F.numberNode(random.nextInt(21) - 5);
            case 4 -> number();
            case 5 -> F.booleanNode(random.nextBoolean());
            case 6 -> F.textNode("");
            case 7 -> F.binaryNode(new byte[random.nextInt(5)]);
            case 8, 9 -> array(depth);
            default -> object(depth);
        };
    }

    private JsonNode number() {
        return switch (random.nextInt(8)) {
            case 0 -> F.numberNode(Double.NaN);
            case 1 -> F.numberNode(random.nextBoolean() ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY);
            case 2 -> F.numberNode(new BigInteger(400, random));
            case 3 -> F.numberNode(new BigDecimal("1e-400"));
            case 4 -> F.numberNode(Long.MIN_VALUE);
            case 5 -> F.numberNode(random.nextDouble() * 1e20);
            case 6 -> F.numberNode(-0.0);
            default -> F.numberNode(random.nextGaussian() * 10);
        };
    }

    private String text() {
        int pick = random.nextInt(10);
        if (pick == 0) {
            return "long ".repeat(1 + random.nextInt(random.nextInt(20) == 0 ? 20_000 : 50));
        }
        if (pick == 1) {
            StringBuilder chars = new StringBuilder();
            for (int i = 0, n = random.nextInt(30); i < n; i++) {
                chars.appendCodePoint(random.nextInt(0x1FFFF));
            }
            return chars.toString();
        }
        return WORDS.get(random.nextInt(WORDS.size()));
    }

    private String key() {
        return random.nextInt(4) == 0 ? text() : KEYS.get(random.nextInt(KEYS.size()));
    }

    private ArrayNode array(int depth) {
        ArrayNode array = F.arrayNode();
        // wide only near the top, so the expected tree stays finite (branching below 1 further down)
        int size = depth < 2 && random.nextInt(5) == 0 ? random.nextInt(400) : random.nextInt(4);
        for (int i = 0; i < size; i++) {
            array.add(value(depth + 1));
        }
        return array;
    }

    private ObjectNode object(int depth) {
        ObjectNode object = F.objectNode();
        int size = depth < 2 && random.nextInt(5) == 0 ? random.nextInt(300) : random.nextInt(4);
        for (int i = 0; i < size; i++) {
            object.set(key(), value(depth + 1));
        }
        return object;
    }

    private JsonNode deep(int levels) {
        JsonNode node = F.textNode("bottom");
        for (int i = 0; i < levels; i++) {
            if (random.nextBoolean()) {
                node = F.arrayNode().add(node).add(F.nullNode());
            } else {
                ObjectNode wrapper = F.objectNode();
                wrapper.set(key(), node);
                node = wrapper;
            }
        }
        return node;
    }

    private JsonNode hugeArray() {
        ArrayNode array = F.arrayNode();
        int size = 10_000 + random.nextInt(100_000);
        boolean objects = random.nextBoolean();
        for (int i = 0; i < size; i++) {
            if (objects) {
                array.add(F.objectNode().put("focus", "item " + i).put("score", i % 11));
            } else {
                array.add(i);
            }
        }
        return array;
    }

    private JsonNode wideObject() {
        ObjectNode object = F.objectNode();
        for (int i = 0, n = 1000 + random.nextInt(20_000); i < n; i++) {
            object.set("k" + i, random.nextBoolean() ? F.numberNode(i) : value(6));
        }
        return object;
    }

    /** The recognizer's shapes with occasional damage: a missing key, a wrong type, an extra key. */
    private JsonNode nearShape() {
        ArrayNode array = F.arrayNode();
        int size = 1 + random.nextInt(30);
        String[][] shapes = {{"focus", "score"}, {"theme", "count"}, {"question"}, {"text"},
                {"title", "description", "date"}, {"week", "feelings", "influence"}};
        String[] keys = shapes[random.nextInt(shapes.length)];
        for (int i = 0; i < size; i++) {
            ObjectNode item = F.objectNode();
            for (String key : keys) {
                boolean numeric = key.equals("score") || key.equals("count") || key.equals("week")
                        || key.equals("feelings") || key.equals("influence");
                item.set(key, numeric ? F.numberNode(random.nextInt(10)) : F.textNode(text()));
            }
            if (random.nextInt(8) == 0) {
                item.set(key(), value(3));
            }
            if (random.nextInt(8) == 0) {
                item.remove(keys[0]);
            }
            array.add(random.nextInt(15) == 0 ? F.nullNode() : item);
        }
        return array;
    }
}
