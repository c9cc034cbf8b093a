package org.vitalprep.classroom;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Everything a student's competency checklist export shows: who and where, each competency with its sign-off
 * attempts, and externship hours with attestation. Built by the classroom service, rendered by the exports.
 *
 * @param program     program or school name
 * @param generatedAt when the report was produced; shown in {@code zone}
 */
public record ChecklistReport(String program, String className, List<String> instructors, String studentName,
                              String studentEmail, Instant generatedAt, ZoneId zone,
                              List<CompetencyEntry> competencies, List<HoursEntry> hours) {

    public ChecklistReport {
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(zone, "zone");
        instructors = instructors == null ? List.of() : List.copyOf(instructors);
        competencies = competencies == null ? List.of() : List.copyOf(competencies);
        hours = hours == null ? List.of() : List.copyOf(hours);
    }

    public enum Status { NOT_ATTEMPTED, FAILED, PASSED }

    public enum Result { PASS, FAIL }

    /** One competency and its attempts, oldest first; {@code status} is the program's verdict (latest attempt). */
    public record CompetencyEntry(String code, String description, String kind, Status status, List<Attempt> attempts) {
        public CompetencyEntry {
            Objects.requireNonNull(status, "status");
            attempts = attempts == null ? List.of() : List.copyOf(attempts);
        }
    }

    /**
     * One sign-off attempt.
     *
     * @param stepsMissed the rubric steps the evaluator marked as missed, as they should be printed
     */
    public record Attempt(int number, LocalDate date, Result result, String evaluator, String notes,
                          List<String> stepsMissed) {
        public Attempt {
            Objects.requireNonNull(result, "result");
            stepsMissed = stepsMissed == null ? List.of() : List.copyOf(stepsMissed);
        }
    }

    /** One externship shift; attested by a site supervisor or the program (who, when). */
    public record HoursEntry(LocalDate date, String site, String supervisor, BigDecimal hours, boolean attested,
                             String attestedBy, Instant attestedAt) {
        public HoursEntry {
            Objects.requireNonNull(hours, "hours");
        }
    }

    public BigDecimal hoursLogged() {
        return hours.stream().map(HoursEntry::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal hoursAttested() {
        return hours.stream().filter(HoursEntry::attested).map(HoursEntry::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public long passedCount() {
        return competencies.stream().filter(c -> c.status() == Status.PASSED).count();
    }
}
