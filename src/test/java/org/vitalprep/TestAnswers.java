package org.vitalprep;

import org.vitalprep.bank.Question;
import org.vitalprep.exam.Answer;
import org.vitalprep.exam.ItemView;

import java.util.HashMap;
import java.util.List;

/** Well-formed answers for any question type, for tests. */
public final class TestAnswers {

    private TestAnswers() {
    }

    public static Answer right(Question q) {
        return switch (q.type()) {
            case MULTIPLE_RESPONSE -> Answer.choices(q.keyIds());
            case ORDERING -> Answer.order(q.keyIds());
            case MATCHING -> Answer.matches(q.matchKey());
            case NUMERIC -> Answer.number(q.numericKey().value());
            default -> Answer.choice(q.keyId());
        };
    }

    /** A well-formed answer that is not fully right. */
    public static Answer wrong(Question q, ItemView item) {
        return switch (q.type()) {
            case MULTIPLE_RESPONSE -> Answer.choices(List.of(q.options().stream().map(Question.Option::id)
                    .filter(id -> !q.keyIds().contains(id)).findFirst().orElseThrow()));
            case ORDERING -> {
                List<String> order = new java.util.ArrayList<>(q.keyIds());
                java.util.Collections.swap(order, 0, 1);
                yield Answer.order(order);
            }
            case MATCHING -> {
                var m = new HashMap<String, String>();
                q.matchKey().forEach((p, c) -> m.put(p, q.choices().stream().map(Question.Choice::id)
                        .filter(id -> !id.equals(c)).findFirst().orElse(c)));
                yield Answer.matches(m);
            }
            case NUMERIC -> Answer.number(q.numericKey().value() + 10 * q.numericKey().tolerance() + 1000);
            default -> Answer.choice(q.options().stream().map(Question.Option::id)
                    .filter(id -> !id.equals(q.keyId())).findFirst().orElseThrow());
        };
    }
}
