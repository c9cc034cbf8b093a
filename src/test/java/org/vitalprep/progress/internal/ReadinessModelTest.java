package org.vitalprep.progress.internal;

import org.junit.jupiter.api.Test;
import org.vitalprep.bank.ExamDefinition;
import org.vitalprep.progress.ReadinessEstimate;
import org.vitalprep.progress.internal.irt.ItemParameters;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class ReadinessModelTest {

    static final ExamDefinition EXAM = new ExamDefinition("CPT", "Phlebotomy", "NHA", 40, 0, 60,
            List.of(new ExamDefinition.Segment("All", 40, 60)),
            new ExamDefinition.Scoring(200, 500, 390, 70, ""),
            List.of(new ExamDefinition.Domain("CPT/a", "A", 20, null), new ExamDefinition.Domain("CPT/b", "B", 20, null)));

    static List<ReadinessModel.Answer> bank() {
        List<ReadinessModel.Answer> bank = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            bank.add(new ReadinessModel.Answer(ItemParameters.ofSlopeDifficulty("q" + i, 1.2, -1 + i % 5 * 0.5),
                    List.of(i % 2 == 0 ? "CPT/a" : "CPT/b"), false));
        }
        return bank;
    }

    /** A learner of true ability theta answering n items drawn from the bank. */
    static List<ReadinessModel.Answer> learner(double theta, int n, long seed) {
        Random r = new Random(seed);
        List<ReadinessModel.Answer> out = new ArrayList<>();
        List<ReadinessModel.Answer> bank = bank();
        for (int i = 0; i < n; i++) {
            ReadinessModel.Answer b = bank.get(i % bank.size());
            out.add(new ReadinessModel.Answer(b.item(), b.domains(), r.nextDouble() < b.item().probability(theta)));
        }
        return out;
    }

    @Test
    void withLittleDataItSaysSoInsteadOfGuessing() {
        ReadinessEstimate e = ReadinessModel.estimate(EXAM, learner(1, 8, 1), bank(), 1);
        assertThat(e.enoughData()).isFalse();
        assertThat(e.passProbability()).isNull();
        assertThat(e.explanation()).contains("Not enough data").contains("8 first-try answers");
    }

    @Test
    void aStrongLearnerIsLikelyToPassAndAWeakOneIsNot() {
        ReadinessEstimate strong = ReadinessModel.estimate(EXAM, learner(2.0, 80, 2), bank(), 7);
        ReadinessEstimate weak = ReadinessModel.estimate(EXAM, learner(-1.5, 80, 3), bank(), 7);
        assertThat(strong.passProbability()).isGreaterThan(0.8);
        assertThat(weak.passProbability()).isLessThan(0.2);
        assertThat(strong.low()).isLessThanOrEqualTo(strong.expectedPercent());
        assertThat(strong.high()).isGreaterThanOrEqualTo(strong.expectedPercent());
        assertThat(strong.explanation()).contains("passing standard is about 70%");
    }

    @Test
    void moreAnswersNarrowTheRange() {
        ReadinessEstimate few = ReadinessModel.estimate(EXAM, learner(0.5, 24, 4), bank(), 9);
        ReadinessEstimate many = ReadinessModel.estimate(EXAM, learner(0.5, 400, 4), bank(), 9);
        assertThat(many.high() - many.low()).isLessThanOrEqualTo(few.high() - few.low());
    }
}
