package org.vitalprep.classroom;

/** An assignment as the learner sees it, with their attempts so far and whether they can start one now. */
public record LearnerAssignment(AssignmentInfo assignment, String className, int attemptsUsed, Integer best,
                                String status, boolean canStart) {
}
