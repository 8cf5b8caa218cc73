package org.findinggood.coachdesk.testsupport.career;

/**
 * How big a generated career is. {@link #career()} is the workspace (300 relationships, up to five
 * years); {@link #small()} keeps a test that CI runs quick while still holding every kind of row.
 *
 * @param clients             this coach's relationships (one client each), every status
 * @param maxWeeks            weeks of the longest engagement (the first client's, still active)
 * @param activitiesPerClient agreed activities of a client with history, on average (+-20%)
 * @param otherCoaches        coaches besides this one
 * @param sharedClients       of this coach's clients, how many each other coach also coaches
 * @param ownClientsOfOthers  clients each other coach has alone (never this coach's)
 */
public record CareerScale(int clients, int maxWeeks, int activitiesPerClient, int otherCoaches, int sharedClients,
        int ownClientsOfOthers) {

    public CareerScale {
        if (clients < 6 || maxWeeks < 8 || activitiesPerClient < 1 || otherCoaches < 0 || sharedClients > clients) {
            throw new IllegalArgumentException("A career needs at least 6 clients (one per status), 8 weeks and one activity");
        }
    }

    /** One coach's five years: 300 clients, 260 weeks for the longest, ~100 activities each, 3 colleagues. */
    public static CareerScale career() {
        return new CareerScale(300, 260, 100, 3, 12, 20);
    }

    /** The same shape, small enough for a test that runs on every build. */
    public static CareerScale small() {
        return new CareerScale(12, 40, 8, 1, 2, 2);
    }

    /** {@code -Dcareer.scale=small|career} (default career), for benchmarks. */
    public static CareerScale fromProperty() {
        return "small".equals(System.getProperty("career.scale")) ? small() : career();
    }
}
