package org.vitalprep.classroom;

import java.time.Instant;

/** An assignment: a quiz (its questions fixed) or a timed exam simulation, its window and attempt limit. */
public record AssignmentInfo(String id, String classId, String title, String quizId, String examId,
                             int questionCount, int minutes, boolean immediateFeedback, Instant opensAt,
                             Instant dueAt, int attemptsAllowed) {

    /** open, not yet open, or closed at {@code now}. */
    public String window(Instant now) {
        if (opensAt != null && now.isBefore(opensAt)) return "not yet open";
        if (dueAt != null && now.isAfter(dueAt)) return "closed";
        return "open";
    }
}
