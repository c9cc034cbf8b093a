package org.vitalprep.progress.internal.irt;

import java.util.Objects;

/**
 * One item's logistic parameters: slope {@code a}, difficulty {@code b} and intercept {@code d = -a b}, so that
 * {@code P(correct | theta) = 1 / (1 + exp(-a (theta - b))) = 1 / (1 + exp(-(a theta + d)))}.
 * Build it with {@link #ofSlopeDifficulty} or {@link #ofSlopeIntercept}; the constructor checks that {@code d}
 * agrees with {@code -a b}.
 */
public record ItemParameters(String name, double a, double b, double d) {

    public ItemParameters {
        Objects.requireNonNull(name, "name");
        if (!(a > 0) || !Double.isFinite(a)) throw new IllegalArgumentException("item " + name + ": slope a must be positive and finite, was " + a);
        if (!Double.isFinite(b) || !Double.isFinite(d)) throw new IllegalArgumentException("item " + name + ": b and d must be finite");
        if (Math.abs(d + a * b) > 1e-6 * Math.max(1, Math.abs(d))) {
            throw new IllegalArgumentException("item " + name + ": d (" + d + ") must equal -a b (" + (-a * b) + ")");
        }
    }

    public static ItemParameters ofSlopeDifficulty(String name, double a, double b) {
        return new ItemParameters(name, a, b, -a * b);
    }

    public static ItemParameters ofSlopeIntercept(String name, double a, double d) {
        return new ItemParameters(name, a, -d / a, d);
    }

    /** Probability of a correct response at ability {@code theta}. */
    public double probability(double theta) {
        return logistic(a * (theta - b));
    }

    /** Fisher information {@code a^2 P (1 - P)} at ability {@code theta}. */
    public double information(double theta) {
        double p = probability(theta);
        return a * a * p * (1 - p);
    }

    static double logistic(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }
}
