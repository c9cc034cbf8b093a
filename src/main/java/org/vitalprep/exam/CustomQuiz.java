package org.vitalprep.exam;

import java.util.List;

/**
 * What a learner asks for in a custom quiz.
 *
 * @param modules   module ids (empty = all)
 * @param domains   exam-domain codes (empty = all); an item qualifies when it carries any of them
 * @param pool      which of the learner's items qualify
 * @param minutes   time limit, 0 = untimed
 * @param immediateFeedback tutor-style feedback after each answer, else after submission
 */
public record CustomQuiz(List<String> modules, List<String> domains, int size, Pool pool, int minutes,
                         boolean immediateFeedback) {

    public enum Pool { ALL, UNSEEN, ANSWERED_WRONG, FLAGGED }

    public CustomQuiz {
        modules = modules == null ? List.of() : List.copyOf(modules);
        domains = domains == null ? List.of() : List.copyOf(domains);
        if (size < 1 || size > 250) throw new IllegalArgumentException("A quiz has 1 to 250 questions, not " + size);
        if (minutes < 0 || minutes > 600) throw new IllegalArgumentException("Time limit must be 0 to 600 minutes");
    }
}
