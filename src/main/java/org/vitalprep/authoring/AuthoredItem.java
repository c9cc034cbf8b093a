package org.vitalprep.authoring;

import org.vitalprep.bank.QuestionType;

import java.time.Instant;
import java.util.List;

/**
 * An instructor's question: the working copy (bank JSON of one question) and where it is in the workflow.
 *
 * @param status           draft, review, published or retired (of the working copy)
 * @param publishedVersion the version learners get in quizzes, or null if never published
 * @param revision         optimistic-locking counter: a save must name the revision it started from
 * @param learners         learners who have a final answer to it (first answers only), null when not computed
 * @param facility         their mean score (p), null when nobody has answered it
 */
public record AuthoredItem(String id, String ownerId, String module, QuestionType type, String status, String json,
                           String stemPreview, String difficulty, List<String> domains, Integer publishedVersion,
                           Instant updatedAt, List<Event> history, long revision, Integer learners,
                           Double facility) {

    public AuthoredItem {
        domains = domains == null ? List.of() : List.copyOf(domains);
        history = history == null ? List.of() : List.copyOf(history);
    }

    public record Event(Instant at, String by, String action, String note) {}

    /** Whether p is outside the usual range (p < 0.20 too hard, p >= 0.96 too easy) with 5 learners or more. */
    public boolean flaggedByStatistics() {
        return facility != null && learners != null && learners >= 5 && (facility < 0.20 || facility >= 0.96);
    }

    /**
     * Search criteria; null or blank means any.
     *
     * @param statistic "answered" (someone answered it), "unanswered", or "flagged" (p outside 0.20 to 0.96)
     */
    public record Filter(String module, String domain, QuestionType type, String status, String difficulty,
                         String text, String statistic) {
        public static Filter any() {
            return new Filter(null, null, null, null, null, null, null);
        }
    }
}
