package org.findinggood.coachdesk.ui.common.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.net.URI;
import java.util.Locale;
import org.findinggood.coachdesk.model.DayFormat;

/**
 * Formats JSON scalars for reading: numbers without noise, booleans as Yes/No, ISO dates and timestamps
 * in the app's one day style ("10 Aug 2026"), long text cut.
 */
public final class JsonScalars {

    private JsonScalars() {
    }

    /** The readable text of a scalar node; containers answer their compact JSON, cut to {@code maxLength}. */
    public static String text(JsonNode node, int maxLength) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "";
        }
        if (node.isNumber()) {
            return number(node);
        }
        if (node.isBoolean()) {
            return node.booleanValue() ? "Yes" : "No";
        }
        if (node.isTextual()) {
            String text = node.textValue().strip();
            return DayFormat.isoDay(text).map(DayFormat::day).orElseGet(() -> cut(text, maxLength));
        }
        return cut(node.toString(), maxLength);
    }

    /** Whole numbers as they are, decimals to two places, very large or small ones in scientific form. */
    public static String number(JsonNode node) {
        if (node.isIntegralNumber()) {
            BigInteger value = node.bigIntegerValue();
            String plain = value.toString();
            return plain.length() <= 16 ? plain
                    : new BigDecimal(value).round(new MathContext(4)).toString().replace("E+", "e");
        }
        double value = node.doubleValue();
        if (!Double.isFinite(value)) {
            return Double.isNaN(value) ? "not a number" : (value > 0 ? "∞" : "-∞");
        }
        return decimal(value);
    }

    public static String decimal(double value) {
        if (!Double.isFinite(value)) {
            return Double.isNaN(value) ? "not a number" : (value > 0 ? "∞" : "-∞");
        }
        double magnitude = Math.abs(value);
        if (magnitude != 0 && (magnitude >= 1e15 || magnitude < 1e-3)) {
            return String.format(Locale.ROOT, "%.3g", value);
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }

    /** A finite number, or {@code null} when the node is not one. */
    public static Double finiteNumber(JsonNode node) {
        if (node == null || !node.isNumber()) {
            return null;
        }
        double value = node.doubleValue();
        return Double.isFinite(value) ? value : null;
    }

    /**
     * A score: a finite number, or text that is only a decimal number ("3", " 4.5 "), as forms and
     * spreadsheets often send them; {@code null} otherwise.
     */
    public static Double score(JsonNode node) {
        if (node != null && node.isTextual()) {
            String text = node.textValue().strip();
            if (text.length() <= 32 && text.matches("-?\\d+(\\.\\d+)?")) {
                double value = Double.parseDouble(text);
                return Double.isFinite(value) ? value : null;
            }
            return null;
        }
        return finiteNumber(node);
    }

    /** An absolute http(s) address with a host, and nothing else in the string. */
    public static boolean isWebAddress(String text) {
        if (text == null || text.length() > 2000) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (!(lower.startsWith("http://") || lower.startsWith("https://"))) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        try {
            URI uri = new URI(text);
            return uri.getHost() != null && !uri.getHost().isEmpty();
        } catch (Exception e) {
            return false;
        }
    }

    /** Cuts at a code point boundary and marks the cut with an ellipsis. */
    public static String cut(String text, int maxLength) {
        if (text.length() <= maxLength) {
            return text;
        }
        int end = Math.max(0, maxLength - 1);
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
