package org.vitalprep.exam;

import org.springframework.stereotype.Service;
import org.vitalprep.bank.Question;
import org.vitalprep.bank.QuestionBankService;
import org.vitalprep.bank.QuestionType;
import org.vitalprep.exam.internal.PracticeEngine;
import org.vitalprep.identity.CurrentUser;

import java.util.List;

/**
 * Practice quizzes for the current learner. Every method acts only on the caller's own attempts: another
 * learner's attempt id behaves exactly like an unknown one.
 */
@Service
public class AttemptService {

    /** The types a practice quiz can serve today (the other types need their own renderers). */
    public static final List<QuestionType> PRACTICE_TYPES = List.of(QuestionType.SINGLE_BEST_ANSWER,
            QuestionType.TRUE_FALSE);
    public static final int MAX_SIZE = 100;

    private final PracticeEngine engine;
    private final CurrentUser user;
    private final QuestionBankService banks;

    AttemptService(PracticeEngine engine, CurrentUser user, QuestionBankService banks) {
        this.engine = engine;
        this.user = user;
        this.banks = banks;
    }

    /** How many questions a practice quiz of the module can draw from. */
    public long practicePoolSize(String module) {
        return banks.publishedQuestions(module).stream().filter(q -> PRACTICE_TYPES.contains(q.type())).count();
    }

    /** Starts a practice quiz of {@code size} questions from a module, unseen questions first. */
    public PracticeAttempt startPractice(String module, int size) {
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("A practice quiz has 1 to " + MAX_SIZE + " questions, not " + size);
        }
        List<Question> pool = banks.publishedQuestions(module).stream()
                .filter(q -> PRACTICE_TYPES.contains(q.type())).toList();
        if (pool.isEmpty()) {
            throw new IllegalArgumentException("Module '" + module + "' has no practice questions");
        }
        return engine.start(user.learnerId(), module, pool, size);
    }

    public PracticeAttempt attempt(String attemptId) {
        return engine.view(attemptId, user.learnerId());
    }

    /** Saves the answer at once and returns the feedback; answering a final question again changes nothing. */
    public Feedback answer(String attemptId, int index, String optionId) {
        return engine.answer(attemptId, user.learnerId(), index, optionId);
    }

    public void moveTo(String attemptId, int index) {
        engine.moveTo(attemptId, user.learnerId(), index);
    }

    /** Ends the attempt (unanswered questions count as wrong); harmless when already submitted. */
    public PracticeAttempt finish(String attemptId) {
        return engine.finish(attemptId, user.learnerId());
    }

    public List<AttemptSummary> recentAttempts() {
        return engine.recent(user.learnerId(), 20);
    }
}
