package org.vitalprep.exam;

/**
 * Implemented by the classroom module: whether the current user may start an assignment (enrolled, open, attempts
 * left) and whether they may see its attempts (they teach the class, or are an admin). The exam module asks before
 * it starts an assigned attempt or hands out attempt records, so its own entry points enforce the rules too.
 */
public interface AssignmentAccess {

    /** The attempt to start for the learner, or an exception whose message says why not. */
    AssignedQuiz startable(String learnerId, String assignmentId);

    /** The start {@link #startable} counted did not become an attempt (it failed): give it back. */
    default void startFailed(String learnerId, String assignmentId) {
    }

    /** Whether the current user may read every attempt at the assignment. */
    boolean mayReview(String assignmentId);
}
