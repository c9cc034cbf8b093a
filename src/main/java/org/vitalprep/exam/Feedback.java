package org.vitalprep.exam;

import java.util.List;

/** Shown once a question is final for the learner: the verdict, the key, and a rationale for every option. */
public record Feedback(boolean correct, String keyId, List<OptionFeedback> options, String source) {

    public Feedback {
        options = List.copyOf(options);
    }

    public record OptionFeedback(String id, String text, boolean key, boolean chosen, String rationale) {}
}
