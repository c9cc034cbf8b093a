package org.vitalprep.exam;

import java.util.List;
import java.util.Map;

/**
 * A learner's answer to any question type; only the field of the question's type is set.
 *
 * @param choice  single best answer, true/false, hotspot, EKG strip: the chosen option id
 * @param choices multiple response: the chosen option ids
 * @param order   ordering: every option id in the learner's order
 * @param matches matching: prompt id to choice id
 * @param number  numeric: the value entered (in the question's unit)
 */
public record Answer(String choice, List<String> choices, List<String> order, Map<String, String> matches,
                     Double number) {

    public Answer {
        choices = choices == null ? null : List.copyOf(choices);
        order = order == null ? null : List.copyOf(order);
        matches = matches == null ? null : Map.copyOf(matches);
    }

    public static Answer choice(String optionId) {
        return new Answer(optionId, null, null, null, null);
    }

    public static Answer choices(List<String> optionIds) {
        return new Answer(null, optionIds, null, null, null);
    }

    public static Answer order(List<String> optionIds) {
        return new Answer(null, null, optionIds, null, null);
    }

    public static Answer matches(Map<String, String> promptToChoice) {
        return new Answer(null, null, null, promptToChoice, null);
    }

    public static Answer number(double value) {
        return new Answer(null, null, null, null, value);
    }
}
