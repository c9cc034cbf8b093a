package org.vitalprep.progress.internal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.vitalprep.TestAnswers;
import org.vitalprep.bank.Question;
import org.vitalprep.bank.QuestionBankService;
import org.vitalprep.exam.AdaptivePolicy;
import org.vitalprep.exam.AnswerOutcome;
import org.vitalprep.exam.AttemptSnapshot;
import org.vitalprep.exam.ItemView;
import org.vitalprep.exam.internal.AttemptEngine;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Adaptive practice end to end: the engine asks the policy for each next question. */
@SpringBootTest
class AdaptivePracticeIT {

    @Autowired AttemptEngine engine;
    @Autowired QuestionBankService banks;
    @Autowired AdaptivePolicy policy;

    private AttemptSnapshot answerAll(String learner, AttemptSnapshot a, boolean right) {
        AttemptSnapshot s = a;
        for (int i = 0; i < 100 && !s.finished(); i++) {
            if (i >= s.items().size()) break;
            ItemView item = s.items().get(i);
            Question q = banks.question(item.questionId(), item.questionVersion());
            AnswerOutcome out = engine.answer(a.id(), learner, i, right ? TestAnswers.right(q) : TestAnswers.wrong(q, item), item.seq());
            assertThat(out.saved()).isTrue();
            s = out.attempt();
        }
        return s;
    }

    @Test
    void eachNextQuestionIsChosenFromTheAnswersSoFarUntilTheMaximum() {
        String learner = "cat-" + System.nanoTime();
        AttemptSnapshot a = engine.startAdaptive(learner, "ekg", 10);
        assertThat(a.items()).hasSize(1);
        AttemptSnapshot done = answerAll(learner, a, true);
        assertThat(done.items()).hasSize(10);
        Set<String> ids = new HashSet<>();
        done.items().forEach(i -> assertThat(ids.add(i.questionId())).as("no repeats").isTrue());
        assertThat(done.items()).allSatisfy(i -> assertThat(banks.question(i.questionId(), i.questionVersion()).module())
                .isEqualTo("ekg"));
        AdaptivePolicy.Estimate e = engine.adaptiveEstimate(a.id(), learner).orElseThrow();
        assertThat(e.theta()).isGreaterThan(0.5); // ten right answers: clearly above average
        assertThat(e.standardError()).isLessThan(1.0);
    }

    @Test
    void wrongAnswersLowerTheEstimate() {
        String learner = "cat-low-" + System.nanoTime();
        AttemptSnapshot a = engine.startAdaptive(learner, "CPT/routine-collections", 8);
        answerAll(learner, a, false);
        assertThat(engine.adaptiveEstimate(a.id(), learner).orElseThrow().theta()).isLessThan(-0.5);
    }

    @Test
    void exposureControlVariesTheFirstQuestion() {
        Set<String> first = new HashSet<>();
        for (int i = 0; i < 12; i++) {
            first.add(policy.next("fresh-" + i + "-" + System.nanoTime(), "law-ethics", java.util.List.of(), 1000 + i).orElseThrow());
        }
        assertThat(first.size()).as("randomesque selection among the most informative items").isGreaterThan(1);
    }

    @Test
    void theSessionStopsWhenTheEstimateIsPreciseEnough() {
        String learner = "cat-stop-" + System.nanoTime();
        // a long session: it ends either at the standard-error threshold or at the maximum, never beyond
        AttemptSnapshot a = engine.startAdaptive(learner, "clinical-duties", 100);
        AttemptSnapshot done = answerAll(learner, a, true);
        AdaptivePolicy.Estimate e = engine.adaptiveEstimate(a.id(), learner).orElseThrow();
        assertThat(done.items().size()).isLessThanOrEqualTo(100);
        assertThat(e.done() || done.items().size() == 100).isTrue();
        if (done.items().size() < 100) assertThat(e.standardError()).isLessThanOrEqualTo(0.35);
    }
}
