/**
 * Classroom: classes learners join by code, instructors' quizzes, assignments with windows and attempt limits,
 * the gradebook, item analysis of assignments, and competency sign-off with externship hours.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Classroom")
package org.vitalprep.classroom;
