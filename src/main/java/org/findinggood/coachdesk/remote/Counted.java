package org.findinggood.coachdesk.remote;

import java.util.List;
import java.util.OptionalLong;

/** Rows of one request plus the total the server counted ({@code Prefer: count=exact}, {@code Content-Range}). */
public record Counted<T>(List<T> rows, OptionalLong total) {
}
