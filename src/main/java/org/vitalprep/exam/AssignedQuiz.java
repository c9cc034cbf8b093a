package org.vitalprep.exam;

import java.util.List;

/**
 * What an attempt at an instructor's assignment consists of: either a timed exam simulation ({@code examId}) or
 * the instructor's questions at fixed versions with the quiz's settings.
 *
 * @param minutes           time limit, 0 = untimed
 * @param immediateFeedback feedback after each answer (tutor style), else after submission
 * @param feedbackFrom      if set, keys and rationales are withheld until then (the assignment's due date), so a
 *                          learner who finishes early cannot pass them on
 * @param closesAt          the assignment's due date: a quiz attempt still open then is submitted (null = none)
 */
public record AssignedQuiz(String assignmentId, String title, String examId, List<QuestionRef> questions,
                           boolean shuffleQuestions, boolean shuffleOptions, int minutes, boolean immediateFeedback,
                           java.time.Instant feedbackFrom, java.time.Instant closesAt) {

    public record QuestionRef(String id, int version) {}

    public AssignedQuiz {
        questions = questions == null ? List.of() : List.copyOf(questions);
        if (examId == null && questions.isEmpty()) throw new IllegalArgumentException("The quiz has no questions");
        if (minutes < 0 || minutes > 600) throw new IllegalArgumentException("Time limit must be 0 to 600 minutes");
        if (feedbackFrom != null && immediateFeedback) {
            throw new IllegalArgumentException("Feedback cannot be both immediate and held until the due date");
        }
    }
}
