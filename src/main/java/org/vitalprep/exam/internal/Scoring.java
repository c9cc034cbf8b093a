package org.vitalprep.exam.internal;

import org.vitalprep.bank.Question;

/** Scores answers. Pure logic. */
public final class Scoring {

    private Scoring() {
    }

    /** A single-choice answer is right when it is the keyed option. */
    public static boolean singleChoiceCorrect(Question q, String optionId) {
        return q.keyId().equals(optionId);
    }
}
