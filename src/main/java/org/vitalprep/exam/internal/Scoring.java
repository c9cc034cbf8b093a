package org.vitalprep.exam.internal;

import org.vitalprep.bank.Question;
import org.vitalprep.exam.Answer;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Scores an answer to any question type, from 0 to 1. Pure logic. */
public final class Scoring {

    private Scoring() {
    }

    public static double score(Question q, Answer a) {
        if (a == null) return 0;
        return switch (q.type()) {
            case SINGLE_BEST_ANSWER, TRUE_FALSE, HOTSPOT, EKG_STRIP -> q.keyId().equals(a.choice()) ? 1 : 0;
            case MULTIPLE_RESPONSE -> multipleResponse(q, a.choices());
            case ORDERING -> q.keyIds().equals(a.order()) ? 1 : 0;
            case MATCHING -> matching(q.matchKey(), a.matches());
            case NUMERIC -> a.number() != null
                    && Math.abs(a.number() - q.numericKey().value()) <= q.numericKey().tolerance() + 1e-9 ? 1 : 0;
        };
    }

    public static boolean correct(Question q, Answer a) {
        return score(q, a) >= 1 - 1e-9;
    }

    /** Whether the answer has the shape the question type needs, with ids that belong to the question. */
    public static String invalid(Question q, Answer a) {
        if (a == null) return "no answer";
        Set<String> options = new HashSet<>(q.options().stream().map(Question.Option::id).toList());
        return switch (q.type()) {
            case SINGLE_BEST_ANSWER, TRUE_FALSE, HOTSPOT, EKG_STRIP ->
                    a.choice() != null && options.contains(a.choice()) ? null : "choose one of the options";
            case MULTIPLE_RESPONSE -> a.choices() != null && !a.choices().isEmpty() && options.containsAll(a.choices())
                    && new HashSet<>(a.choices()).size() == a.choices().size() ? null : "choose at least one option";
            case ORDERING -> a.order() != null && a.order().size() == options.size()
                    && new HashSet<>(a.order()).equals(options) ? null : "put every step in order";
            case MATCHING -> {
                Set<String> choices = new HashSet<>(q.choices().stream().map(Question.Choice::id).toList());
                yield a.matches() != null && a.matches().keySet().equals(q.matchKey().keySet())
                        && choices.containsAll(a.matches().values()) ? null : "match every item";
            }
            case NUMERIC -> a.number() != null && Double.isFinite(a.number()) ? null : "enter a number";
        };
    }

    /**
     * All-or-nothing by default; with partial scoring, (right picks - wrong picks) / keyed options, never below 0.
     */
    static double multipleResponse(Question q, List<String> chosen) {
        if (chosen == null) return 0;
        Set<String> key = new HashSet<>(q.keyIds());
        Set<String> picked = new HashSet<>(chosen);
        if (!"partial".equals(q.scoring())) return key.equals(picked) ? 1 : 0;
        long right = picked.stream().filter(key::contains).count();
        long wrong = picked.size() - right;
        return Math.max(0, (right - wrong) / (double) key.size());
    }

    /** The share of prompts matched correctly (1 only when all are). */
    static double matching(Map<String, String> key, Map<String, String> given) {
        if (given == null || key.isEmpty()) return 0;
        long right = key.entrySet().stream().filter(e -> e.getValue().equals(given.get(e.getKey()))).count();
        return right / (double) key.size();
    }
}
