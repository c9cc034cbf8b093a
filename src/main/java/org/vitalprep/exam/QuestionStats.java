package org.vitalprep.exam;

/**
 * How a question has fared: over each learner's first submitted answer to it, how many learners ({@code n}) and
 * the mean score ({@code p}, facility).
 */
public record QuestionStats(String questionId, int n, double p) {
}
