package org.vitalprep.classroom.internal;

import org.springframework.stereotype.Component;
import org.vitalprep.exam.AssignedQuiz;
import org.vitalprep.exam.AssignmentAccess;

/** The exam module's questions about assignments, answered by the classroom rules. */
@Component
class ClassroomAssignmentAccess implements AssignmentAccess {

    private final ClassroomRules classes;

    ClassroomAssignmentAccess(ClassroomRules classes) {
        this.classes = classes;
    }

    @Override
    public AssignedQuiz startable(String learnerId, String assignmentId) {
        return classes.startable(learnerId, assignmentId);
    }

    @Override
    public void startFailed(String learnerId, String assignmentId) {
        classes.giveBackStart(learnerId, assignmentId);
    }

    @Override
    public boolean mayReview(String assignmentId) {
        return classes.mayReview(assignmentId);
    }
}
