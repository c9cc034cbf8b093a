package org.vitalprep.exam.internal;

import org.junit.jupiter.api.Test;
import org.vitalprep.bank.Question;
import org.vitalprep.bank.QuestionType;
import org.vitalprep.exam.Answer;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ScoringTest {

    static List<Question.Option> options(String... ids) {
        return java.util.Arrays.stream(ids).map(id -> new Question.Option(id, id.toUpperCase(), "r", null)).toList();
    }

    static Question q(QuestionType type, List<Question.Option> options, List<String> key, Map<String, String> matchKey,
                      Question.NumericKey numeric, String scoring) {
        List<Question.Prompt> prompts = matchKey == null ? null
                : matchKey.keySet().stream().map(p -> new Question.Prompt(p, p, "r")).toList();
        List<Question.Choice> choices = matchKey == null ? null
                : List.of(new Question.Choice("x", "X", null), new Question.Choice("y", "Y", null), new Question.Choice("z", "Z", "r"));
        return new Question("q", 1, "b", "ekg", type, "stem", options, prompts, choices, key, matchKey, numeric, scoring,
                "why", null, null, null, List.of("CET/ekg-analysis"), null, "easy", "src", "published");
    }

    @Test
    void singleChoice() {
        Question q = q(QuestionType.SINGLE_BEST_ANSWER, options("a", "b", "c", "d"), List.of("c"), null, null, null);
        assertThat(Scoring.score(q, Answer.choice("c"))).isEqualTo(1);
        assertThat(Scoring.score(q, Answer.choice("a"))).isZero();
        assertThat(Scoring.score(q, null)).isZero();
    }

    @Test
    void multipleResponseAllOrNothingByDefault() {
        Question q = q(QuestionType.MULTIPLE_RESPONSE, options("a", "b", "c", "d"), List.of("a", "c"), null, null, null);
        assertThat(Scoring.score(q, Answer.choices(List.of("c", "a")))).isEqualTo(1);
        assertThat(Scoring.score(q, Answer.choices(List.of("a")))).isZero();
        assertThat(Scoring.score(q, Answer.choices(List.of("a", "b", "c")))).isZero();
    }

    @Test
    void multipleResponsePartialCredit() {
        Question q = q(QuestionType.MULTIPLE_RESPONSE, options("a", "b", "c", "d"), List.of("a", "b", "c"), null, null, "partial");
        assertThat(Scoring.score(q, Answer.choices(List.of("a", "b", "c")))).isEqualTo(1);
        assertThat(Scoring.score(q, Answer.choices(List.of("a", "b")))).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(Scoring.score(q, Answer.choices(List.of("a", "b", "d")))).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(Scoring.score(q, Answer.choices(List.of("a", "d")))).isZero();
        assertThat(Scoring.correct(q, Answer.choices(List.of("a", "b")))).isFalse();
    }

    @Test
    void orderingNeedsTheExactOrder() {
        Question q = q(QuestionType.ORDERING, options("a", "b", "c"), List.of("b", "a", "c"), null, null, null);
        assertThat(Scoring.score(q, Answer.order(List.of("b", "a", "c")))).isEqualTo(1);
        assertThat(Scoring.score(q, Answer.order(List.of("a", "b", "c")))).isZero();
        assertThat(Scoring.invalid(q, Answer.order(List.of("a", "b")))).isNotNull();
    }

    @Test
    void matchingGivesTheShareOfCorrectPairs() {
        Question q = q(QuestionType.MATCHING, null, null, Map.of("p1", "x", "p2", "y"), null, null);
        assertThat(Scoring.score(q, Answer.matches(Map.of("p1", "x", "p2", "y")))).isEqualTo(1);
        assertThat(Scoring.score(q, Answer.matches(Map.of("p1", "x", "p2", "z")))).isEqualTo(0.5);
        assertThat(Scoring.invalid(q, Answer.matches(Map.of("p1", "x")))).isNotNull();
        assertThat(Scoring.invalid(q, Answer.matches(Map.of("p1", "x", "p2", "nope")))).isNotNull();
    }

    @Test
    void numericWithinTolerance() {
        Question q = q(QuestionType.NUMERIC, null, null, null, new Question.NumericKey(2.5, 0.05, "mL"), null);
        assertThat(Scoring.score(q, Answer.number(2.5))).isEqualTo(1);
        assertThat(Scoring.score(q, Answer.number(2.55))).isEqualTo(1);
        assertThat(Scoring.score(q, Answer.number(2.56))).isZero();
        assertThat(Scoring.invalid(q, Answer.number(Double.NaN))).isNotNull();
    }

    @Test
    void answersOfTheWrongShapeOrWithForeignIdsAreInvalid() {
        Question q = q(QuestionType.SINGLE_BEST_ANSWER, options("a", "b", "c", "d"), List.of("c"), null, null, null);
        assertThat(Scoring.invalid(q, Answer.choice("e"))).isNotNull();
        assertThat(Scoring.invalid(q, Answer.choices(List.of("a")))).isNotNull();
        assertThat(Scoring.invalid(q, Answer.choice("a"))).isNull();
    }
}
