package org.vitalprep.classroom;

import java.util.List;
import java.util.Optional;

/**
 * One competency of a program's catalog (MAERB-style), with the rubric an evaluator checks at sign-off.
 *
 * @param code        e.g. {@code I.P.2.b} (content area I, psychomotor) or {@code X.A.1} (area X, affective)
 * @param area        the content area's Roman numeral, e.g. {@code I}; its name is in {@link CompetencyCatalog#areas()}
 * @param kind        {@value #PSYCHOMOTOR} or {@value #AFFECTIVE}
 * @param description what the student demonstrates
 * @param steps       the rubric, in order; at least one
 */
public record Competency(String code, String area, String kind, String description, List<Step> steps) {

    public static final String PSYCHOMOTOR = "psychomotor";
    public static final String AFFECTIVE = "affective";

    public Competency {
        steps = List.copyOf(steps);
    }

    /**
     * One observable step (for affective competencies, an observable behaviour).
     *
     * @param id       unique within its competency; sign-off records name missed steps by it
     * @param critical missing this step fails the attempt whatever else was done
     */
    public record Step(String id, String text, boolean critical) {}

    public boolean psychomotor() {
        return PSYCHOMOTOR.equals(kind);
    }

    public Optional<Step> step(String id) {
        return steps.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public List<Step> criticalSteps() {
        return steps.stream().filter(Step::critical).toList();
    }
}
