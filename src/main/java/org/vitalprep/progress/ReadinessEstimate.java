package org.vitalprep.progress;

/**
 * How likely the learner is to pass a certification exam now.
 *
 * @param passProbability null when there is too little data to say
 * @param low             the lower end of the likely percent-correct range (10th percentile), or null
 * @param high            the upper end (90th percentile), or null
 * @param explanation     a plain-language account of the number (or of why there is none)
 */
public record ReadinessEstimate(String examId, String examName, Double passProbability, Integer expectedPercent,
                                Integer low, Integer high, int cutPercent, int answeredForExam, String explanation) {

    public boolean enoughData() {
        return passProbability != null;
    }
}
