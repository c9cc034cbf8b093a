package org.vitalprep.classroom.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A student's competency sign-offs and externship hours, in one document per learner so every sign-off and every
 * logged shift is one version-checked write.
 */
@Document("competency_records")
public record StudentRecordDocument(@Id String learnerId, List<Signoff> signoffs, List<Shift> shifts,
                                    @Version Long revision) {

    public record Signoff(String id, String code, int attempt, LocalDate date, boolean passed, String evaluator,
                          String evaluatorId, String notes, List<String> stepsMissed, Instant recordedAt) {}

    /** One externship shift; {@code attestedBy} is the supervisor whose signed attestation the program holds. */
    public record Shift(String id, LocalDate date, String site, String supervisor, double hours, Instant loggedAt,
                        String attestedBy, String recordedBy, Instant attestedAt) {}
}
