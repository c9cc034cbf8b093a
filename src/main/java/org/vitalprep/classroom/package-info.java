/**
 * Classroom: classes learners join by code, instructors' quizzes, assignments with windows and attempt limits,
 * the gradebook, item analysis of assignments, and competency sign-off with externship hours: the MAERB-style
 * competency catalog ({@code content/competencies/*.json}, checked against {@code schema/competencies.schema.json})
 * and the student checklist exports (CSV and PDF) a program director can show an accreditation surveyor.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Classroom")
package org.vitalprep.classroom;
