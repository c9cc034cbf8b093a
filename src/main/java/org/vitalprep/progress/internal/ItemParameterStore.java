package org.vitalprep.progress.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.vitalprep.bank.Question;
import org.vitalprep.progress.internal.irt.Calibration;
import org.vitalprep.progress.internal.irt.IrtModel;
import org.vitalprep.progress.internal.irt.ItemParameters;
import org.vitalprep.progress.internal.irt.ResponseMatrix;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * IRT item parameters: recalibrated in the background (2PL by marginal maximum likelihood over every learner's
 * first-try answers) as data grows, stored as one document, and served from memory. An item with too few
 * responses to calibrate uses its authored difficulty.
 */
@Component
public class ItemParameterStore {

    private static final Logger log = LoggerFactory.getLogger(ItemParameterStore.class);
    /** Items need this many first-try responses before their calibrated parameters are used. */
    public static final int MIN_RESPONSES = 50;

    private final MongoTemplate mongo;
    private final int minResponses;
    private volatile Map<String, ItemParameters> calibrated = Map.of();

    @Document("item_calibration")
    record CalibrationDocument(@Id String id, String model, Instant computedAt, long learners, double logLikelihood,
                               Map<String, Double> a, Map<String, Double> b, Map<String, Long> n) {}

    ItemParameterStore(MongoTemplate mongo, @Value("${vitalprep.irt.min-responses:50}") int minResponses) {
        this.mongo = mongo;
        this.minResponses = minResponses;
        CalibrationDocument d = mongo.findById("current", CalibrationDocument.class);
        if (d != null) calibrated = toMap(d);
    }

    /** Calibrated parameters, or the authored difficulty (easy -1, medium 0, hard +1, slope 1). */
    public ItemParameters parameters(Question q) {
        ItemParameters p = calibrated.get(q.id());
        if (p != null) return p;
        double b = switch (q.difficulty() == null ? "medium" : q.difficulty()) {
            case "easy" -> -1.0;
            case "hard" -> 1.0;
            default -> 0.0;
        };
        return ItemParameters.ofSlopeDifficulty(q.id(), 1.0, b);
    }

    public int calibratedCount() {
        return calibrated.size();
    }

    /** Recalibrates from every learner's first-try answers; runs on the scheduler thread, never on a request. */
    @Scheduled(initialDelayString = "${vitalprep.irt.first-run-ms:120000}",
            fixedDelayString = "${vitalprep.irt.calibrate-every-ms:3600000}")
    public void recalibrate() {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Long> counts = new HashMap<>();
        List<ProgressDocument> docs = mongo.findAll(ProgressDocument.class);
        for (ProgressDocument d : docs) {
            d.state().items().forEach((qid, it) -> {
                if (it.firstCorrect() != null) counts.merge(qid, 1L, Long::sum);
            });
        }
        List<String> names = new ArrayList<>();
        counts.forEach((qid, n) -> {
            if (n >= minResponses) {
                index.put(qid, names.size());
                names.add(qid);
            }
        });
        if (names.size() < 2) return;
        ResponseMatrix.Builder data = ResponseMatrix.builder(names);
        long learners = 0;
        for (ProgressDocument d : docs) {
            List<int[]> row = new ArrayList<>();
            d.state().items().forEach((qid, it) -> {
                Integer i = index.get(qid);
                if (i != null && it.firstCorrect() != null) row.add(new int[]{i, it.firstCorrect() ? 1 : 0});
            });
            if (row.isEmpty()) continue;
            int[] items = row.stream().mapToInt(r -> r[0]).toArray();
            boolean[] correct = new boolean[items.length];
            for (int k = 0; k < items.length; k++) correct[k] = row.get(k)[1] == 1;
            data.addSparseRow(items, correct);
            learners++;
        }
        long started = System.nanoTime();
        // one thread: the job must not take both cores from the learners being served
        Calibration.Result r = Calibration.calibrate(data.build(), IrtModel.TWO_PL,
                Calibration.Options.defaults().withParallel(false));
        Map<String, Double> a = new HashMap<>(), b = new HashMap<>();
        Map<String, Long> n = new HashMap<>();
        for (ItemParameters p : r.items()) {
            a.put(p.name(), p.a());
            b.put(p.name(), p.b());
            n.put(p.name(), counts.get(p.name()));
        }
        CalibrationDocument doc = new CalibrationDocument("current", "2pl", Instant.now(), learners, r.logLikelihood(), a, b, n);
        mongo.save(doc); // one document: readers see the old or the new calibration, never a mix
        calibrated = toMap(doc);
        log.info("IRT calibration: {} items over {} learners in {} ms (converged: {})", names.size(), learners,
                (System.nanoTime() - started) / 1_000_000, r.converged());
    }

    private static Map<String, ItemParameters> toMap(CalibrationDocument d) {
        Map<String, ItemParameters> m = new HashMap<>();
        d.a().forEach((qid, a) -> m.put(qid, ItemParameters.ofSlopeDifficulty(qid, a, d.b().get(qid))));
        return Map.copyOf(m);
    }
}
