package org.vitalprep.exam.internal;

import org.junit.jupiter.api.Test;
import org.vitalprep.bank.Question;
import org.vitalprep.bank.QuestionType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PracticeAssemblerTest {

    static Question q(String id, QuestionType type) {
        List<Question.Option> options = type == QuestionType.TRUE_FALSE
                ? List.of(new Question.Option("false", "False", "r", null), new Question.Option("true", "True", "r", null))
                : List.of(new Question.Option("a", "A", "r", null), new Question.Option("b", "B", "r", null),
                new Question.Option("c", "C", "r", null), new Question.Option("d", "D", "r", null));
        return new Question(id, 1, "bank", "ehr", type, "Stem " + id, options, null, null,
                List.of(type == QuestionType.TRUE_FALSE ? "true" : "a"), null, null, null, null, null, null, null,
                List.of("CEHRS/reporting"), null, "easy", "src", "published");
    }

    static List<Question> pool(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> q("q" + i, QuestionType.SINGLE_BEST_ANSWER)).toList();
    }

    @Test
    void theSameSeedGivesTheSameQuizWhateverThePoolOrder() {
        List<Question> pool = pool(30);
        List<Question> reversed = new ArrayList<>(pool);
        Collections.reverse(reversed);
        var a = PracticeAssembler.assemble(pool, 10, 42L, Set.of());
        var b = PracticeAssembler.assemble(reversed, 10, 42L, Set.of());
        assertThat(a).isEqualTo(b);
        assertThat(PracticeAssembler.assemble(pool, 10, 43L, Set.of())).isNotEqualTo(a);
    }

    @Test
    void noQuestionRepeatsAndTheSizeIsCappedByThePool() {
        var quiz = PracticeAssembler.assemble(pool(5), 10, 1L, Set.of());
        assertThat(quiz).hasSize(5);
        assertThat(quiz.stream().map(s -> s.question().id()).distinct()).hasSize(5);
    }

    @Test
    void unseenQuestionsComeFirst() {
        Set<String> seen = Set.of("q1", "q2", "q3", "q4", "q5", "q6", "q7");
        var quiz = PracticeAssembler.assemble(pool(10), 3, 7L, seen);
        assertThat(quiz).extracting(s -> s.question().id()).containsExactlyInAnyOrder("q8", "q9", "q10");
        var bigger = PracticeAssembler.assemble(pool(10), 5, 7L, seen);
        assertThat(bigger.subList(0, 3)).extracting(s -> s.question().id()).containsExactlyInAnyOrder("q8", "q9", "q10");
    }

    @Test
    void optionsAreShuffledButComplete() {
        var quiz = PracticeAssembler.assemble(pool(40), 40, 99L, Set.of());
        assertThat(quiz).allSatisfy(s -> assertThat(s.optionOrder()).containsExactlyInAnyOrder("a", "b", "c", "d"));
        // across 40 questions the key is not always first
        assertThat(quiz.stream().map(s -> s.optionOrder().getFirst()).distinct().count()).isGreaterThan(1);
    }

    @Test
    void trueComesBeforeFalse() {
        var quiz = PracticeAssembler.assemble(List.of(q("tf", QuestionType.TRUE_FALSE)), 1, 5L, Set.of());
        assertThat(quiz.getFirst().optionOrder()).containsExactly("true", "false");
    }

    @Test
    void anEmptyQuizIsRefused() {
        assertThatThrownBy(() -> PracticeAssembler.assemble(pool(3), 0, 1L, Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

}
