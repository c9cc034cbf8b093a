package org.vitalprep.exam;

import java.time.Instant;
import java.util.List;

/**
 * Published when an answer becomes final for the learner: at once in tutor mode, at submission otherwise.
 * Listeners (progress) must be idempotent per (attemptId, index): an event may be delivered again.
 *
 * @param score     0 to 1
 * @param firstSeen whether this was the learner's first attempt at the question (for calibration)
 */
public record AnswerFinalized(String learnerId, String attemptId, int index, String questionId, int questionVersion,
                              String module, List<String> domains, String difficulty, boolean correct, double score,
                              long timeSpentMs, Instant at) {

    public AnswerFinalized {
        domains = List.copyOf(domains);
    }

    public String key() {
        return attemptId + "#" + index;
    }
}
