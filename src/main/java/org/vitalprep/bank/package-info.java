/**
 * Question banks: the bank JSON format and its schema, validation, import into MongoDB with per-question
 * versions, the exam definitions (blueprints) and cached reads of questions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Question banks")
package org.vitalprep.bank;
