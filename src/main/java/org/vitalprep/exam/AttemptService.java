package org.vitalprep.exam;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.vitalprep.bank.ExamDefinition;
import org.vitalprep.bank.QuestionBankService;
import org.vitalprep.exam.internal.AttemptEngine;
import org.vitalprep.identity.CurrentUser;

import java.util.List;

/**
 * Quizzes and exam simulations for the current learner. Every method acts only on the caller's own attempts:
 * another learner's attempt id behaves exactly like an unknown one. Answers are saved the moment they are given.
 */
@Service
// Anyone may call (anonymous learners too): every method acts only on the caller's own learner id or on
// published content; methods with stricter rules say so themselves.
@PreAuthorize("permitAll()")
public class AttemptService {

    public static final int MAX_TUTOR_SIZE = 100;

    private final AttemptEngine engine;
    private final CurrentUser user;
    private final QuestionBankService banks;

    private final org.springframework.beans.factory.ObjectProvider<AssignmentAccess> assignments;

    AttemptService(AttemptEngine engine, CurrentUser user, QuestionBankService banks,
                   org.springframework.beans.factory.ObjectProvider<AssignmentAccess> assignments) {
        this.engine = engine;
        this.user = user;
        this.banks = banks;
        this.assignments = assignments;
    }

    /** Starts an attempt at an assignment of one of the learner's classes (if open and attempts are left). */
    @PreAuthorize("isAuthenticated()")
    public AttemptSnapshot startAssignment(String assignmentId) {
        String learner = user.learnerId();
        AssignedQuiz spec = access().startable(learner, assignmentId);
        try {
            return engine.startAssigned(learner, spec);
        } catch (RuntimeException e) {
            access().startFailed(learner, assignmentId); // the attempt was not created: it does not count
            throw e;
        }
    }

    /** An instructor takes their own quiz as a learner would (not part of any assignment or gradebook). */
    @PreAuthorize("hasAnyRole('INSTRUCTOR','ADMIN')")
    public AttemptSnapshot startPreview(AssignedQuiz quiz) {
        if (quiz.assignmentId() != null) throw new IllegalArgumentException("A preview is not an assignment");
        return engine.startAssigned(user.learnerId(), quiz);
    }

    /** The current learner's own attempts at an assignment. */
    @PreAuthorize("isAuthenticated()")
    public List<AttemptRecord> myAssignmentAttempts(String assignmentId) {
        return engine.records(assignmentId, user.learnerId());
    }

    /** A learner's attempt count at an assignment: for the learner themself (the start rules) or instructors. */
    @PreAuthorize("isAuthenticated()")
    public int attemptCount(String learnerId, String assignmentId) {
        if (!learnerId.equals(user.learnerId()) && !user.isAdmin() && !access().mayReview(assignmentId)) {
            throw new org.springframework.security.access.AccessDeniedException("Not your attempts");
        }
        return engine.attemptCount(learnerId, assignmentId);
    }

    /** Every attempt at an assignment: for the instructors of its class and admins only. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR','ADMIN')")
    public List<AttemptRecord> assignmentAttempts(String assignmentId) {
        if (!access().mayReview(assignmentId)) {
            throw new org.springframework.security.access.AccessDeniedException("Not an instructor of this class");
        }
        return engine.records(assignmentId);
    }

    /** Facility and learner count of each question, over every learner's first final answer to it. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR','ADMIN')")
    public java.util.Map<String, QuestionStats> questionStats(java.util.Collection<String> questionIds) {
        return engine.questionStats(questionIds);
    }

    /** A question as learners would see it (with the feedback for {@code answer}, if given): authors' preview. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR','ADMIN')")
    public ItemView preview(org.vitalprep.bank.Question question, Answer answer) {
        return engine.preview(question, answer);
    }

    private AssignmentAccess access() {
        AssignmentAccess a = assignments.getIfAvailable();
        if (a == null) throw new IllegalStateException("Assignments are not available");
        return a;
    }

    /** How many questions a tutor quiz of the module can draw from. */
    public long poolSize(String module) {
        return banks.publishedQuestions(module).size();
    }

    public List<ExamDefinition> exams() {
        return banks.exams();
    }

    /** Tutor mode: feedback with every rationale right after each answer. */
    public AttemptSnapshot startTutor(String module, int size) {
        if (size < 1 || size > MAX_TUTOR_SIZE) {
            throw new IllegalArgumentException("A tutor quiz has 1 to " + MAX_TUTOR_SIZE + " questions, not " + size);
        }
        return engine.startTutor(user.learnerId(), module, size);
    }

    public AttemptSnapshot startCustom(CustomQuiz spec) {
        return engine.startCustom(user.learnerId(), spec);
    }

    /** A timed simulation of a certification exam, assembled by its blueprint. */
    public AttemptSnapshot startExam(String examId) {
        return engine.startExam(user.learnerId(), examId);
    }

    /**
     * Adaptive practice over a module id or an exam-domain code: each question is chosen for the learner's current
     * ability estimate; stops when the estimate is precise enough or after {@code maxItems}.
     */
    public AttemptSnapshot startAdaptive(String scope, int maxItems) {
        if (maxItems < 5 || maxItems > 100) throw new IllegalArgumentException("5 to 100 questions, not " + maxItems);
        return engine.startAdaptive(user.learnerId(), scope, maxItems);
    }

    /** The current ability estimate of an adaptive session, when it is one. */
    public java.util.Optional<AdaptivePolicy.Estimate> adaptiveEstimate(String attemptId) {
        return engine.adaptiveEstimate(attemptId, user.learnerId());
    }

    /** A tutor-mode review of the given questions (the spaced-review queue). */
    public AttemptSnapshot startReview(List<String> questionIds) {
        if (questionIds.isEmpty()) throw new IllegalArgumentException("Nothing is due for review");
        return engine.startReview(user.learnerId(), questionIds.subList(0, Math.min(questionIds.size(), MAX_TUTOR_SIZE)),
                "Spaced review");
    }

    public AttemptSnapshot attempt(String attemptId) {
        return engine.view(attemptId, user.learnerId());
    }

    /**
     * Saves an answer at once. {@code expectedSeq} is the item's {@link ItemView#seq()} the learner answered from,
     * so a stale tab cannot overwrite a newer answer unseen.
     */
    public AnswerOutcome answer(String attemptId, int index, Answer answer, int expectedSeq) {
        return engine.answer(attemptId, user.learnerId(), index, answer, expectedSeq);
    }

    public AttemptSnapshot flag(String attemptId, int index, boolean flagged) {
        return engine.flag(attemptId, user.learnerId(), index, flagged);
    }

    public AttemptSnapshot moveTo(String attemptId, int index) {
        return engine.moveTo(attemptId, user.learnerId(), index);
    }

    public AttemptSnapshot endSegment(String attemptId) {
        return engine.endSegment(attemptId, user.learnerId());
    }

    /** Submits the attempt (unanswered questions count as wrong); harmless when already submitted. */
    public AttemptSnapshot submit(String attemptId) {
        return engine.submit(attemptId, user.learnerId());
    }

    public List<AttemptSummary> recentAttempts() {
        return engine.recent(user.learnerId(), 30);
    }
}
