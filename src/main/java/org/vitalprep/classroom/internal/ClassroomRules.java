package org.vitalprep.classroom.internal;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.vitalprep.classroom.AssignmentInfo;
import org.vitalprep.classroom.ClassInfo;
import org.vitalprep.exam.AssignedQuiz;
import org.vitalprep.exam.AttemptService;
import org.vitalprep.identity.AuditLog;
import org.vitalprep.identity.CurrentUser;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * The classroom rules other modules rely on (starting an assignment, reviewing its attempts, joining by code).
 * Kept off the public service: they are answered for a given learner, so only trusted server code calls them.
 */
@Component
public class ClassroomRules {

    private final ClassroomStore store;
    private final CurrentUser user;
    private final AttemptService attempts;
    private final AuditLog audit;
    private final Clock clock;

    ClassroomRules(ClassroomStore store, CurrentUser user, @Lazy AttemptService attempts, AuditLog audit, Clock clock) {
        this.store = store;
        this.user = user;
        this.attempts = attempts;
        this.audit = audit;
        this.clock = clock;
    }

    /** What {@code learnerId} may start for the assignment now, or why not. */
    AssignedQuiz startable(String learnerId, String assignmentId) {
        AssignmentDocument a = store.assignment(assignmentId).orElseThrow(() -> unknown(assignmentId));
        ClassDocument c = store.clazz(a.classId()).orElseThrow(() -> unknown(assignmentId));
        if (c.members().stream().noneMatch(m -> m.learnerId().equals(learnerId))) throw unknown(assignmentId);
        String window = info(a).window(clock.instant());
        if (!window.equals("open")) throw new IllegalStateException("This assignment is " + window);
        int used = attempts.attemptCount(learnerId, assignmentId);
        if ((a.attemptsAllowed() > 0 && used >= a.attemptsAllowed())
                || !store.takeStart(a.id(), learnerId, a.attemptsAllowed(), used)) {
            throw new IllegalStateException("You have used all " + a.attemptsAllowed() + " attempt(s) of this assignment");
        }
        return new AssignedQuiz(a.id(), a.title(), a.examId(),
                a.questions().stream().map(r -> new AssignedQuiz.QuestionRef(r.id(), r.version())).toList(),
                a.shuffleQuestions(), a.shuffleOptions(), a.minutes(), a.immediateFeedback(),
                Boolean.TRUE.equals(a.feedbackAfterDue()) ? a.dueAt() : null, a.dueAt());
    }

    void giveBackStart(String learnerId, String assignmentId) {
        store.giveBackStart(assignmentId, learnerId);
    }

    /** Whether the current user teaches the assignment's class (or is an admin). */
    boolean mayReview(String assignmentId) {
        if (user.isAdmin()) return true;
        if (!user.signedIn()) return false;
        return store.assignment(assignmentId).flatMap(a -> store.clazz(a.classId()))
                .map(c -> c.instructorIds().contains(user.learnerId())).orElse(false);
    }

    /** The class open for joining with this code, or an exception saying why not. */
    ClassDocument joinable(String code) {
        String normalized = code == null ? "" : code.strip().toUpperCase(Locale.ROOT).replace("-", "");
        if (!normalized.matches("[A-Z0-9]{8}")) throw new IllegalArgumentException("A join code has 8 letters and digits");
        ClassDocument c = store.byJoinCode(normalized)
                .orElseThrow(() -> new IllegalArgumentException("No class has the join code " + normalized));
        if (!c.joinOpen()) throw new IllegalArgumentException("This class is not accepting new members");
        return c;
    }

    /** Adds the learner to the class with this code (joining twice changes nothing). */
    public ClassInfo joinAs(String learnerId, String name, String code) {
        ClassDocument c = joinable(code);
        if (store.addMember(c.id(), new ClassDocument.Member(learnerId, name, clock.instant()))) {
            audit.record("CLASS_JOINED", name, c.id(), null, c.name());
        }
        return new ClassInfo(c.id(), c.name(), c.term(), null, false, List.of(), List.of());
    }

    public static AssignmentInfo info(AssignmentDocument a) {
        return new AssignmentInfo(a.id(), a.classId(), a.title(), a.quizId(), a.examId(), a.questions().size(),
                a.minutes(), a.immediateFeedback(), a.opensAt(), a.dueAt(), a.attemptsAllowed());
    }

    private static NoSuchElementException unknown(String id) {
        return new NoSuchElementException("No assignment '" + id + "'");
    }
}
