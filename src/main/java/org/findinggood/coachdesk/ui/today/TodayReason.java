package org.findinggood.coachdesk.ui.today;

import java.time.Instant;

/**
 * Why a client is on Today: a short chip, a sentence for the explanation line, the weight it adds to the
 * client's rank, and since when it holds (a dismissal hides the client until a reason is newer than it).
 */
public record TodayReason(String chip, String explanation, int weight, Instant since) {
}
