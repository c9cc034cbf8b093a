package org.vitalprep.exam;

import java.util.List;

/**
 * What an attempt at an instructor's assignment consists of: either a timed exam simulation ({@code examId}) or
 * the instructor's questions at fixed versions with the quiz's settings.
 *
 * @param minutes           time limit, 0 = untimed
 * @param immediateFeedback feedback after each answer (tutor style), else after submission
 */
public record AssignedQuiz(String assignmentId, String title, String examId, List<QuestionRef> questions,
                           boolean shuffleQuestions, boolean shuffleOptions, int minutes, boolean immediateFeedback) {

    public record QuestionRef(String id, int version) {}

    public AssignedQuiz {
        questions = questions == null ? List.of() : List.copyOf(questions);
        if (examId == null && questions.isEmpty()) throw new IllegalArgumentException("The quiz has no questions");
        if (minutes < 0 || minutes > 600) throw new IllegalArgumentException("Time limit must be 0 to 600 minutes");
    }
}
