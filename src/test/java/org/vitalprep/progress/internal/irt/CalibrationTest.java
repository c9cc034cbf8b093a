package org.vitalprep.progress.internal.irt;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class CalibrationTest {

    static final List<String> FIVE = List.of("Item 1", "Item 2", "Item 3", "Item 4", "Item 5");

    /** LSAT section 7 (Bock & Lieberman 1970; mirt's LSAT7), N = 1000. */
    static final String LSAT7 = "00000 12, 00001 19, 00010 1, 00011 7, 00100 3, 00101 19, 00110 3, 00111 17, 01000 10, "
            + "01001 5, 01010 3, 01011 7, 01100 7, 01101 23, 01110 8, 01111 28, 10000 7, 10001 39, 10010 11, 10011 34, "
            + "10100 14, 10101 51, 10110 15, 10111 90, 11000 6, 11001 25, 11010 7, 11011 35, 11100 18, 11101 136, "
            + "11110 32, 11111 308";

    /** LSAT section 6 (Bock & Lieberman 1970; ltm's LSAT, mirt's LSAT6), N = 1000; 01010 and 01100 never occur. */
    static final String LSAT6 = "00000 3, 00001 6, 00010 2, 00011 11, 00100 1, 00101 1, 00110 3, 00111 4, 01000 1, "
            + "01001 8, 01011 16, 01101 3, 01110 2, 01111 15, 10000 10, 10001 29, 10010 14, 10011 81, 10100 3, "
            + "10101 28, 10110 15, 10111 80, 11000 16, 11001 56, 11010 21, 11011 173, 11100 11, 11101 61, "
            + "11110 28, 11111 298";

    static ResponseMatrix patterns(String text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String entry : text.split(", ")) {
            String[] parts = entry.split(" ");
            counts.put(parts[0], Integer.parseInt(parts[1]));
        }
        return ResponseMatrix.ofPatternCounts(FIVE, counts);
    }

    // ---------------------------------------------------------------------------------------------------------
    // LSAT-7, 2PL: the published estimates (mirt(LSAT7, 1): logLik -2658.805)

    @Test
    void lsat7TwoPlReproducesThePublishedEstimates() {
        ResponseMatrix data = patterns(LSAT7);
        assertThat(data.examineeCount()).isEqualTo(1000);
        Calibration.Result fit = Calibration.calibrate(data, IrtModel.TWO_PL);

        assertThat(fit.converged()).isTrue();
        assertThat(fit.model()).isEqualTo(IrtModel.TWO_PL);
        assertThat(fit.logLikelihood()).isCloseTo(-2658.805, within(0.01));
        double[] a = {0.988, 1.081, 1.706, 0.765, 0.736};
        double[] d = {1.856, 0.808, 1.804, 0.486, 1.855};
        for (int j = 0; j < 5; j++) {
            ItemParameters item = fit.items().get(j);
            assertThat(item.name()).isEqualTo(FIVE.get(j));
            assertThat(item.a()).as("a of item %d", j + 1).isCloseTo(a[j], within(0.01));
            assertThat(item.d()).as("d of item %d", j + 1).isCloseTo(d[j], within(0.01));
            assertThat(item.b()).as("b of item %d", j + 1).isCloseTo(-d[j] / a[j], within(0.01));
            assertThat(item.b()).isCloseTo(-item.d() / item.a(), within(1e-12));
        }
    }

    @Test
    void lsat7TwoPlIsAStationaryPointOfTheMarginalLikelihood() {
        ResponseMatrix data = patterns(LSAT7);
        Calibration.Result fit = Calibration.calibrate(data, IrtModel.TWO_PL);
        // the reported log-likelihood is the one at the reported parameters
        assertThat(Calibration.logLikelihood(data, fit.items())).isCloseTo(fit.logLikelihood(), within(1e-9));
        // and it agrees with an independent integration (Simpson's rule, 4,001 points on [-10, 10])
        assertThat(simpsonLogLikelihood(data, fit.items())).isCloseTo(fit.logLikelihood(), within(1e-6));
        // every partial derivative (central differences) vanishes
        for (int j = 0; j < 5; j++) {
            for (int which = 0; which < 2; which++) {
                double h = 1e-5;
                double up = Calibration.logLikelihood(data, perturb(fit.items(), j, which, h));
                double down = Calibration.logLikelihood(data, perturb(fit.items(), j, which, -h));
                assertThat((up - down) / (2 * h)).as("d logLik / d %s%d", which == 0 ? "a" : "d", j + 1).isCloseTo(0, within(1e-3));
            }
        }
    }

    private static List<ItemParameters> perturb(List<ItemParameters> items, int j, int which, double h) {
        List<ItemParameters> out = new ArrayList<>(items);
        ItemParameters p = items.get(j);
        out.set(j, which == 0 ? ItemParameters.ofSlopeIntercept(p.name(), p.a() + h, p.d())
                : ItemParameters.ofSlopeIntercept(p.name(), p.a(), p.d() + h));
        return out;
    }

    /** Marginal log-likelihood by composite Simpson integration against the N(0, 1) density (independent code). */
    static double simpsonLogLikelihood(ResponseMatrix data, List<ItemParameters> items) {
        int m = 4000;
        double lo = -10, hi = 10, h = (hi - lo) / m;
        double total = 0;
        for (int row = 0; row < data.rowCount(); row++) {
            double integral = 0;
            for (int i = 0; i <= m; i++) {
                double t = lo + i * h;
                double like = Math.exp(-t * t / 2) / Math.sqrt(2 * Math.PI);
                for (int j = 0; j < data.itemCount(); j++) {
                    int u = data.response(row, j);
                    if (u == ResponseMatrix.MISSING) continue;
                    double p = 1 / (1 + Math.exp(-items.get(j).a() * (t - items.get(j).b())));
                    like *= u == 1 ? p : 1 - p;
                }
                integral += (i == 0 || i == m ? 1 : i % 2 == 1 ? 4 : 2) * like;
            }
            total += data.count(row) * Math.log(integral * h / 3);
        }
        return total;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Rasch

    @Test
    void raschOnLsat6ReproducesLtmRasch() {
        // ltm::rasch(LSAT) (Rizopoulos 2006, J Stat Softw 17(5)): log.Lik -2466.938; Dffclt -3.6153 -1.3224 -0.3176
        // -1.7301 -2.7802; Dscrmn 0.7551
        Calibration.Result fit = Calibration.calibrate(patterns(LSAT6), IrtModel.RASCH);
        assertThat(fit.converged()).isTrue();
        assertThat(fit.logLikelihood()).isCloseTo(-2466.938, within(0.001));
        double[] b = {-3.6153, -1.3224, -0.3176, -1.7301, -2.7802};
        for (int j = 0; j < 5; j++) {
            assertThat(fit.items().get(j).a()).isCloseTo(0.7551, within(0.0005));
            assertThat(fit.items().get(j).b()).as("b of item %d", j + 1).isCloseTo(b[j], within(0.0005));
        }
    }

    @Test
    void twoPlOnLsat6ReproducesLtm() {
        // ltm(LSAT ~ z1): log.Lik -2466.653; Dffclt -3.3597 -1.3696 -0.2799 -1.8659 -3.1236;
        // Dscrmn 0.8254 0.7229 0.8905 0.6886 0.6575 (ltm stopped at max|grad| 0.024, so allow 0.01)
        Calibration.Result fit = Calibration.calibrate(patterns(LSAT6), IrtModel.TWO_PL);
        assertThat(fit.logLikelihood()).isCloseTo(-2466.653, within(0.001));
        double[] b = {-3.3597, -1.3696, -0.2799, -1.8659, -3.1236};
        double[] a = {0.8254, 0.7229, 0.8905, 0.6886, 0.6575};
        for (int j = 0; j < 5; j++) {
            assertThat(fit.items().get(j).a()).isCloseTo(a[j], within(0.01));
            assertThat(fit.items().get(j).b()).isCloseTo(b[j], within(0.01));
        }
    }

    @Test
    void raschOnLsat7SharesOneSlopeAndFitsWorseThanTwoPl() {
        ResponseMatrix data = patterns(LSAT7);
        Calibration.Result rasch = Calibration.calibrate(data, IrtModel.RASCH);
        Calibration.Result twoPl = Calibration.calibrate(data, IrtModel.TWO_PL);
        assertThat(rasch.converged()).isTrue();
        assertThat(rasch.model()).isEqualTo(IrtModel.RASCH);
        double a = rasch.items().getFirst().a();
        assertThat(rasch.items()).allSatisfy(item -> assertThat(item.a()).isEqualTo(a));
        assertThat(rasch.logLikelihood()).isLessThan(twoPl.logLikelihood());
        assertThat(rasch.logLikelihood()).isCloseTo(Calibration.logLikelihood(data, rasch.items()), within(1e-9));
        // the Rasch model is the 2PL with equal slopes: the 2PL likelihood there cannot beat the 2PL optimum, and
        // the Rasch optimum is stationary along its own parameters (common slope, each intercept)
        List<ItemParameters> items = rasch.items();
        double h = 1e-5;
        double gradA = (Calibration.logLikelihood(data, withSlope(items, a + h)) - Calibration.logLikelihood(data, withSlope(items, a - h))) / (2 * h);
        assertThat(gradA).isCloseTo(0, within(1e-3));
        for (int j = 0; j < 5; j++) {
            double up = Calibration.logLikelihood(data, perturb(items, j, 1, h));
            double down = Calibration.logLikelihood(data, perturb(items, j, 1, -h));
            assertThat((up - down) / (2 * h)).isCloseTo(0, within(1e-3));
        }
        // easier items (more correct answers) get lower difficulties under a common slope
        double[] correct = new double[5];
        for (int j = 0; j < 5; j++) correct[j] = data.correctCount(j);
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                if (correct[i] > correct[j]) assertThat(items.get(i).b()).isLessThan(items.get(j).b());
            }
        }
    }

    private static List<ItemParameters> withSlope(List<ItemParameters> items, double a) {
        return items.stream().map(p -> ItemParameters.ofSlopeIntercept(p.name(), a, p.d())).toList();
    }

    @Test
    void raschRecoversSimulatedParameters() {
        Simulated sim = simulate(100, 3000, 30, 50, 1.3, 7L);
        Calibration.Result fit = Calibration.calibrate(sim.data(), IrtModel.RASCH);
        assertThat(fit.converged()).isTrue();
        assertThat(fit.items().getFirst().a()).isCloseTo(1.3, within(0.06));
        assertThat(rmse(fit.items(), sim.truth(), ItemParameters::b)).isLessThan(0.2);
        assertThat(fit.logLikelihood()).isLessThan(Calibration.calibrate(sim.data(), IrtModel.TWO_PL).logLikelihood());
    }

    // ---------------------------------------------------------------------------------------------------------
    // recovery, missing data, guards

    @Test
    void twoPlRecoversParametersFromSparseSimulatedData() {
        // 200 items, 2,000 examinees, each answered 30 to 60 items at random (about 450 answers per item)
        Simulated sim = simulate(200, 2000, 30, 60, 0, 20260101L);
        assertThat(sim.data().responseCount()).isBetween(80_000L, 100_000L);
        Calibration.Result fit = Calibration.calibrate(sim.data(), IrtModel.TWO_PL);
        assertThat(fit.converged()).isTrue();
        assertThat(fit.items()).hasSize(200);
        // (obtained with this seed: RMSE a 0.143, b 0.232; correlation a 0.911, b 0.978)
        assertThat(rmse(fit.items(), sim.truth(), ItemParameters::b)).isLessThan(0.3);
        assertThat(rmse(fit.items(), sim.truth(), ItemParameters::a)).isLessThan(0.2);
        assertThat(correlation(fit.items(), sim.truth(), ItemParameters::b)).isGreaterThan(0.95);
        assertThat(correlation(fit.items(), sim.truth(), ItemParameters::a)).isGreaterThan(0.85);
        assertThat(mean(fit.items(), sim.truth(), ItemParameters::b)).isCloseTo(0, within(0.1));
        // the likelihood at the estimates beats the one at the true parameters (it is the maximum)
        assertThat(fit.logLikelihood()).isGreaterThan(Calibration.logLikelihood(sim.data(), sim.truth()));
    }

    @Test
    void parallelAndSequentialRunsGiveIdenticalResults() {
        Simulated sim = simulate(60, 3000, 10, 20, 0, 3L);
        Calibration.Result parallel = Calibration.calibrate(sim.data(), IrtModel.TWO_PL);
        Calibration.Result sequential = Calibration.calibrate(sim.data(), IrtModel.TWO_PL, Calibration.Options.defaults().withParallel(false));
        assertThat(sequential).isEqualTo(parallel);
    }

    @Test
    void missingResponsesAreSkippedInTheLikelihood() {
        // LSAT-7 with a sixth item shown to only some examinees, and some examinees who saw nothing at all
        List<String> six = new ArrayList<>(FIVE);
        six.add("Item 6");
        Random random = new Random(11);
        ResponseMatrix base = patterns(LSAT7);
        ResponseMatrix.Builder withSixth = ResponseMatrix.builder(six);
        ResponseMatrix.Builder fiveOnly = ResponseMatrix.builder(FIVE);
        for (int row = 0; row < base.rowCount(); row++) {
            for (int c = 0; c < base.count(row); c++) {
                int[] responses = new int[6];
                for (int j = 0; j < 5; j++) responses[j] = base.response(row, j);
                // item 6 missing for most; item 2 missing for some (its answer dropped)
                responses[5] = random.nextInt(3) == 0 ? (random.nextBoolean() ? 1 : 0) : ResponseMatrix.MISSING;
                if (random.nextInt(5) == 0) responses[1] = ResponseMatrix.MISSING;
                withSixth.addRow(responses);
                fiveOnly.addRow(Arrays.copyOf(responses, 5));
            }
        }
        withSixth.addRow(new int[] {-1, -1, -1, -1, -1, -1});
        ResponseMatrix data = withSixth.build();
        Calibration.Result fit = Calibration.calibrate(data, IrtModel.TWO_PL);
        assertThat(fit.converged()).isTrue();
        // the reported likelihood skips missing answers: it matches an independent integration that skips them
        assertThat(simpsonLogLikelihood(data.collapsed(), fit.items())).isCloseTo(fit.logLikelihood(), within(1e-6));
        // still close to the complete-data estimates for the first five items
        Calibration.Result complete = Calibration.calibrate(base, IrtModel.TWO_PL);
        for (int j = 0; j < 5; j++) {
            assertThat(fit.items().get(j).b()).isCloseTo(complete.items().get(j).b(), within(0.3));
        }
        // dense rows with MISSING and sparse rows give the same matrix and the same fit
        ResponseMatrix.Builder sparse = ResponseMatrix.builder(six);
        for (int row = 0; row < data.rowCount(); row++) {
            List<Integer> idx = new ArrayList<>();
            List<Boolean> right = new ArrayList<>();
            for (int j = 5; j >= 0; j--) {   // reversed order on purpose
                int u = data.response(row, j);
                if (u != ResponseMatrix.MISSING) {
                    idx.add(j);
                    right.add(u == 1);
                }
            }
            boolean[] r = new boolean[right.size()];
            for (int k = 0; k < r.length; k++) r[k] = right.get(k);
            sparse.addSparseRows(data.count(row), idx.stream().mapToInt(Integer::intValue).toArray(), r);
        }
        assertThat(Calibration.calibrate(sparse.build(), IrtModel.TWO_PL)).isEqualTo(fit);
        // examinees who saw nothing change nothing
        Calibration.Result withEmpty = Calibration.calibrate(ResponseMatrix.builder(six).addRow(-1, -1, -1, -1, -1, -1)
                .addRow(1, 0, 1, -1, 1, 0).addRow(0, 1, 0, 1, -1, 1).addRow(1, 1, 1, 1, 1, -1).addRow(0, 0, 1, 0, 0, 1)
                .addRow(1, -1, 0, 1, 1, 1).addRow(-1, 1, 1, 0, 1, 0).build(), IrtModel.RASCH);
        Calibration.Result withoutEmpty = Calibration.calibrate(ResponseMatrix.builder(six)
                .addRow(1, 0, 1, -1, 1, 0).addRow(0, 1, 0, 1, -1, 1).addRow(1, 1, 1, 1, 1, -1).addRow(0, 0, 1, 0, 0, 1)
                .addRow(1, -1, 0, 1, 1, 1).addRow(-1, 1, 1, 0, 1, 0).build(), IrtModel.RASCH);
        assertThat(withEmpty.logLikelihood()).isEqualTo(withoutEmpty.logLikelihood());
        assertThat(withEmpty.items()).isEqualTo(withoutEmpty.items());
    }

    @Test
    void missingAtRandomStillRecoversParameters() {
        Simulated sim = simulate(20, 3000, 20, 20, 0, 5L);   // complete data
        ResponseMatrix.Builder thinned = ResponseMatrix.builder(sim.data().itemNames());
        Random random = new Random(6);
        for (int row = 0; row < sim.data().rowCount(); row++) {
            int[] responses = new int[20];
            for (int j = 0; j < 20; j++) {
                responses[j] = random.nextDouble() < 0.3 ? ResponseMatrix.MISSING : sim.data().response(row, j);
            }
            thinned.addRow(responses);
        }
        Calibration.Result fit = Calibration.calibrate(thinned.build(), IrtModel.TWO_PL);
        assertThat(rmse(fit.items(), sim.truth(), ItemParameters::b)).isLessThan(0.15);
        assertThat(rmse(fit.items(), sim.truth(), ItemParameters::a)).isLessThan(0.2);
    }

    @Test
    void degenerateItemsAndTinySamplesStayWithinTheBounds() {
        // item 1 all right, item 2 all wrong, item 3 always equal to item 4, six examinees
        ResponseMatrix data = ResponseMatrix.ofRows(List.of("all right", "all wrong", "twin 1", "twin 2", "one answer"), List.of(
                new int[] {1, 0, 1, 1, -1}, new int[] {1, 0, 0, 0, -1}, new int[] {1, 0, 1, 1, 1},
                new int[] {1, 0, 0, 0, -1}, new int[] {1, 0, 1, 1, -1}, new int[] {1, -1, 0, 0, -1}));
        for (IrtModel model : IrtModel.values()) {
            Calibration.Result fit = Calibration.calibrate(data, model);
            assertThat(fit.logLikelihood()).isFinite().isNegative();
            for (ItemParameters item : fit.items()) {
                assertThat(item.a()).isBetween(Calibration.MIN_SLOPE, Calibration.MAX_SLOPE);
                assertThat(item.b()).isBetween(-Calibration.MAX_ABS_DIFFICULTY, Calibration.MAX_ABS_DIFFICULTY);
            }
            assertThat(fit.items().get(0).b()).isLessThan(-2);   // all right: very easy
            assertThat(fit.items().get(1).b()).isGreaterThan(2);  // all wrong: very hard
        }
    }

    @Test
    void anItemNobodySawCannotBeCalibrated() {
        ResponseMatrix data = ResponseMatrix.ofRows(List.of("seen", "unseen"), List.<int[]>of(new int[] {1, -1}, new int[] {0, -1}));
        assertThatThrownBy(() -> Calibration.calibrate(data, IrtModel.TWO_PL))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unseen").hasMessageContaining("no responses");
    }

    @Test
    void iterationLimitIsReportedAsNotConverged() {
        Calibration.Result fit = Calibration.calibrate(patterns(LSAT7), IrtModel.TWO_PL, Calibration.Options.defaults().withMaxIterations(3));
        assertThat(fit.converged()).isFalse();
        assertThat(fit.iterations()).isLessThanOrEqualTo(4);
        assertThat(fit.logLikelihood()).isCloseTo(Calibration.logLikelihood(patterns(LSAT7), fit.items()), within(1e-9));
    }

    @Test
    void collapsingPatternsKeepsTheCounts() {
        ResponseMatrix data = ResponseMatrix.ofRows(List.of("x", "y"), List.of(new int[] {1, 0}, new int[] {1, -1},
                new int[] {1, 0}, new int[] {-1, -1}, new int[] {1, -1}, new int[] {1, 0}));
        ResponseMatrix collapsed = data.collapsed();
        assertThat(collapsed.rowCount()).isEqualTo(3);
        assertThat(collapsed.examineeCount()).isEqualTo(6);
        assertThat(collapsed.count(0)).isEqualTo(3);
        assertThat(collapsed.response(1, 1)).isEqualTo(ResponseMatrix.MISSING);
        assertThat(data.responseCount()).isEqualTo(collapsed.responseCount()).isEqualTo(8);
        assertThat(data.presentedCount(1)).isEqualTo(3);
        assertThat(data.correctCount(0)).isEqualTo(5);
        assertThatThrownBy(() -> ResponseMatrix.builder(List.of("x", "x"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ResponseMatrix.builder(List.of("x")).addRow(2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ResponseMatrix.builder(List.of("x", "y")).addSparseRow(new int[] {1, 1}, new boolean[] {true, false}))
                .hasMessageContaining("twice");
    }

    // ---------------------------------------------------------------------------------------------------------
    // quadrature and JSON

    @Test
    void gaussHermiteIntegratesNormalMomentsExactly() {
        for (int n : new int[] {5, 21, 61, 101, 150}) {
            Calibration.Quadrature q = Calibration.Quadrature.gaussHermite(n);
            double[] moments = new double[9];
            for (int i = 0; i < q.size(); i++) {
                for (int k = 0; k < 9; k++) moments[k] += q.weight(i) * Math.pow(q.node(i), k);
            }
            assertThat(moments[0]).isCloseTo(1, within(1e-12));
            assertThat(moments[1]).isCloseTo(0, within(1e-12));
            assertThat(moments[2]).isCloseTo(1, within(1e-12));
            assertThat(moments[4]).isCloseTo(3, within(1e-11));
            if (n > 3) assertThat(moments[8]).isCloseTo(105, within(1e-9));
        }
        assertThatThrownBy(() -> Calibration.Quadrature.gaussHermite(151)).isInstanceOf(IllegalArgumentException.class);
        Calibration.Quadrature rect = Calibration.Quadrature.rectangular(61, -6, 6);
        assertThat(rect.node(0)).isEqualTo(-6);
        assertThat(rect.node(30)).isEqualTo(0);
    }

    @Test
    void jsonOutputHasTheAgreedShape() {
        Calibration.Result fit = Calibration.calibrate(patterns(LSAT7), IrtModel.TWO_PL);
        String json = CalibrationJson.toJson(fit);
        assertThat(json).startsWith("{\"model\": \"2pl\", \"logLikelihood\": -2658.80").contains(", \"items\": [{\"name\": \"Item 1\", \"a\": 0.98")
                .contains("\"b\": -1.87").endsWith("}]}");
        JsonNode tree = JsonMapper.builder().build().readTree(json);
        assertThat(tree.get("logLikelihood").asDouble()).isEqualTo(fit.logLikelihood());
        assertThat(tree.get("items")).hasSize(5);
        assertThat(tree.get("items").get(2).get("a").asDouble()).isEqualTo(fit.items().get(2).a());
        assertThat(tree.get("items").get(2).get("b").asDouble()).isEqualTo(fit.items().get(2).b());

        Calibration.Result odd = new Calibration.Result(IrtModel.RASCH, -1.5,
                List.of(ItemParameters.ofSlopeDifficulty("say \"hi\"\\ \n\t\u0001é", 1, 0.25)), 3, true);
        String text = CalibrationJson.toJson(odd);
        assertThat(text).isEqualTo("{\"model\": \"rasch\", \"logLikelihood\": -1.5, \"items\": [{\"name\": "
                + "\"say \\\"hi\\\"\\\\ \\n\\t\\u0001é\", \"a\": 1.0, \"b\": 0.25}]}");
        assertThat(JsonMapper.builder().build().readTree(text).get("items").get(0).get("name").asString())
                .isEqualTo("say \"hi\"\\ \n\t\u0001é");
    }

    // ---------------------------------------------------------------------------------------------------------
    // simulation helpers (also used by CalibrationBenchmark)

    record Simulated(ResponseMatrix data, List<ItemParameters> truth) {
    }

    /**
     * {@code items} items with a ~ lognormal(0, 0.3) (or all equal to {@code raschSlope} if positive) and
     * b ~ N(0, 1); {@code examinees} with theta ~ N(0, 1), each answering between {@code minLength} and
     * {@code maxLength} items drawn at random.
     */
    static Simulated simulate(int items, int examinees, int minLength, int maxLength, double raschSlope, long seed) {
        Random random = new Random(seed);
        List<String> names = new ArrayList<>(items);
        List<ItemParameters> truth = new ArrayList<>(items);
        for (int j = 0; j < items; j++) {
            names.add("item-" + j);
            double a = raschSlope > 0 ? raschSlope : Math.exp(0.3 * random.nextGaussian());
            truth.add(ItemParameters.ofSlopeDifficulty(names.get(j), a, random.nextGaussian()));
        }
        ResponseMatrix.Builder builder = ResponseMatrix.builder(names);
        int[] order = new int[items];
        for (int j = 0; j < items; j++) order[j] = j;
        for (int i = 0; i < examinees; i++) {
            double theta = random.nextGaussian();
            int length = minLength + random.nextInt(maxLength - minLength + 1);
            for (int k = 0; k < length; k++) {   // partial Fisher–Yates: a random subset of the items
                int s = k + random.nextInt(items - k);
                int t = order[k];
                order[k] = order[s];
                order[s] = t;
            }
            int[] chosen = Arrays.copyOf(order, length);
            boolean[] right = new boolean[length];
            for (int k = 0; k < length; k++) right[k] = random.nextDouble() < truth.get(chosen[k]).probability(theta);
            builder.addSparseRow(chosen, right);
        }
        return new Simulated(builder.build(), truth);
    }

    static double rmse(List<ItemParameters> fit, List<ItemParameters> truth, java.util.function.ToDoubleFunction<ItemParameters> f) {
        double s = 0;
        for (int j = 0; j < fit.size(); j++) s += Math.pow(f.applyAsDouble(fit.get(j)) - f.applyAsDouble(truth.get(j)), 2);
        return Math.sqrt(s / fit.size());
    }

    static double mean(List<ItemParameters> fit, List<ItemParameters> truth, java.util.function.ToDoubleFunction<ItemParameters> f) {
        double s = 0;
        for (int j = 0; j < fit.size(); j++) s += f.applyAsDouble(fit.get(j)) - f.applyAsDouble(truth.get(j));
        return s / fit.size();
    }

    static double correlation(List<ItemParameters> fit, List<ItemParameters> truth, java.util.function.ToDoubleFunction<ItemParameters> f) {
        int n = fit.size();
        double mx = 0, my = 0;
        for (int j = 0; j < n; j++) {
            mx += f.applyAsDouble(fit.get(j)) / n;
            my += f.applyAsDouble(truth.get(j)) / n;
        }
        double sxy = 0, sxx = 0, syy = 0;
        for (int j = 0; j < n; j++) {
            double x = f.applyAsDouble(fit.get(j)) - mx, y = f.applyAsDouble(truth.get(j)) - my;
            sxy += x * y;
            sxx += x * x;
            syy += y * y;
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
