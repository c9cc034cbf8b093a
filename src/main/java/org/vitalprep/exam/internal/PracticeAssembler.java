package org.vitalprep.exam.internal;

import org.vitalprep.bank.Question;
import org.vitalprep.bank.QuestionType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Picks the questions of a practice or custom quiz and the display order of their options, deterministically from
 * a seed (so an attempt can be reproduced). Unseen questions come first. Pure logic.
 */
public final class PracticeAssembler {

    private PracticeAssembler() {
    }

    public record Selection(Question question, List<String> optionOrder) {}

    public static List<Selection> assemble(List<Question> pool, int size, long seed, Set<String> seen) {
        if (size < 1) throw new IllegalArgumentException("A quiz needs at least one question, not " + size);
        List<Question> shuffled = new ArrayList<>(pool);
        shuffled.sort(Comparator.comparing(Question::id)); // a stable start, whatever order the pool came in
        Collections.shuffle(shuffled, new Random(seed));
        // a stable sort keeps the shuffled order within the unseen and the seen groups
        shuffled.sort(Comparator.comparing(q -> seen.contains(q.id())));
        List<Selection> result = new ArrayList<>();
        for (Question q : shuffled.subList(0, Math.min(size, shuffled.size()))) {
            result.add(new Selection(q, optionOrder(q, seed)));
        }
        return result;
    }

    /**
     * The order the options (for matching: the choices) are shown in. True/false keeps True first; an ordering
     * question never starts in its keyed order.
     */
    public static List<String> optionOrder(Question q, long seed) {
        Random random = new Random(seed * 31 + q.id().hashCode());
        if (q.type() == QuestionType.MATCHING) {
            List<String> ids = new ArrayList<>(q.choices().stream().map(Question.Choice::id).toList());
            Collections.shuffle(ids, random);
            return ids;
        }
        List<String> ids = new ArrayList<>(q.options().stream().map(Question.Option::id).toList());
        if (q.type() == QuestionType.TRUE_FALSE) {
            ids.sort(Comparator.comparing(id -> !id.equals("true")));
            return ids;
        }
        Collections.shuffle(ids, random);
        if (q.type() == QuestionType.ORDERING && ids.size() > 1) {
            while (ids.equals(q.keyIds())) Collections.shuffle(ids, random);
        }
        return ids;
    }

    /** Matching prompts are shown in a seeded order too. */
    public static List<String> promptOrder(Question q, long seed) {
        List<String> ids = new ArrayList<>(q.prompts().stream().map(Question.Prompt::id).toList());
        Collections.shuffle(ids, new Random(seed * 17 + q.id().hashCode()));
        return ids;
    }
}
