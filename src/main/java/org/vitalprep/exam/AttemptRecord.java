package org.vitalprep.exam;

import java.time.Instant;
import java.util.List;

/**
 * An attempt as an instructor's gradebook and item analysis see it (scores and chosen options; no keys).
 *
 * @param percent null until submitted
 */
public record AttemptRecord(String attemptId, String learnerId, String assignmentId, String title, boolean submitted,
                            Instant startedAt, Instant submittedAt, Integer percent, Boolean passed,
                            List<ItemRecord> items) {

    public AttemptRecord {
        items = List.copyOf(items);
    }

    /** @param score null when not answered; chosen: option ids for choice types, else empty */
    public record ItemRecord(String questionId, int questionVersion, boolean scored, Double score,
                             List<String> chosen) {
        public ItemRecord {
            chosen = List.copyOf(chosen);
        }
    }
}
