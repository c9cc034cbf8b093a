package org.vitalprep.exam;

import java.util.List;
import java.util.Optional;

/**
 * Chooses the questions of an adaptive practice session (computerized adaptive testing). The exam engine owns
 * the attempt; the progress module, which owns the ability estimates, implements this.
 */
public interface AdaptivePolicy {

    /** An answer given so far in this session. */
    record Answered(String questionId, boolean correct) {}

    /** The ability estimate so far, for the learner to see. */
    record Estimate(double theta, double standardError, boolean done) {}

    /**
     * The next question for a session over {@code scope} (a module id or an exam-domain code), or empty when the
     * session should stop (the standard error is small enough, or nothing informative is left).
     */
    Optional<String> next(String learnerId, String scope, List<Answered> soFar, long seed);

    Estimate estimate(String learnerId, String scope, List<Answered> soFar);
}
