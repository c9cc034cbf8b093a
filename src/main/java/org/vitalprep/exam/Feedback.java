package org.vitalprep.exam;

import java.util.List;

/**
 * Shown once a question is final for the learner: the verdict, the key in words, a rationale for every option
 * (or prompt), the overall explanation and the source.
 *
 * @param score 0 to 1 (partial credit where the question allows it)
 */
public record Feedback(boolean correct, double score, String keyText, List<OptionFeedback> options,
                       String explanation, String source) {

    public Feedback {
        options = List.copyOf(options);
    }

    /** One option (or prompt, for matching) with its rationale and whether it is keyed and chosen. */
    public record OptionFeedback(String id, String text, boolean key, boolean chosen, String rationale) {}
}
