package org.vitalprep.bench;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.vitalprep.analytics.ItemAnalysis;
import org.vitalprep.analytics.ResponseTable;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Speed figures for BENCHMARKS.md (prints, does not assert times): classical item analysis of 10,000 attempts x 150
 * four-option items simulated from a seeded 2PL model. Run with
 * {@code ./mvnw test -Dtest=ItemAnalysisBenchmark -DexcludedGroups=none}.
 */
@Tag("benchmark")
class ItemAnalysisBenchmark {

    static final int ATTEMPTS = 10_000, ITEMS = 150, OPTIONS = 4;
    static final List<String> ABCD = List.of("A", "B", "C", "D");

    /** A simulated table; {@code presented} items per attempt (ITEMS for a fixed form, fewer for rule-based quizzes). */
    record Simulated(List<ResponseTable.Item> items, float[] scores, int[] choices) {
    }

    static Simulated simulate(int presented, long seed) {
        Random r = new Random(seed);
        double[] a = new double[ITEMS], b = new double[ITEMS];
        int[] key = new int[ITEMS];
        List<ResponseTable.Item> items = new ArrayList<>();
        for (int j = 0; j < ITEMS; j++) {
            a[j] = 0.5 + 1.5 * r.nextDouble();
            b[j] = r.nextGaussian();
            key[j] = r.nextInt(OPTIONS);
            items.add(ResponseTable.Item.choice("q" + j, ABCD, ABCD.get(key[j])));
        }
        float[] scores = new float[ATTEMPTS * ITEMS];
        int[] choices = new int[ATTEMPTS * ITEMS];
        int[] shuffle = new int[ITEMS];
        for (int i = 0; i < ATTEMPTS; i++) {
            double theta = r.nextGaussian();
            for (int j = 0; j < ITEMS; j++) shuffle[j] = j;
            for (int j = ITEMS - 1; j > 0; j--) {
                int s = r.nextInt(j + 1), t = shuffle[j];
                shuffle[j] = shuffle[s];
                shuffle[s] = t;
            }
            int off = i * ITEMS;
            Arrays.fill(scores, off, off + ITEMS, Float.NaN);
            for (int q = 0; q < presented; q++) {
                int j = shuffle[q];
                double p = 1 / (1 + Math.exp(-a[j] * (theta - b[j])));
                if (r.nextDouble() < 0.01) {
                    scores[off + j] = 0;                        // omitted
                } else if (r.nextDouble() < p) {
                    scores[off + j] = 1;
                    choices[off + j] = 1 << key[j];
                } else {
                    // distractors in decreasing attractiveness 0.55, 0.30, 0.15
                    double u = r.nextDouble();
                    int d = u < 0.55 ? 0 : u < 0.85 ? 1 : 2;
                    int option = (key[j] + 1 + d) % OPTIONS;
                    scores[off + j] = 0;
                    choices[off + j] = 1 << option;
                }
            }
        }
        return new Simulated(items, scores, choices);
    }

    @Test
    void analyse10000AttemptsOf150Items() {
        run("fixed form, every item presented", simulate(ITEMS, 20261204L));
        run("rule-based quizzes, 100 of the 150 items per attempt", simulate(100, 20261205L));
    }

    private static void run(String what, Simulated sim) {
        ResponseTable table = ResponseTable.of(sim.items(), ResponseTable.FIRST_ATTEMPTS, ATTEMPTS, sim.scores(), sim.choices());
        for (int i = 0; i < 10; i++) ItemAnalysis.analyze(table);   // warm-up
        int runs = 21;
        long[] ns = new long[runs];
        ItemAnalysis.Result result = null;
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocated = 0;
        for (int i = 0; i < runs; i++) {
            long bytes = threads.getCurrentThreadAllocatedBytes();
            long t = System.nanoTime();
            result = ItemAnalysis.analyze(table);
            ns[i] = System.nanoTime() - t;
            allocated = threads.getCurrentThreadAllocatedBytes() - bytes;
        }
        long[] sorted = ns.clone();
        Arrays.sort(sorted);
        ItemAnalysis.TestStats t = result.test();
        long flagged = result.items().stream().filter(i -> !i.flags().isEmpty()).count();
        System.out.printf("BENCHMARK item analysis, %,d attempts x %d four-option items (%s): median %.1f ms, min %.1f ms, "
                        + "max %.1f ms over %d runs after 10 warm-up runs; %.1f MB allocated per run; %d cores "
                        + "(alpha %s, KR-20 %s, %d complete cases, %d items flagged)%n",
                ATTEMPTS, ITEMS, what, sorted[runs / 2] / 1e6, sorted[0] / 1e6, sorted[runs - 1] / 1e6, runs,
                allocated / 1e6, Runtime.getRuntime().availableProcessors(), f3(t.alpha()), f3(t.kr20()), t.completeCases(), flagged);

        // the convenience path: the same table built attempt by attempt from item and option ids
        long[] build = new long[5];
        for (int run = 0; run < build.length; run++) {
            long t0 = System.nanoTime();
            ResponseTable.Builder b = ResponseTable.builder(sim.items(), ResponseTable.FIRST_ATTEMPTS);
            for (int i = 0; i < ATTEMPTS; i++) {
                b.attempt();
                for (int j = 0; j < ITEMS; j++) {
                    float s = sim.scores()[i * ITEMS + j];
                    if (s != s) continue;
                    int m = sim.choices()[i * ITEMS + j];
                    String id = sim.items().get(j).id();
                    if (m == 0) b.answer(id, s);
                    else b.answer(id, s, ABCD.get(Integer.numberOfTrailingZeros(m)));
                }
            }
            ResponseTable built = b.build();
            build[run] = System.nanoTime() - t0;
            if (built.attemptCount() != ATTEMPTS) throw new AssertionError();
        }
        Arrays.sort(build);
        System.out.printf("BENCHMARK build the same table with ResponseTable.builder (ids, one answer() per cell), %s: median %.1f ms of %d%n",
                what, build[build.length / 2] / 1e6, build.length);
    }

    private static String f3(java.util.OptionalDouble v) {
        return v.isPresent() ? String.format("%.3f", v.getAsDouble()) : "-";
    }
}
