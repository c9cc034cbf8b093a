package org.vitalprep.exam;

import java.util.List;

/**
 * One question of an attempt as the learner may see it. Before the question is final for the learner,
 * {@code feedback} is null and nothing here reveals the key.
 *
 * @param stemHtml sanitized HTML of the stem
 * @param options  in this attempt's shuffled order
 * @param chosen   the learner's answer (option id), or null
 */
public record PracticeItem(int index, String questionId, String stemHtml, List<ChoiceOption> options, String chosen,
                           Feedback feedback) {

    public PracticeItem {
        options = List.copyOf(options);
    }

    public boolean answered() {
        return chosen != null;
    }

    /** An answer option: id and display text only. */
    public record ChoiceOption(String id, String text) {}
}
