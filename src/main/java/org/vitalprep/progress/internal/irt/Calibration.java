package org.vitalprep.progress.internal.irt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Marginal maximum likelihood calibration of the Rasch (common slope, as {@code ltm::rasch}) and 2PL models by
 * the Bock–Aitkin EM algorithm over a fixed quadrature of {@code theta ~ N(0, 1)}, accelerated with SQUAREM
 * (Varadhan &amp; Roland 2008), which keeps EM's monotone likelihood while cutting the iterations several-fold.
 *
 * <p>The E-step visits every given response once per quadrature point, so an iteration costs
 * O(responses x points); identical response patterns are collapsed first, and the rows are split into a fixed
 * number of chunks processed in parallel and merged in order (the result does not depend on the thread count).
 * Items not presented to an examinee are skipped in that examinee's likelihood.
 *
 * <p>Divergence guard: maximum likelihood has no finite solution for items answered all right or all wrong, and
 * is unstable for tiny samples, so every M-step keeps {@code a} in [{@value #MIN_SLOPE}, {@value #MAX_SLOPE}] and
 * {@code |b| <= }{@value #MAX_ABS_DIFFICULTY}: an item whose optimum lies outside is held on the bound and its
 * other parameter re-optimised there. Estimates on a bound mean "the data do not pin this item down".
 *
 * <p>Pure Java, no framework imports.
 */
public final class Calibration {

    /** Lower bound on every slope (divergence guard). */
    public static final double MIN_SLOPE = 0.05;
    /** Upper bound on every slope (divergence guard). */
    public static final double MAX_SLOPE = 6.0;
    /** Bound on {@code |b|} (divergence guard). */
    public static final double MAX_ABS_DIFFICULTY = 6.0;

    private Calibration() {
    }

    /**
     * A fitted calibration. {@code logLikelihood} is the marginal log-likelihood (natural log, summed over
     * examinees, the integral over theta taken by the quadrature) at the returned parameters; {@code iterations}
     * counts EM steps (one E-step and one M-step each); {@code converged} is false when the iteration limit
     * stopped it first.
     */
    public record Result(IrtModel model, double logLikelihood, List<ItemParameters> items, int iterations, boolean converged) {
        public Result {
            Objects.requireNonNull(model, "model");
            items = List.copyOf(items);
        }
    }

    /**
     * Calibration settings: the quadrature over the N(0, 1) ability distribution, the most EM steps to take, and
     * the convergence tolerance on the gain in log-likelihood over one EM step.
     */
    public record Options(Quadrature quadrature, int maxIterations, double tolerance, boolean parallel) {
        public Options {
            Objects.requireNonNull(quadrature, "quadrature");
            if (maxIterations < 1) throw new IllegalArgumentException("maxIterations must be positive");
            if (!(tolerance > 0)) throw new IllegalArgumentException("tolerance must be positive");
        }

        /** 61-point Gauss–Hermite quadrature, at most 5,000 EM steps, stop when a step gains at most 1e-8. */
        public static Options defaults() {
            return new Options(Quadrature.gaussHermite(61), 5000, 1e-8, true);
        }

        public Options withQuadrature(Quadrature q) {
            return new Options(q, maxIterations, tolerance, parallel);
        }

        public Options withMaxIterations(int n) {
            return new Options(quadrature, n, tolerance, parallel);
        }

        public Options withTolerance(double t) {
            return new Options(quadrature, maxIterations, t, parallel);
        }

        public Options withParallel(boolean p) {
            return new Options(quadrature, maxIterations, tolerance, p);
        }
    }

    /** Calibrates with {@link Options#defaults()}. */
    public static Result calibrate(ResponseMatrix data, IrtModel model) {
        return calibrate(data, model, Options.defaults());
    }

    /**
     * Calibrates {@code model} on {@code data}.
     *
     * @throws IllegalArgumentException if an item was never presented (it has no estimate; drop it first)
     */
    public static Result calibrate(ResponseMatrix data, IrtModel model, Options options) {
        Objects.requireNonNull(model, "model");
        ResponseMatrix collapsed = data.collapsed();
        Engine engine = new Engine(collapsed, options.quadrature(), options.parallel());
        int items = collapsed.itemCount();
        for (int j = 0; j < items; j++) {
            if (engine.presented[j] == 0) {
                throw new IllegalArgumentException("item " + collapsed.itemNames().get(j) + " has no responses; it cannot be calibrated");
            }
        }
        // start: a = 1, d from the proportion correct, corrected for the spread of theta (logistic-normal approximation)
        double[] x0 = new double[2 * items];
        for (int j = 0; j < items; j++) {
            double n = engine.presented[j];
            double p = (engine.correctTotal[j] + 0.5) / (n + 1);
            x0[j] = 1.0;
            x0[items + j] = Math.log(p / (1 - p)) * Math.sqrt(1 + Math.PI / 8);
        }
        project(x0, items);
        return new Squarem(engine, model, options).run(x0);
    }

    /**
     * The marginal log-likelihood of {@code data} at the given parameters (one per item, in the data's item order),
     * with the given quadrature.
     */
    public static double logLikelihood(ResponseMatrix data, List<ItemParameters> items, Quadrature quadrature) {
        if (items.size() != data.itemCount()) throw new IllegalArgumentException("expected " + data.itemCount() + " items, got " + items.size());
        for (int j = 0; j < items.size(); j++) {
            if (!items.get(j).name().equals(data.itemNames().get(j))) {
                throw new IllegalArgumentException("item " + j + " is " + items.get(j).name() + " but the data has " + data.itemNames().get(j));
            }
        }
        Engine engine = new Engine(data.collapsed(), quadrature, true);
        double[] a = items.stream().mapToDouble(ItemParameters::a).toArray();
        double[] d = items.stream().mapToDouble(ItemParameters::d).toArray();
        return engine.eStep(a, d);
    }

    /** {@link #logLikelihood(ResponseMatrix, List, Quadrature)} with the default 61-point Gauss–Hermite quadrature. */
    public static double logLikelihood(ResponseMatrix data, List<ItemParameters> items) {
        return logLikelihood(data, items, Options.defaults().quadrature());
    }

    // ------------------------------------------------------------------------------------------------------------
    // Quadrature

    /**
     * Nodes and weights approximating the expectation over {@code theta ~ N(mean, sd^2)}: weights are positive and
     * sum to 1.
     */
    public static final class Quadrature {
        private final double[] nodes;
        private final double[] weights;

        private Quadrature(double[] nodes, double[] weights) {
            this.nodes = nodes;
            this.weights = weights;
        }

        /**
         * Gauss–Hermite rule for N(0, 1) with {@code n} points (exact for polynomials up to degree 2n-1): the
         * roots of the Hermite polynomial by Newton's method on the orthonormal recurrence (as Numerical Recipes'
         * {@code gauher}), rescaled from weight {@code exp(-x^2)} to the standard normal density.
         */
        public static Quadrature gaussHermite(int n) {
            // above ~150 points the recurrence underflows in double precision; rectangular() suits fine grids better
            if (n < 1 || n > 150) throw new IllegalArgumentException("Gauss–Hermite points must be in 1..150, was " + n);
            double[] x = new double[n];
            double[] w = new double[n];
            final double pim4 = Math.pow(Math.PI, -0.25);
            int m = (n + 1) / 2;
            double z = 0;
            for (int i = 0; i < m; i++) {
                if (i == 0) z = Math.sqrt(2.0 * n + 1) - 1.85575 * Math.pow(2.0 * n + 1, -0.16667);
                else if (i == 1) z -= 1.14 * Math.pow(n, 0.426) / z;
                else if (i == 2) z = 1.86 * z - 0.86 * x[0];
                else if (i == 3) z = 1.91 * z - 0.91 * x[1];
                else z = 2.0 * z - x[i - 2];
                double pp = 0;
                boolean done = false;
                for (int it = 0; it < 100 && !done; it++) {
                    double p1 = pim4, p2 = 0;
                    for (int j = 1; j <= n; j++) {
                        double p3 = p2;
                        p2 = p1;
                        p1 = z * Math.sqrt(2.0 / j) * p2 - Math.sqrt((j - 1.0) / j) * p3;
                    }
                    pp = Math.sqrt(2.0 * n) * p2;
                    double z1 = z;
                    z = z1 - p1 / pp;
                    done = Math.abs(z - z1) <= 1e-14 * Math.max(1, Math.abs(z));
                }
                if (!done) throw new IllegalStateException("Gauss–Hermite root " + i + " of " + n + " did not converge");
                x[i] = z;
                x[n - 1 - i] = -z;
                w[i] = 2.0 / (pp * pp);
                w[n - 1 - i] = w[i];
            }
            double[] nodes = new double[n];
            double[] weights = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {                     // ascending nodes, theta = sqrt(2) x
                nodes[i] = Math.sqrt(2.0) * x[n - 1 - i];
                weights[i] = w[n - 1 - i] / Math.sqrt(Math.PI);
                sum += weights[i];
            }
            for (int i = 1; i < n; i++) {
                if (!(nodes[i] > nodes[i - 1])) throw new IllegalStateException("Gauss–Hermite nodes for n = " + n + " are not distinct");
            }
            if (!(Math.abs(sum - 1) < 1e-10)) throw new IllegalStateException("Gauss–Hermite weights for n = " + n + " sum to " + sum);
            for (int i = 0; i < n; i++) weights[i] /= sum;    // removes rounding only (sum is 1 to ~1e-14)
            if (n % 2 == 1) nodes[n / 2] = 0.0;
            return new Quadrature(nodes, weights);
        }

        /**
         * {@code n} equally spaced points from {@code min} to {@code max} (in N(0, 1) units) weighted by the normal
         * density, normalised to sum to 1 (as {@code mirt}'s default rectangular quadrature, 61 points on [-6, 6]).
         */
        public static Quadrature rectangular(int n, double min, double max) {
            if (n < 2 || !(max > min)) throw new IllegalArgumentException("need at least 2 points and min < max");
            double[] nodes = new double[n];
            double[] weights = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                nodes[i] = min + (max - min) * i / (n - 1);
                weights[i] = Math.exp(-0.5 * nodes[i] * nodes[i]);
                sum += weights[i];
            }
            for (int i = 0; i < n; i++) weights[i] /= sum;
            return new Quadrature(nodes, weights);
        }

        /** The same rule for N(mean, sd^2): nodes {@code mean + sd * node}, same weights. */
        public Quadrature scaled(double mean, double sd) {
            if (!Double.isFinite(mean) || !(sd > 0) || !Double.isFinite(sd)) throw new IllegalArgumentException("need a finite mean and a positive sd");
            double[] scaled = new double[nodes.length];
            for (int i = 0; i < nodes.length; i++) scaled[i] = mean + sd * nodes[i];
            return new Quadrature(scaled, weights);
        }

        public int size() {
            return nodes.length;
        }

        public double node(int i) {
            return nodes[i];
        }

        public double weight(int i) {
            return weights[i];
        }

        double[] nodeArray() {
            return nodes;
        }

        double[] weightArray() {
            return weights;
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // SQUAREM-accelerated EM over x = (a_0..a_{J-1}, d_0..d_{J-1}) (for the Rasch model all a_j are equal)

    private static final class Squarem {
        private final Engine engine;
        private final IrtModel model;
        private final Options options;
        private final int items;
        private int evaluations;

        Squarem(Engine engine, IrtModel model, Options options) {
            this.engine = engine;
            this.model = model;
            this.options = options;
            this.items = engine.items;
        }

        /** One EM step from x: returns F(x) and stores the log-likelihood at x in {@code ll[0]}. */
        private double[] emStep(double[] x, double[] ll) {
            evaluations++;
            ll[0] = engine.eStep(Arrays.copyOfRange(x, 0, items), Arrays.copyOfRange(x, items, 2 * items));
            double[] next = x.clone();
            if (model == IrtModel.TWO_PL) MStep.twoPl(engine, next);
            else MStep.rasch(engine, next);
            return next;
        }

        Result run(double[] start) {
            final double stepMax0 = 1, mstep = 4;
            double stepMax = stepMax0;
            double[] x0 = start;
            double llPrev = Double.NEGATIVE_INFINITY;
            double[] ll = new double[1];
            while (true) {
                double[] x1 = emStep(x0, ll);
                double ll0 = ll[0];
                if (ll0 - llPrev <= options.tolerance()) return result(x0, ll0, true);
                if (evaluations >= options.maxIterations()) return result(x0, ll0, false);
                double[] x2 = emStep(x1, ll);
                double ll1 = ll[0];
                if (evaluations >= options.maxIterations()) return result(x1, ll1, false);
                double sr2 = 0, sv2 = 0;
                double[] r = new double[x0.length], v = new double[x0.length];
                for (int i = 0; i < x0.length; i++) {
                    r[i] = x1[i] - x0[i];
                    v[i] = x2[i] - 2 * x1[i] + x0[i];
                    sr2 += r[i] * r[i];
                    sv2 += v[i] * v[i];
                }
                double alpha = sv2 > 0 ? Math.sqrt(sr2 / sv2) : 1;
                alpha = Math.max(1, Math.min(stepMax, alpha));
                double[] xp = new double[x0.length];
                for (int i = 0; i < x0.length; i++) xp[i] = x0[i] + 2 * alpha * r[i] + alpha * alpha * v[i];
                project(xp, items);
                if (model == IrtModel.RASCH) Arrays.fill(xp, 0, items, xp[0]);
                double[] xs = emStep(xp, ll);                 // stabilising EM step after the extrapolation
                double llp = ll[0];
                if (llp >= ll1 && Double.isFinite(llp)) {
                    x0 = xs;
                    llPrev = llp;
                    if (alpha == stepMax) stepMax *= mstep;
                } else {                                     // extrapolation overshot: keep the plain EM iterate
                    x0 = x2;
                    llPrev = ll1;
                    if (alpha == stepMax) stepMax = Math.max(stepMax0, stepMax / mstep);
                }
                if (evaluations >= options.maxIterations()) {
                    double llEnd = engine.eStep(Arrays.copyOfRange(x0, 0, items), Arrays.copyOfRange(x0, items, 2 * items));
                    return result(x0, llEnd, false);
                }
            }
        }

        private Result result(double[] x, double logLikelihood, boolean converged) {
            List<ItemParameters> params = new ArrayList<>(items);
            for (int j = 0; j < items; j++) params.add(ItemParameters.ofSlopeIntercept(engine.names.get(j), x[j], x[items + j]));
            return new Result(model, logLikelihood, params, evaluations, converged);
        }
    }

    /** Puts every (a, d) inside the bounds: a in [MIN_SLOPE, MAX_SLOPE], |b| <= MAX_ABS_DIFFICULTY. */
    private static void project(double[] x, int items) {
        for (int j = 0; j < items; j++) {
            double a = x[j], d = x[items + j];
            if (!Double.isFinite(a)) a = 1;
            if (!Double.isFinite(d)) d = 0;
            a = Math.clamp(a, MIN_SLOPE, MAX_SLOPE);
            double b = Math.clamp(-d / a, -MAX_ABS_DIFFICULTY, MAX_ABS_DIFFICULTY);
            x[j] = a;
            x[items + j] = -a * b;
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // E-step

    /** Holds the data, the quadrature and the expected counts of the last E-step. */
    static final class Engine {
        final List<String> names;
        final int items;
        final int points;
        final double[] theta;
        final double[] logWeight;
        final long[] presented;
        final long[] correctTotal;
        /** Expected examinees at each point who answered item j: n[j * points + q]; and who answered it right: r. */
        final double[] n;
        final double[] r;
        private final int[] rowStart;
        private final int[] itemOf;
        private final boolean[] correct;
        private final int[] counts;
        private final int[] chunkStart;       // row boundaries of the fixed chunks
        private final double[][] chunkN;
        private final double[][] chunkR;
        private final double[] logP;
        private final double[] logQ;
        private final boolean parallel;

        Engine(ResponseMatrix data, Quadrature quadrature, boolean parallel) {
            this.names = data.itemNames();
            this.items = data.itemCount();
            this.points = quadrature.size();
            this.theta = quadrature.nodeArray();
            this.logWeight = Arrays.stream(quadrature.weightArray()).map(Math::log).toArray();
            this.rowStart = data.rowStartArray();
            this.itemOf = data.itemArray();
            this.correct = data.correctArray();
            this.counts = data.countArray();
            this.parallel = parallel;
            this.presented = new long[items];
            this.correctTotal = new long[items];
            int rows = counts.length;
            for (int row = 0; row < rows; row++) {
                for (int k = rowStart[row]; k < rowStart[row + 1]; k++) {
                    presented[itemOf[k]] += counts[row];
                    if (correct[k]) correctTotal[itemOf[k]] += counts[row];
                }
            }
            // fixed chunks of about equal work (responses), independent of the thread count, merged in order
            long work = itemOf.length + (long) rows;
            int chunks = (int) Math.max(1, Math.min(32, work / 16_384));
            chunkStart = new int[chunks + 1];
            int c = 1;
            long done = 0;
            for (int row = 0; row < rows && c < chunks; row++) {
                done += rowStart[row + 1] - rowStart[row] + 1;
                if (done >= work * c / chunks) chunkStart[c++] = row + 1;
            }
            while (c <= chunks) chunkStart[c++] = rows;
            int cells = items * points;
            n = new double[cells];
            r = new double[cells];
            chunkN = new double[chunks][];
            chunkR = new double[chunks][];
            for (int i = 0; i < chunks; i++) {
                chunkN[i] = chunks == 1 ? n : new double[cells];
                chunkR[i] = chunks == 1 ? r : new double[cells];
            }
            logP = new double[cells];
            logQ = new double[cells];
        }

        /** Fills n and r for the parameters (a, d) and returns the marginal log-likelihood there. */
        double eStep(double[] a, double[] d) {
            for (int j = 0; j < items; j++) {
                for (int q = 0; q < points; q++) {
                    double z = a[j] * theta[q] + d[j];
                    logP[j * points + q] = -softplus(-z);
                    logQ[j * points + q] = -softplus(z);
                }
            }
            int chunks = chunkN.length;
            double[] ll = new double[chunks];
            IntStream range = IntStream.range(0, chunks);
            (parallel && chunks > 1 ? range.parallel() : range).forEach(c -> ll[c] = eStepChunk(c));
            if (chunks > 1) {
                Arrays.fill(n, 0);
                Arrays.fill(r, 0);
                for (int c = 0; c < chunks; c++) {
                    double[] cn = chunkN[c], cr = chunkR[c];
                    for (int i = 0; i < n.length; i++) {
                        n[i] += cn[i];
                        r[i] += cr[i];
                    }
                }
            }
            double total = 0;
            for (double v : ll) total += v;
            return total;
        }

        private double eStepChunk(int c) {
            double[] cn = chunkN[c], cr = chunkR[c];
            Arrays.fill(cn, 0);
            Arrays.fill(cr, 0);
            final int nq = points;
            double[] acc = new double[nq];
            double ll = 0;
            for (int row = chunkStart[c]; row < chunkStart[c + 1]; row++) {
                int from = rowStart[row], to = rowStart[row + 1];
                if (from == to) continue;                   // nothing presented: contributes log 1 = 0
                System.arraycopy(logWeight, 0, acc, 0, nq);
                for (int k = from; k < to; k++) {
                    double[] table = correct[k] ? logP : logQ;
                    int base = itemOf[k] * nq;
                    for (int q = 0; q < nq; q++) acc[q] += table[base + q];
                }
                double max = Double.NEGATIVE_INFINITY;
                for (int q = 0; q < nq; q++) max = Math.max(max, acc[q]);
                double sum = 0;
                for (int q = 0; q < nq; q++) {
                    double e = Math.exp(acc[q] - max);
                    acc[q] = e;
                    sum += e;
                }
                double count = counts[row];
                ll += count * (max + Math.log(sum));
                double scale = count / sum;
                for (int q = 0; q < nq; q++) acc[q] *= scale;  // posterior mass at each point, times the count
                for (int k = from; k < to; k++) {
                    int base = itemOf[k] * nq;
                    for (int q = 0; q < nq; q++) cn[base + q] += acc[q];
                    if (correct[k]) for (int q = 0; q < nq; q++) cr[base + q] += acc[q];
                }
            }
            return ll;
        }
    }

    /** log(1 + exp(x)) without overflow. */
    static double softplus(double x) {
        return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
    }

    // ------------------------------------------------------------------------------------------------------------
    // M-step: weighted logistic regressions of the expected counts on the quadrature nodes

    private static final class MStep {
        private static final int MAX_NEWTON = 100;
        private static final double STEP_TOLERANCE = 1e-11;
        private static final double MAX_STEP = 2.0;

        /** Expected complete-data log-likelihood of item j at z_q = a x_q + c_q, with x_q = theta_q - shift. */
        private static double objective(Engine e, int j, double a, double d, double shift) {
            int base = j * e.points;
            double f = 0;
            for (int q = 0; q < e.points; q++) {
                double z = a * (e.theta[q] - shift) + d;
                double rq = e.r[base + q], nq = e.n[base + q];
                f -= rq * softplus(-z) + (nq - rq) * softplus(z);
            }
            return f;
        }

        /** 2PL: each item's (a, d) by Newton's method from the current values, then the bounds. */
        static void twoPl(Engine e, double[] x) {
            int items = e.items;
            for (int j = 0; j < items; j++) {
                double[] ad = newton2(e, j, x[j], x[items + j]);
                double a = ad[0], d = ad[1];
                if (!(a >= MIN_SLOPE && a <= MAX_SLOPE) || !Double.isFinite(d)) {
                    // slope on its bound: best intercept for that slope, then the difficulty bound if needed
                    a = Double.isFinite(a) ? Math.clamp(a, MIN_SLOPE, MAX_SLOPE) : x[j];
                    d = newton1(e, j, Double.isFinite(d) ? d : x[items + j], a, 0, false);
                    double b = Math.clamp(-d / a, -MAX_ABS_DIFFICULTY, MAX_ABS_DIFFICULTY);
                    d = -a * b;
                } else if (Math.abs(d / a) > MAX_ABS_DIFFICULTY) {
                    // difficulty on its bound: best slope for that difficulty (within the slope bounds)
                    double b = Math.clamp(-d / a, -MAX_ABS_DIFFICULTY, MAX_ABS_DIFFICULTY);
                    a = Math.clamp(newton1(e, j, a, 0, b, true), MIN_SLOPE, MAX_SLOPE);
                    d = -a * b;
                }
                x[j] = a;
                x[items + j] = d;
            }
        }

        /** Unconstrained 2D Newton with step-halving on item j; may leave the bounds (the caller projects). */
        private static double[] newton2(Engine e, int j, double a, double d) {
            int base = j * e.points;
            double f = objective(e, j, a, d, 0);
            for (int it = 0; it < MAX_NEWTON; it++) {
                double ga = 0, gd = 0, haa = 0, had = 0, hdd = 0;
                for (int q = 0; q < e.points; q++) {
                    double t = e.theta[q];
                    double p = ItemParameters.logistic(a * t + d);
                    double nq = e.n[base + q];
                    double res = e.r[base + q] - nq * p;
                    double w = nq * p * (1 - p);
                    ga += res * t;
                    gd += res;
                    haa += w * t * t;
                    had += w * t;
                    hdd += w;
                }
                double det = haa * hdd - had * had;
                double da, dd;
                if (det > 1e-12 * Math.max(1, haa * hdd)) {
                    da = (hdd * ga - had * gd) / det;
                    dd = (haa * gd - had * ga) / det;
                } else {                                   // (near-)singular: gradient step
                    double scale = 1 / Math.max(1, haa + hdd);
                    da = ga * scale;
                    dd = gd * scale;
                }
                double size = Math.max(Math.abs(da), Math.abs(dd));
                if (size > MAX_STEP) {
                    da *= MAX_STEP / size;
                    dd *= MAX_STEP / size;
                }
                double step = 1;
                double fNew = Double.NaN;
                for (int h = 0; h < 40; h++) {
                    fNew = objective(e, j, a + step * da, d + step * dd, 0);
                    if (fNew >= f - 1e-12 * Math.abs(f)) break;
                    step /= 2;
                }
                if (!(fNew >= f - 1e-12 * Math.abs(f))) break;
                a += step * da;
                d += step * dd;
                f = fNew;
                if (step * size < STEP_TOLERANCE) break;
                if (Math.abs(a) > 1e3 || Math.abs(d) > 1e4) break;   // diverging (item all right/all wrong)
            }
            return new double[] {a, d};
        }

        /**
         * One-parameter Newton on item j: if {@code slope} is false, the intercept with the slope {@code a} held;
         * if true, the slope with difficulty {@code b} held (z = a (theta - b)).
         */
        private static double newton1(Engine e, int j, double start, double a, double b, boolean slope) {
            int base = j * e.points;
            double v = start;
            for (int it = 0; it < MAX_NEWTON; it++) {
                double g = 0, h = 0;
                for (int q = 0; q < e.points; q++) {
                    double xq = slope ? e.theta[q] - b : 1;
                    double z = slope ? v * xq : a * e.theta[q] + v;
                    double p = ItemParameters.logistic(z);
                    double nq = e.n[base + q];
                    g += (e.r[base + q] - nq * p) * xq;
                    h += nq * p * (1 - p) * xq * xq;
                }
                double step = h > 1e-300 ? g / h : Math.signum(g);
                step = Math.clamp(step, -MAX_STEP, MAX_STEP);
                v += step;
                if (slope && v < MIN_SLOPE) return MIN_SLOPE;
                if (slope && v > MAX_SLOPE) return MAX_SLOPE;
                if (!slope && Math.abs(v) > MAX_ABS_DIFFICULTY * a + 1) return v;  // beyond the b bound anyway
                if (Math.abs(step) < STEP_TOLERANCE) break;
            }
            return v;
        }

        /**
         * Rasch: one common slope and an intercept per item. Newton's method on all of them at once (the Hessian is
         * an arrowhead, solved through its Schur complement); items whose difficulty leaves the bound are pinned
         * to it (their intercept then moves with the slope) and the fit repeated; a slope outside its bounds is
         * held on the bound and the intercepts fitted alone.
         */
        static void rasch(Engine e, double[] x) {
            int items = e.items;
            double a = x[0];
            double[] d = Arrays.copyOfRange(x, items, 2 * items);
            double[] pinnedB = new double[items];
            boolean[] pinned = new boolean[items];
            for (int round = 0; round <= items; round++) {
                a = newtonRasch(e, a, d, pinned, pinnedB);
                if (!(a >= MIN_SLOPE && a <= MAX_SLOPE)) {
                    a = Double.isFinite(a) ? Math.clamp(a, MIN_SLOPE, MAX_SLOPE) : x[0];
                    for (int j = 0; j < items; j++) {
                        double dj = newton1(e, j, Double.isFinite(d[j]) ? d[j] : 0, a, 0, false);
                        d[j] = -a * Math.clamp(-dj / a, -MAX_ABS_DIFFICULTY, MAX_ABS_DIFFICULTY);
                    }
                    break;
                }
                boolean more = false;
                for (int j = 0; j < items; j++) {
                    if (!pinned[j] && !(Math.abs(d[j] / a) <= MAX_ABS_DIFFICULTY)) {
                        pinned[j] = true;
                        pinnedB[j] = Double.isFinite(d[j]) ? Math.clamp(-d[j] / a, -MAX_ABS_DIFFICULTY, MAX_ABS_DIFFICULTY) : 0;
                        more = true;
                    }
                }
                for (int j = 0; j < items; j++) if (pinned[j]) d[j] = -a * pinnedB[j];
                if (!more) break;
            }
            Arrays.fill(x, 0, items, a);
            System.arraycopy(d, 0, x, items, items);
        }

        private static double raschObjective(Engine e, double a, double[] d, boolean[] pinned, double[] pinnedB) {
            double f = 0;
            for (int j = 0; j < e.items; j++) f += pinned[j] ? objective(e, j, a, 0, pinnedB[j]) : objective(e, j, a, d[j], 0);
            return f;
        }

        /** Returns the slope; updates the free intercepts in place. */
        private static double newtonRasch(Engine e, double a, double[] d, boolean[] pinned, double[] pinnedB) {
            int items = e.items, nq = e.points;
            double[] gd = new double[items], hdd = new double[items], had = new double[items];
            double[] dd = new double[items];
            double f = raschObjective(e, a, d, pinned, pinnedB);
            for (int it = 0; it < MAX_NEWTON; it++) {
                double ga = 0, haa = 0;
                for (int j = 0; j < items; j++) {
                    int base = j * nq;
                    double g = 0, h = 0, hx = 0;
                    for (int q = 0; q < nq; q++) {
                        double xq = pinned[j] ? e.theta[q] - pinnedB[j] : e.theta[q];
                        double z = pinned[j] ? a * xq : a * xq + d[j];
                        double p = ItemParameters.logistic(z);
                        double n = e.n[base + q];
                        double res = e.r[base + q] - n * p;
                        double w = n * p * (1 - p);
                        ga += res * xq;
                        haa += w * xq * xq;
                        g += res;
                        h += w;
                        hx += w * xq;
                    }
                    gd[j] = g;
                    hdd[j] = h;
                    had[j] = hx;
                }
                // solve [haa had'; had diag(hdd)] (da, dd) = (ga, gd) for the free items (information form, positive)
                double schur = haa, rhs = ga;
                for (int j = 0; j < items; j++) {
                    if (pinned[j] || hdd[j] <= 1e-300) continue;
                    schur -= had[j] * had[j] / hdd[j];
                    rhs -= had[j] * gd[j] / hdd[j];
                }
                double da = schur > 1e-12 * Math.max(1, haa) ? rhs / schur : ga / Math.max(1, haa);
                double size = Math.abs(da);
                for (int j = 0; j < items; j++) {
                    dd[j] = pinned[j] || hdd[j] <= 1e-300 ? 0 : (gd[j] - had[j] * da) / hdd[j];
                    size = Math.max(size, Math.abs(dd[j]));
                }
                double cap = size > MAX_STEP ? MAX_STEP / size : 1;
                double step = cap;
                double fNew = Double.NaN;
                double[] trial = new double[items];
                for (int h = 0; h < 40; h++) {
                    for (int j = 0; j < items; j++) trial[j] = d[j] + step * dd[j];
                    fNew = raschObjective(e, a + step * da, trial, pinned, pinnedB);
                    if (fNew >= f - 1e-12 * Math.abs(f)) break;
                    step /= 2;
                }
                if (!(fNew >= f - 1e-12 * Math.abs(f))) break;
                a += step * da;
                for (int j = 0; j < items; j++) d[j] += step * dd[j];
                f = fNew;
                if (step * size < STEP_TOLERANCE) break;
                if (Math.abs(a) > 1e3) break;
            }
            return a;
        }
    }
}
