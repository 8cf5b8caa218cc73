package org.findinggood.coachdesk.ui.map;

import java.time.LocalDate;

/** One week of the engagement chart: the mean of all focus scores checked in that week. */
public record EngagementWeek(LocalDate weekStart, double averageScore, int checkins) {
}
