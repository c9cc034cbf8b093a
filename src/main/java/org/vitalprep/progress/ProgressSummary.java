package org.vitalprep.progress;

import java.time.LocalDate;
import java.util.List;

/** Where a learner stands: totals, areas, daily history, reviews due and what to study next. */
public record ProgressSummary(int answered, int percent, long timeMs, int streakDays, int dueToday, int seen,
                              int bankSize, List<Area> modules, List<Area> domains, List<Day> days,
                              List<String> studyNext, List<ReadinessEstimate> readiness) {

    public ProgressSummary {
        modules = List.copyOf(modules);
        domains = List.copyOf(domains);
        days = List.copyOf(days);
        studyNext = List.copyOf(studyNext);
        readiness = List.copyOf(readiness);
    }

    /**
     * One module or exam domain.
     *
     * @param trend "up", "down" or "flat": the last ten answers against the ten before
     */
    public record Area(String code, String name, int answered, int percent, int seen, int total, String trend,
                       long timeMs) {}

    public record Day(LocalDate date, int answered, int percent, long timeMs) {}
}
