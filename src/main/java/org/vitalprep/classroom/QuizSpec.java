package org.vitalprep.classroom;

import java.util.List;

/**
 * An instructor's quiz: questions chosen by hand and/or by a rule (modules, exam domains, difficulty, count),
 * and its settings. {@code id} is null for a new quiz.
 *
 * @param minutes           time limit, 0 = untimed
 * @param immediateFeedback feedback after each answer; otherwise after submission
 * @param feedbackAfterDue  keys and rationales only after the assignment's due date (the score at submission)
 * @param attemptsAllowed   default for assignments, 0 = unlimited
 */
public record QuizSpec(String id, String title, List<String> questionIds, List<String> ruleModules,
                       List<String> ruleDomains, String ruleDifficulty, int ruleCount, int minutes,
                       boolean immediateFeedback, boolean feedbackAfterDue, boolean shuffleQuestions,
                       boolean shuffleOptions, int attemptsAllowed) {

    public QuizSpec {
        questionIds = questionIds == null ? List.of() : List.copyOf(questionIds);
        ruleModules = ruleModules == null ? List.of() : List.copyOf(ruleModules);
        ruleDomains = ruleDomains == null ? List.of() : List.copyOf(ruleDomains);
        if (title == null || title.isBlank()) throw new IllegalArgumentException("A quiz needs a title");
        if (title.length() > 200) throw new IllegalArgumentException("A title has at most 200 characters");
        if (ruleCount < 0 || ruleCount > 250) throw new IllegalArgumentException("A rule draws 0 to 250 questions");
        if (questionIds.size() > 250) throw new IllegalArgumentException("A quiz has at most 250 hand-picked questions");
        if (questionIds.isEmpty() && ruleCount == 0) {
            throw new IllegalArgumentException("Pick questions by hand or set how many the rule draws");
        }
        if (minutes < 0 || minutes > 600) throw new IllegalArgumentException("Time limit must be 0 to 600 minutes");
        if (immediateFeedback && feedbackAfterDue) {
            throw new IllegalArgumentException("Feedback is either after each answer or after the due date");
        }
        if (attemptsAllowed < 0 || attemptsAllowed > 100) throw new IllegalArgumentException("0 to 100 attempts");
    }
}
