package org.vitalprep.progress.internal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.vitalprep.bank.Question;
import org.vitalprep.bank.QuestionBankService;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The background calibration over stored progress: first-try answers in, item parameters out. */
@SpringBootTest(properties = "vitalprep.irt.min-responses=50")
class ItemCalibrationIT {

    @Autowired ItemParameterStore parameters;
    @Autowired MongoTemplate mongo;
    @Autowired QuestionBankService banks;

    @Test
    void itemsWithEnoughResponsesGetCalibratedParameters() {
        List<Question> items = banks.publishedQuestions("law-ethics").subList(0, 12);
        double[] trueB = new double[items.size()];
        for (int i = 0; i < trueB.length; i++) trueB[i] = -2 + 4.0 * i / (trueB.length - 1);
        Random r = new Random(5);
        Instant t = Instant.parse("2026-11-01T00:00:00Z");
        for (int learner = 0; learner < 400; learner++) {
            double theta = r.nextGaussian();
            Map<String, ProgressState.ItemState> state = new HashMap<>();
            for (int i = 0; i < items.size(); i++) {
                boolean correct = r.nextDouble() < 1 / (1 + Math.exp(-1.2 * (theta - trueB[i])));
                state.put(items.get(i).id(), new ProgressState.ItemState("law-ethics", 1, correct ? 1 : 0, correct, t, t,
                        correct, null, null, null, null, null, null));
            }
            mongo.save(new ProgressDocument("calib-" + learner, new ProgressState(Map.of(), Map.of(), state, Map.of(),
                    List.of(), t), null));
        }
        Question hardest = items.getLast();
        assertThat(parameters.parameters(hardest).b()).as("authored before calibration")
                .isIn(-1.0, 0.0, 1.0);
        parameters.recalibrate();
        assertThat(parameters.calibratedCount()).isGreaterThanOrEqualTo(items.size());
        double bEasy = parameters.parameters(items.getFirst()).b();
        double bHard = parameters.parameters(hardest).b();
        assertThat(bEasy).isLessThan(-1.2);
        assertThat(bHard).isGreaterThan(1.2);
        // an item nobody answered keeps its authored difficulty
        Question untouched = banks.publishedQuestions("ekg").getFirst();
        assertThat(parameters.parameters(untouched).a()).isEqualTo(1.0);
    }
}
