package org.vitalprep.classroom.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/** An instructor's quiz: hand-picked questions and/or a rule, and its settings. */
@Document("instructor_quizzes")
public record QuizDocument(@Id String id, String ownerId, String title, List<String> questionIds,
                           List<String> ruleModules, List<String> ruleDomains, String ruleDifficulty, int ruleCount,
                           int minutes, boolean immediateFeedback, Boolean feedbackAfterDue, boolean shuffleQuestions, boolean shuffleOptions,
                           int attemptsAllowed, Instant updatedAt, @Version Long revision) {
}
