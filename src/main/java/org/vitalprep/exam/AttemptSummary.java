package org.vitalprep.exam;

import java.time.Instant;

/** One of the learner's attempts, for lists. */
public record AttemptSummary(String id, AttemptSnapshot.Kind kind, String title, Instant startedAt,
                             Instant submittedAt, int total, int answered, Integer percent, Boolean passed) {

    public boolean finished() {
        return submittedAt != null;
    }
}
