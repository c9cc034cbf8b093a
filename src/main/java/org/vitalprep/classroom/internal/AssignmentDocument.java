package org.vitalprep.classroom.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * An assignment of a quiz (its questions fixed at the versions of the day it was assigned, so every learner
 * gets the same form) or of a timed exam simulation to a class, with its window, attempt limit and any grade
 * overrides the instructor entered.
 */
@Document("assignments")
public record AssignmentDocument(@Id String id, String classId, String title, String quizId, String examId,
                                 List<Ref> questions, int minutes, boolean immediateFeedback, Boolean feedbackAfterDue,
                                 boolean shuffleQuestions,
                                 boolean shuffleOptions, Instant opensAt, Instant dueAt, int attemptsAllowed,
                                 String createdBy, Instant createdAt, List<Override> overrides,
                                 @Version Long revision) {

    public record Ref(String id, int version) {}

    public record Override(String learnerId, Integer percent, String reason, String by, Instant at) {}
}
