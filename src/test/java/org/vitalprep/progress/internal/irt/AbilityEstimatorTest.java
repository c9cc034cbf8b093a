package org.vitalprep.progress.internal.irt;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AbilityEstimatorTest {

    static AbilityEstimator.Response answer(double a, double b, boolean correct) {
        return new AbilityEstimator.Response(ItemParameters.ofSlopeDifficulty("a" + a + "b" + b, a, b), correct);
    }

    /** Posterior mean and sd by composite Simpson integration on a fine grid (independent of the estimator). */
    static double[] simpson(List<AbilityEstimator.Response> responses, double mean, double sd) {
        int m = 200_000;
        double lo = mean - 12 * sd, hi = mean + 12 * sd, h = (hi - lo) / m;
        double z = 0, first = 0, second = 0;
        for (int i = 0; i <= m; i++) {
            double t = lo + i * h;
            double f = Math.exp(-0.5 * Math.pow((t - mean) / sd, 2));
            for (AbilityEstimator.Response r : responses) {
                double p = 1 / (1 + Math.exp(-r.item().a() * (t - r.item().b())));
                f *= r.correct() ? p : 1 - p;
            }
            double w = i == 0 || i == m ? 1 : i % 2 == 1 ? 4 : 2;
            z += w * f;
            first += w * f * t;
            second += w * f * t * t;
        }
        double mu = first / z;
        return new double[] {mu, Math.sqrt(second / z - mu * mu)};
    }

    @Test
    void oneCorrectAnswerAgainstAnIndependentIntegral() {
        // one item a = 1, b = 0 answered right, prior N(0, 1). By Stein's lemma E[theta P(theta)] = E[P'(theta)]
        // = E[P (1 - P)], and E[P] = 1/2 by symmetry, so the EAP is 2 E[P (1 - P)], about 0.4132.
        List<AbilityEstimator.Response> one = List.of(answer(1, 0, true));
        AbilityEstimator.Estimate e = new AbilityEstimator().estimate(one);
        double[] reference = simpson(one, 0, 1);
        // (the estimator's grid stops at 6 prior sd, which costs about 1e-8 here)
        assertThat(e.theta()).isCloseTo(reference[0], within(1e-7));
        assertThat(e.standardError()).isCloseTo(reference[1], within(1e-7));
        double stein = 0;
        int m = 200_000;
        double h = 24.0 / m;
        for (int i = 0; i <= m; i++) {
            double t = -12 + i * h;
            double p = 1 / (1 + Math.exp(-t));
            stein += (i == 0 || i == m ? 1 : i % 2 == 1 ? 4 : 2) * p * (1 - p) * Math.exp(-t * t / 2) / Math.sqrt(2 * Math.PI);
        }
        stein *= h / 3;
        assertThat(e.theta()).isCloseTo(2 * stein, within(1e-7)).isCloseTo(0.4132, within(1e-3));
        // and a wrong answer mirrors it
        AbilityEstimator.Estimate wrong = new AbilityEstimator().estimate(List.of(answer(1, 0, false)));
        assertThat(wrong.theta()).isCloseTo(-e.theta(), within(1e-12));
        assertThat(wrong.standardError()).isCloseTo(e.standardError(), within(1e-12));
    }

    @Test
    void otherPriorAndSeveralItems() {
        List<AbilityEstimator.Response> responses = List.of(answer(1.2, -0.5, true), answer(0.8, 0.3, false),
                answer(2.0, 1.0, true), answer(1.5, 0.0, true));
        AbilityEstimator estimator = new AbilityEstimator(0.5, 0.8);
        AbilityEstimator.Estimate e = estimator.estimate(responses);
        double[] reference = simpson(responses, 0.5, 0.8);
        assertThat(e.theta()).isCloseTo(reference[0], within(1e-8));
        assertThat(e.standardError()).isCloseTo(reference[1], within(1e-8));
        assertThat(estimator.priorMean()).isEqualTo(0.5);
        assertThat(estimator.priorSd()).isEqualTo(0.8);
        // with no answers: the prior
        AbilityEstimator.Estimate none = estimator.estimate(List.of());
        assertThat(none.theta()).isCloseTo(0.5, within(1e-9));
        assertThat(none.standardError()).isCloseTo(0.8, within(1e-6));
        // Gauss–Hermite works too for short tests
        AbilityEstimator gh = new AbilityEstimator(0.5, 0.8, Calibration.Quadrature.gaussHermite(61));
        assertThat(gh.estimate(responses).theta()).isCloseTo(reference[0], within(1e-6));
    }

    @Test
    void longTestsStayAccurate() {
        // 120 informative answers leave a posterior sd near 0.13, narrower than a Gauss–Hermite node spacing
        Random random = new Random(3);
        double theta = 1.3;
        List<AbilityEstimator.Response> responses = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            double a = 1.5 + random.nextDouble(), b = theta + random.nextGaussian() * 0.5;
            boolean right = random.nextDouble() < 1 / (1 + Math.exp(-a * (theta - b)));
            responses.add(answer(a, b, right));
        }
        AbilityEstimator.Estimate e = new AbilityEstimator().estimate(responses);
        double[] reference = simpson(responses, 0, 1);
        assertThat(e.standardError()).isLessThan(0.15);
        assertThat(e.theta()).isCloseTo(reference[0], within(1e-7));
        assertThat(e.standardError()).isCloseTo(reference[1], within(1e-7));
        assertThat(e.theta()).isCloseTo(theta, within(3 * e.standardError()));
    }

    @Test
    void standardErrorShrinksWithMoreItems() {
        Random random = new Random(9);
        double theta = -0.4;
        AbilityEstimator estimator = new AbilityEstimator();
        List<AbilityEstimator.Response> responses = new ArrayList<>();
        double previous = estimator.estimate(responses).standardError();
        assertThat(previous).isCloseTo(1, within(1e-6));
        List<Double> errors = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            double b = theta + random.nextGaussian() * 0.3;
            responses.add(answer(1.4, b, random.nextDouble() < 1 / (1 + Math.exp(-1.4 * (theta - b)))));
            errors.add(estimator.estimate(responses).standardError());
        }
        assertThat(errors.get(4)).isLessThan(previous);
        assertThat(errors.get(9)).isLessThan(errors.get(4));
        assertThat(errors.get(19)).isLessThan(errors.get(9));
        assertThat(errors.get(39)).isLessThan(errors.get(19)).isLessThan(0.4);
        // roughly 1 / sqrt(test information) once the data dominate the prior
        double info = AdaptiveSelector.testInformation(responses.stream().map(AbilityEstimator.Response::item).toList(),
                estimator.estimate(responses).theta());
        assertThat(errors.get(39)).isCloseTo(1 / Math.sqrt(info + 1), within(0.03));
    }
}
