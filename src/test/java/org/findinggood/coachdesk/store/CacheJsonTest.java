package org.findinggood.coachdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The cache's hand-written JSON text is exactly what Jackson's {@code toString()} writes, and reads back equal. */
class CacheJsonTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void writesWhatJacksonWritesForServerShapedJson() {
        String[] samples = {
            "[]", "{}", "[{\"focus\":\"Rest\",\"score\":4},{\"focus\":\"Ask\",\"score\":1}]",
            "{\"feelings\":0.7,\"influence\":{\"x\":[1,2,-3]},\"big\":12345678901234567890,\"e\":1.5E-7}",
            "{\"quote\":\"say \\\"hi\\\" \\\\ back\\/slash\",\"ctl\":\"tab\\there\\nline\\u0001\",\"uni\":\"é ü 中文 😀 \\u2028\"}",
            "{\"t\":true,\"f\":false,\"n\":null,\"nested\":[[[]],{\"a\":{}}]}", "\"just text\"", "42", "-0.0", "3.0",
        };
        for (String sample : samples) {
            JsonNode node = CacheJson.read(sample);
            assertThat(CacheJson.write(node)).as(sample).isEqualTo(node.toString());
            assertThat(CacheJson.read(CacheJson.write(node))).isEqualTo(node);
        }
        assertThat(CacheJson.write(null)).isNull();
        assertThat(CacheJson.write(NODES.nullNode())).isNull();
    }

    @Test
    void writesWhatJacksonWritesForRandomTrees() {
        Random random = new Random(7);
        for (int i = 0; i < 500; i++) {
            JsonNode node = randomNode(random, 0);
            // a top-level JSON null is stored as SQL NULL (tested above)
            assertThat(CacheJson.write(node)).isEqualTo(node.isNull() ? null : node.toString());
        }
    }

    private static JsonNode randomNode(Random random, int depth) {
        int kind = depth > 3 ? 2 + random.nextInt(8) : random.nextInt(10);
        switch (kind) {
            case 0 -> {
                ObjectNode object = NODES.objectNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    object.set(randomText(random), randomNode(random, depth + 1));
                }
                return object;
            }
            case 1 -> {
                ArrayNode array = NODES.arrayNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    array.add(randomNode(random, depth + 1));
                }
                return array;
            }
            case 2 -> {
                return NODES.textNode(randomText(random));
            }
            case 3 -> {
                return NODES.numberNode(random.nextInt());
            }
            case 4 -> {
                return NODES.numberNode(random.nextLong());
            }
            case 5 -> {
                return NODES.numberNode(random.nextGaussian() * Math.pow(10, random.nextInt(40) - 20));
            }
            case 6 -> {
                return NODES.numberNode(new BigDecimal(BigInteger.valueOf(random.nextLong()), random.nextInt(10)));
            }
            case 7 -> {
                return NODES.booleanNode(random.nextBoolean());
            }
            case 8 -> {
                return NODES.nullNode();
            }
            default -> {
                return NODES.numberNode(random.nextFloat());
            }
        }
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(8); i > 0; i--) {
            text.append((char) (random.nextInt(4) == 0 ? random.nextInt(0x30) : 0x20 + random.nextInt(0x3000)));
        }
        return text.toString();
    }

    /** A conflict's server row holds timestamps as the pull reads them; "take theirs" stores it (FaultInjectionTest found this). */
    @Test
    void serverRowsWithPostgresTimestampFormsBecomeRows() {
        ObjectNode row = CacheJson.rowToJson(Rows.activity(Rows.ANA, org.findinggood.coachdesk.model.ActivityStatus.PENDING));
        row.put("updated_at", "2026-12-05 12:33:02.389637+00");
        row.put("created_at", "-infinity");
        org.findinggood.coachdesk.model.AgreedActivity read =
                CacheJson.rowFromJson(row, org.findinggood.coachdesk.model.AgreedActivity.class);
        assertThat(read.updatedAt()).isEqualTo(java.time.OffsetDateTime.parse("2026-12-05T12:33:02.389637Z"));
        assertThat(read.createdAt()).isEqualTo(org.findinggood.coachdesk.model.ServerTimestamps.MINUS_INFINITY);
    }
}
