package org.vitalprep.classroom;

import java.util.List;

/** Learners x assignments: each cell the attempts, best and latest score, and any instructor override. */
public record Gradebook(ClassInfo clazz, List<AssignmentInfo> assignments, List<Row> rows) {

    public record Row(ClassInfo.Member learner, List<Cell> cells) {
        /** Mean of the grades the learner has (assignments without a grade do not count). */
        public Double average() {
            return cells.stream().map(Cell::grade).filter(java.util.Objects::nonNull).mapToInt(Integer::intValue)
                    .average().stream().boxed().findFirst().orElse(null);
        }
    }

    /**
     * @param best     best score of a submitted attempt, in percent
     * @param override a grade the instructor entered instead (with its reason), or null
     * @param late     an attempt was submitted after the due date (an exam simulation started before it)
     */
    public record Cell(int attempts, int submitted, Integer best, Integer latest, Integer override,
                       String overrideReason, boolean late) {
        public Integer grade() {
            return override != null ? override : best;
        }
    }
}
