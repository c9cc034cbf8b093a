package org.vitalprep.bank;

import java.util.Arrays;

/** Every question type the bank format supports; {@link #code()} is the value of "type" in bank JSON. */
public enum QuestionType {
    SINGLE_BEST_ANSWER("single-best-answer", "Single best answer"),
    MULTIPLE_RESPONSE("multiple-response", "Select all that apply"),
    TRUE_FALSE("true-false", "True or false"),
    ORDERING("ordering", "Ordering"),
    MATCHING("matching", "Matching"),
    NUMERIC("numeric", "Numeric"),
    HOTSPOT("hotspot", "Hotspot"),
    EKG_STRIP("ekg-strip", "EKG rhythm strip");

    private final String code;
    private final String label;

    QuestionType(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** Types answered by choosing exactly one option. */
    public boolean singleChoice() {
        return this == SINGLE_BEST_ANSWER || this == TRUE_FALSE || this == EKG_STRIP || this == HOTSPOT;
    }

    public static QuestionType fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown question type: " + code));
    }
}
