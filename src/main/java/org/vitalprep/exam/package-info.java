/**
 * Exam engine: attempts, practice quizzes (tutor feedback after each answer), scoring and results. An attempt
 * is one MongoDB document; each answer is one atomic single-document update, saved the moment it is given.
 * Keys and rationales reach the learner only for questions that are final for them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exam engine")
package org.vitalprep.exam;
