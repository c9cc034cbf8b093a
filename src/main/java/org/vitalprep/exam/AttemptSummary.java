package org.vitalprep.exam;

import java.time.Instant;

/** One of the learner's attempts, for lists. */
public record AttemptSummary(String id, String module, Instant startedAt, Instant submittedAt, int total,
                             int answered, int correct) {

    public boolean finished() {
        return submittedAt != null;
    }
}
