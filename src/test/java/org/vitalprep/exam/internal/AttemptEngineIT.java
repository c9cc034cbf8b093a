package org.vitalprep.exam.internal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.vitalprep.bank.ExamDefinition;
import org.vitalprep.bank.Question;
import org.vitalprep.bank.QuestionBankService;
import org.vitalprep.exam.Answer;
import org.vitalprep.exam.AnswerOutcome;
import org.vitalprep.exam.AttemptSnapshot;
import org.vitalprep.exam.CustomQuiz;
import org.vitalprep.exam.ItemView;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The engine against the embedded MongoDB, with a clock the test moves. */
@SpringBootTest(properties = "vitalprep.exam.expiry-check-ms=3600000")
class AttemptEngineIT {

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock();
        }
    }

    @Autowired AttemptEngine engine;
    @Autowired MutableClock clock;
    @Autowired QuestionBankService banks;

    private static String learner() {
        return "it-" + System.nanoTime();
    }

    private Question q(ItemView item) {
        return banks.question(item.questionId(), item.questionVersion());
    }

    /** A valid answer for any type (the key when right is true, some wrong answer otherwise). */
    private Answer answerFor(ItemView item, boolean right) {
        Question q = q(item);
        return right ? org.vitalprep.TestAnswers.right(q) : org.vitalprep.TestAnswers.wrong(q, item);
    }

    @Test
    void anExamIsAssembledByTheBlueprintWithoutRepeatsAndWithUnscoredPretestItems() {
        String l = learner();
        AttemptSnapshot a = engine.startExam(l, "CET");
        ExamDefinition cet = banks.exams().stream().filter(e -> e.id().equals("CET")).findFirst().orElseThrow();
        Set<String> ids = new HashSet<>();
        a.items().forEach(i -> assertThat(ids.add(i.questionId())).as("no repeats").isTrue());
        assertThat(a.items()).allSatisfy(i -> assertThat(q(i).domains()).anyMatch(d -> d.startsWith("CET/")));
        assertThat(a.immediateFeedback()).isFalse();
        assertThat(a.deadline()).isEqualTo(a.startedAt().plus(Duration.ofMinutes(cet.timeMinutes())));
        // every item the learner sees looks alike: nothing marks pretest items
        assertThat(a.items()).allSatisfy(i -> assertThat(i.feedback()).isNull());
        engine.submit(a.id(), l);
        AttemptSnapshot done = engine.view(a.id(), l);
        int scored = done.result().scoredItems();
        assertThat(scored).isLessThanOrEqualTo(cet.scoredItems());
        assertThat(a.items().size() - scored).isLessThanOrEqualTo(cet.pretestItems());
        assertThat(done.result().scaled()).isEqualTo(cet.scoring().scaleMin());
        assertThat(done.result().passed()).isFalse();
    }

    @Test
    void theDeadlineIsEnforcedOnTheServerEvenWithoutTheBrowser() {
        String l = learner();
        AttemptSnapshot a = engine.startCustom(l, new CustomQuiz(List.of("ekg"), List.of(), 4, CustomQuiz.Pool.ALL, 10, false));
        ItemView first = a.items().getFirst();
        assertThat(engine.answer(a.id(), l, 0, answerFor(first, true), first.seq()).saved()).isTrue();
        clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        engine.expireDue(); // the background job; no browser involved
        AttemptSnapshot after = engine.view(a.id(), l);
        assertThat(after.finished()).isTrue();
        assertThat(after.submitReason()).isEqualTo("time");
        assertThat(after.submittedAt()).isEqualTo(a.deadline());
        assertThat(after.result().rawScore()).isEqualTo(1.0);
        // too late to answer
        ItemView second = after.items().get(1);
        AnswerOutcome late = engine.answer(a.id(), l, 1, answerFor(second, true), second.seq());
        assertThat(late.status()).isEqualTo(AnswerOutcome.Status.LOCKED);
    }

    @Test
    void segmentsCloseWhenTheirTimeEndsAndTheirAnswersLock() {
        String l = learner();
        AttemptSnapshot a = engine.startExam(l, "CMA");
        assertThat(a.segments()).hasSize(4);
        assertThat(a.segments().getFirst().minutes()).isEqualTo(40);
        ItemView first = a.items().getFirst();
        engine.answer(a.id(), l, 0, answerFor(first, true), first.seq());
        int inSecond = a.segments().get(1).from();
        ItemView later = a.items().get(inSecond);
        assertThat(engine.answer(a.id(), l, inSecond, answerFor(later, true), later.seq()).status())
                .isEqualTo(AnswerOutcome.Status.LOCKED);
        clock.advance(Duration.ofMinutes(41));
        AttemptSnapshot s = engine.view(a.id(), l);
        assertThat(s.currentSegment()).isEqualTo(1);
        assertThat(s.segments().get(1).startedAt()).isEqualTo(a.deadline()); // the next clock starts at expiry
        assertThat(s.position()).isEqualTo(inSecond);
        assertThat(engine.answer(a.id(), l, 0, answerFor(first, false), s.items().getFirst().seq()).status())
                .isEqualTo(AnswerOutcome.Status.LOCKED);
        assertThat(engine.view(a.id(), l).items().getFirst().answer()).isEqualTo(answerFor(first, true));
        assertThat(engine.answer(a.id(), l, inSecond, answerFor(later, true), later.seq()).saved()).isTrue();
        // ending a segment early starts the next; after the last, the exam is submitted
        engine.endSegment(a.id(), l);
        engine.endSegment(a.id(), l);
        AttemptSnapshot end = engine.endSegment(a.id(), l);
        assertThat(end.finished()).isTrue();
        assertThat(end.submitReason()).isEqualTo("learner");
    }

    @Test
    void twoTabsCannotSilentlyOverwriteEachOther() {
        String l = learner();
        AttemptSnapshot a = engine.startCustom(l, new CustomQuiz(List.of("phlebotomy"), List.of(), 3, CustomQuiz.Pool.ALL, 0, false));
        ItemView seenByBothTabs = a.items().getFirst();
        assertThat(engine.answer(a.id(), l, 0, answerFor(seenByBothTabs, true), seenByBothTabs.seq()).saved()).isTrue();
        AnswerOutcome stale = engine.answer(a.id(), l, 0, answerFor(seenByBothTabs, false), seenByBothTabs.seq());
        assertThat(stale.status()).isEqualTo(AnswerOutcome.Status.CONFLICT);
        assertThat(stale.attempt().items().getFirst().answer()).isEqualTo(answerFor(seenByBothTabs, true));
        assertThat(engine.view(a.id(), l).items().getFirst().answer()).isEqualTo(answerFor(seenByBothTabs, true));
        // with the fresh sequence number the change goes through
        ItemView fresh = stale.attempt().items().getFirst();
        assertThat(engine.answer(a.id(), l, 0, answerFor(fresh, false), fresh.seq()).saved()).isTrue();
        // a different question from the stale tab is not blocked
        ItemView other = a.items().get(1);
        assertThat(engine.answer(a.id(), l, 1, answerFor(other, true), other.seq()).saved()).isTrue();
    }

    @Test
    void submittingTwiceIsHarmless() {
        String l = learner();
        AttemptSnapshot a = engine.startTutor(l, "law-ethics", 2);
        AttemptSnapshot once = engine.submit(a.id(), l);
        clock.advance(Duration.ofMinutes(1));
        AttemptSnapshot twice = engine.submit(a.id(), l);
        assertThat(twice.submittedAt()).isEqualTo(once.submittedAt());
        assertThat(twice.result()).isEqualTo(once.result());
    }

    @Test
    void tutorAnswersAreFinalWithFeedbackAtOnce() {
        String l = learner();
        AttemptSnapshot a = engine.startTutor(l, "clinical-duties", 2);
        ItemView i = a.items().getFirst();
        assertThat(i.feedback()).isNull();
        AnswerOutcome first = engine.answer(a.id(), l, 0, answerFor(i, false), i.seq());
        assertThat(first.saved()).isTrue();
        ItemView answered = first.item();
        assertThat(answered).isEqualTo(engine.view(a.id(), l).items().getFirst());
        assertThat(answered.feedback()).isNotNull();
        assertThat(answered.feedback().correct()).isFalse();
        assertThat(answered.feedback().options()).allSatisfy(o -> assertThat(o.rationale()).isNotBlank());
        assertThat(engine.view(a.id(), l).items().get(1).feedback()).as("other questions stay closed").isNull();
        AnswerOutcome again = engine.answer(a.id(), l, 0, answerFor(i, true), answered.seq());
        assertThat(again.status()).isEqualTo(AnswerOutcome.Status.LOCKED);
    }

    @Test
    void optionOrderComesFromTheStoredSeed() {
        String l = learner();
        AttemptSnapshot a = engine.startTutor(l, "ekg", 10);
        AttemptSnapshot again = engine.view(a.id(), l);
        assertThat(again.items()).extracting(ItemView::options).isEqualTo(a.items().stream().map(ItemView::options).toList());
    }

    @Test
    void anotherLearnerCannotReachTheAttempt() {
        String owner = learner();
        AttemptSnapshot a = engine.startTutor(owner, "ekg", 2);
        String intruder = learner();
        assertThatThrownBy(() -> engine.view(a.id(), intruder)).isInstanceOf(NoSuchElementException.class);
        ItemView i = a.items().getFirst();
        assertThatThrownBy(() -> engine.answer(a.id(), intruder, 0, answerFor(i, true), 0))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> engine.submit(a.id(), intruder)).isInstanceOf(NoSuchElementException.class);
        assertThat(engine.view(a.id(), owner).finished()).isFalse();
    }

    @Test
    void customQuizPoolsFollowTheLearnersHistory() {
        String l = learner();
        AttemptSnapshot a = engine.startCustom(l, new CustomQuiz(List.of("ehr"), List.of(), 4, CustomQuiz.Pool.ALL, 0, true));
        ItemView wrong = a.items().getFirst();
        engine.answer(a.id(), l, 0, answerFor(wrong, false), wrong.seq());
        ItemView right = a.items().get(1);
        engine.answer(a.id(), l, 1, answerFor(right, true), right.seq());
        engine.flag(a.id(), l, 2, true);
        engine.submit(a.id(), l);
        AttemptSnapshot wrongOnly = engine.startCustom(l, new CustomQuiz(List.of(), List.of(), 10, CustomQuiz.Pool.ANSWERED_WRONG, 0, true));
        assertThat(wrongOnly.items()).extracting(ItemView::questionId).containsExactly(wrong.questionId());
        AttemptSnapshot flagged = engine.startCustom(l, new CustomQuiz(List.of(), List.of(), 10, CustomQuiz.Pool.FLAGGED, 0, true));
        assertThat(flagged.items()).extracting(ItemView::questionId).containsExactly(a.items().get(2).questionId());
        AttemptSnapshot unseen = engine.startCustom(l, new CustomQuiz(List.of("ehr"), List.of(), 250, CustomQuiz.Pool.UNSEEN, 0, true));
        assertThat(unseen.items()).extracting(ItemView::questionId).doesNotContain(wrong.questionId(), right.questionId());
    }

    @Test
    void timeOnEachQuestionIsMeasuredOnTheServer() {
        String l = learner();
        AttemptSnapshot a = engine.startCustom(l, new CustomQuiz(List.of("ekg"), List.of(), 3, CustomQuiz.Pool.ALL, 0, false));
        clock.advance(Duration.ofSeconds(42));
        engine.moveTo(a.id(), l, 1);
        clock.advance(Duration.ofSeconds(7));
        engine.moveTo(a.id(), l, 0);
        AttemptSnapshot s = engine.view(a.id(), l);
        assertThat(s.items().get(0).timeSpentMs()).isEqualTo(42_000);
        assertThat(s.items().get(1).timeSpentMs()).isEqualTo(7_000);
        assertThat(s.position()).isZero();
    }
}
