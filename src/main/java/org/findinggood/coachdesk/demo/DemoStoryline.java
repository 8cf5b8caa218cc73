package org.findinggood.coachdesk.demo;

import java.util.List;

/**
 * One client's coaching story, the raw material the generator varies week by week: what they work
 * on, how they talk about it, who is around them, and where the coaching has taken them.
 */
record DemoStoryline(
        String role,
        List<String> permissions,
        String practice,
        List<String> focusItems,
        List<String> themes,
        List<Pattern> languagePatterns,
        List<String> openThreads,
        List<String> coachingQuestions,
        List<String> activities,
        List<Person> people,
        List<String> breakthroughs,
        List<String> evidence) {

    record Pattern(String pattern, String example, String note) {
    }

    record Person(String name, String role, String note) {
    }
}
