package org.vitalprep.progress.internal.irt;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Speed figure for BENCHMARKS.md (prints, does not assert times): 2PL calibration of 200 items over 20,000
 * simulated examinees who answered 30 to 50 items each (about 800,000 responses). Run with
 * {@code ./mvnw test -Dtest=CalibrationBenchmark -DexcludedGroups=none}.
 */
@Tag("benchmark")
class CalibrationBenchmark {

    @Test
    void calibrate2plOn200ItemsAnd20000Examinees() {
        long t0 = System.nanoTime();
        CalibrationTest.Simulated sim = CalibrationTest.simulate(200, 20_000, 30, 50, 0, 20261201L);
        double simulateSeconds = (System.nanoTime() - t0) / 1e9;
        // warm-up on a smaller set so the figure is not mostly JIT compilation
        Calibration.calibrate(CalibrationTest.simulate(200, 2_000, 30, 50, 0, 1L).data(), IrtModel.TWO_PL);
        int runs = 3;
        double best = Double.MAX_VALUE, total = 0;
        Calibration.Result fit = null;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            fit = Calibration.calibrate(sim.data(), IrtModel.TWO_PL);
            double seconds = (System.nanoTime() - t) / 1e9;
            best = Math.min(best, seconds);
            total += seconds;
        }
        long t = System.nanoTime();
        Calibration.Result first = Calibration.calibrate(CalibrationTest.simulate(200, 20_000, 30, 50, 0, 99L).data(), IrtModel.RASCH);
        double raschSeconds = (System.nanoTime() - t) / 1e9;
        System.out.printf("BENCHMARK calibrate 2PL, 200 items x 20,000 examinees, %,d responses: best %.2f s, mean %.2f s over %d runs "
                        + "(%d EM steps, converged %s, logLik %.3f, RMSE a %.3f, RMSE b %.3f; %d cores; simulation %.2f s)%n",
                sim.data().responseCount(), best, total / runs, runs, fit.iterations(), fit.converged(), fit.logLikelihood(),
                CalibrationTest.rmse(fit.items(), sim.truth(), ItemParameters::a), CalibrationTest.rmse(fit.items(), sim.truth(), ItemParameters::b),
                Runtime.getRuntime().availableProcessors(), simulateSeconds);
        System.out.printf("BENCHMARK calibrate Rasch, 200 items x 20,000 examinees: %.2f s (%d EM steps, converged %s)%n",
                raschSeconds, first.iterations(), first.converged());
        // the background job runs on one thread so that it never takes both cores from the learners
        long s1 = System.nanoTime();
        Calibration.Result single = Calibration.calibrate(sim.data(), IrtModel.TWO_PL,
                Calibration.Options.defaults().withParallel(false));
        System.out.printf("BENCHMARK calibrate 2PL single-threaded (as the background job does), 200 items x 20,000 examinees: %.2f s (converged %s)%n",
                (System.nanoTime() - s1) / 1e9, single.converged());
    }
}
