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
 */
public record AuthoredItem(String id, String ownerId, String module, QuestionType type, String status, String json,
                           String stemPreview, String difficulty, List<String> domains, Integer publishedVersion,
                           Instant updatedAt, List<Event> history, long revision) {

    public AuthoredItem {
        domains = domains == null ? List.of() : List.copyOf(domains);
        history = history == null ? List.of() : List.copyOf(history);
    }

    public record Event(Instant at, String by, String action, String note) {}

    /** Search criteria; null or blank means any. */
    public record Filter(String module, String domain, QuestionType type, String status, String difficulty,
                         String text) {
        public static Filter any() {
            return new Filter(null, null, null, null, null, null);
        }
    }
}
