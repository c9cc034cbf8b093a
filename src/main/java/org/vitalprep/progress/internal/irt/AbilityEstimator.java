package org.vitalprep.progress.internal.irt;

import java.util.List;
import java.util.Objects;

/**
 * Expected a posteriori (EAP) ability estimates for a learner's responses to items with known parameters, with
 * the posterior standard deviation as the standard error. The prior is normal, N(0, 1) unless given.
 *
 * <p>The integrals use a rectangular quadrature over the prior, by default 241 equally spaced points from 6 prior
 * standard deviations below the mean to 6 above (spacing 0.05 sd), weighted by the prior density. A long test
 * leaves a narrow posterior, which a 61-point Gauss–Hermite rule (node spacing about 0.4 sd near the centre)
 * would sample too coarsely; the fine rectangular grid stays accurate down to posterior sds of about 0.05.
 * Each estimate costs O(responses x points). Immutable and thread-safe.
 */
public final class AbilityEstimator {

    /** Points of the default grid. */
    public static final int DEFAULT_POINTS = 241;

    /** One answered item. */
    public record Response(ItemParameters item, boolean correct) {
        public Response {
            Objects.requireNonNull(item, "item");
        }
    }

    /** EAP ability and its standard error (the posterior standard deviation). */
    public record Estimate(double theta, double standardError) {
    }

    private final double priorMean;
    private final double priorSd;
    private final double[] nodes;
    private final double[] logWeights;

    /** Prior N(0, 1). */
    public AbilityEstimator() {
        this(0, 1);
    }

    /** Prior N(priorMean, priorSd^2), default grid. */
    public AbilityEstimator(double priorMean, double priorSd) {
        this(priorMean, priorSd, Calibration.Quadrature.rectangular(DEFAULT_POINTS, -6, 6));
    }

    /**
     * Prior N(priorMean, priorSd^2) with the given quadrature for the standard normal (for instance
     * {@code Calibration.Quadrature.gaussHermite(61)}); it is shifted and scaled to the prior.
     */
    public AbilityEstimator(double priorMean, double priorSd, Calibration.Quadrature standardNormalQuadrature) {
        Calibration.Quadrature q = standardNormalQuadrature.scaled(priorMean, priorSd);
        this.priorMean = priorMean;
        this.priorSd = priorSd;
        this.nodes = q.nodeArray().clone();
        this.logWeights = new double[q.size()];
        for (int i = 0; i < q.size(); i++) logWeights[i] = Math.log(q.weight(i));
    }

    public double priorMean() {
        return priorMean;
    }

    public double priorSd() {
        return priorSd;
    }

    /** EAP estimate and posterior sd; with no responses, the prior's mean and sd (up to the quadrature). */
    public Estimate estimate(List<Response> responses) {
        int n = nodes.length;
        double[] log = logWeights.clone();
        for (Response r : responses) {
            double a = r.item().a(), d = r.item().d();
            for (int i = 0; i < n; i++) {
                double z = a * nodes[i] + d;
                log[i] -= r.correct() ? Calibration.softplus(-z) : Calibration.softplus(z);
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double v : log) max = Math.max(max, v);
        double sum = 0, mean = 0;
        for (int i = 0; i < n; i++) {
            log[i] = Math.exp(log[i] - max);
            sum += log[i];
            mean += log[i] * nodes[i];
        }
        mean /= sum;
        double var = 0;
        for (int i = 0; i < n; i++) {
            double dev = nodes[i] - mean;
            var += log[i] * dev * dev;
        }
        return new Estimate(mean, Math.sqrt(var / sum));
    }
}
