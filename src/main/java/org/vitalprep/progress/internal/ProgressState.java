package org.vitalprep.progress.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything VitalPrep tracks about one learner's progress, kept in one document so each answer is one atomic
 * update. Pure data.
 *
 * @param applied keys of the answers already counted (attempt#index), so a replayed event changes nothing
 */
public record ProgressState(Map<String, Tally> modules, Map<String, Tally> domains, Map<String, ItemState> items,
                            Map<String, Tally> days, List<String> applied, Instant updatedAt) {

    /** Counts for one area (module, domain or day). {@code recent}: the last outcomes, newest last ('1'/'0'). */
    public record Tally(int answered, double score, long timeMs, String recent) {
        public static final Tally EMPTY = new Tally(0, 0, 0, "");

        public int percent() {
            return answered == 0 ? 0 : (int) Math.round(100 * score / answered);
        }
    }

    /** One question in the learner's history, with its FSRS memory state. */
    public record ItemState(String module, int answered, int correct, Boolean firstCorrect, Instant firstAt,
                            Instant lastAt, boolean lastCorrect, String fsrsState, Integer fsrsStep, Double stability,
                            Double difficulty, Instant due, Instant lastReview) {}

    public static ProgressState empty() {
        return new ProgressState(Map.of(), Map.of(), Map.of(), Map.of(), List.of(), null);
    }
}
