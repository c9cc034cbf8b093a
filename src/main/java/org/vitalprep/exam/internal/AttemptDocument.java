package org.vitalprep.exam.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import org.vitalprep.exam.Answer;

import java.time.Instant;
import java.util.List;

/**
 * An attempt and everything the learner did in it, in one document, so every change is one atomic update.
 * {@code revision} is bumped by every update; each item's {@code seq} by every change to that item (two tabs
 * answering the same item cannot silently overwrite each other).
 */
@Document("attempts")
record AttemptDocument(@Id String id, String learnerId, String kind, String title, String module, String examId,
                       boolean immediateFeedback, long seed, Instant startedAt, Instant submittedAt, String status,
                       String submitReason, List<Segment> segments, int currentSegment, Instant currentDeadline,
                       int position, int viewing, Instant viewingSince, List<Item> items, List<String> notes,
                       Integer percent, Boolean passed, Integer maxItems, String assignmentId,
                       Instant feedbackFrom, @Version Long revision) {

    static final String ACTIVE = "ACTIVE";
    static final String SUBMITTED = "SUBMITTED";

    /** Items [from, to) with a time limit (0 = untimed); the deadline is set when the segment starts. */
    record Segment(String name, int from, int to, int minutes, Instant startedAt, Instant deadline, Instant closedAt) {}

    /**
     * A question as this attempt shows it: version, option (or choice) order and prompt order are fixed at
     * assembly; {@code group} is the exam domain (or module) it counts for; pretest items are not scored.
     */
    record Item(String questionId, int questionVersion, List<String> optionOrder, List<String> promptOrder,
                boolean scored, String group, Response response, boolean flagged, long timeSpentMs, int seq) {}

    /** The learner's answer, saved the moment it was given. */
    record Response(Answer answer, boolean correct, double score, Instant answeredAt) {}

    boolean active() {
        return ACTIVE.equals(status);
    }

    int segmentOf(int index) {
        for (int s = 0; s < segments.size(); s++) {
            if (index >= segments.get(s).from() && index < segments.get(s).to()) return s;
        }
        throw new IllegalArgumentException("Question " + (index + 1) + " is not in this attempt");
    }
}
