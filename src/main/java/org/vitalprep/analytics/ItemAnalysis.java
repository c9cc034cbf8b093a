package org.vitalprep.analytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Classical item analysis of a {@link ResponseTable}. Pure logic, no framework.
 *
 * <h2>Per item</h2>
 * Over the {@code n} attempts that were presented the item:
 * <ul>
 *   <li><b>facility</b> p: the mean score (the proportion correct for 1/0 items).</li>
 *   <li><b>point-biserial</b>: the item-rest correlation, Pearson's r between the item score and the attempt's
 *       <em>rest score</em>, the sum of its scores on the other items it was presented (the item itself is left
 *       out so it does not correlate with itself).</li>
 *   <li><b>discrimination index D</b> = p(upper group) &minus; p(lower group). The n attempts are ranked by total
 *       score, highest first; the upper group is the first g, the lower group the last g, with
 *       g = &lceil;0.27&middot;n&rceil; (computed exactly, as &lceil;27n/100&rceil;; g &le; n/2 for n &ge; 2, so the
 *       groups never overlap). <b>Ties at a cut</b>: attempts with equal totals are ranked in table order,
 *       earlier rows first, so each group has exactly g attempts and the result is reproducible; callers who want
 *       a stable ranking pass their rows in a fixed order (e.g. by submission time). With sparse tables each item
 *       forms its groups among the attempts that saw it, still ranked by their total score.</li>
 *   <li><b>options</b> (choice items), in display order, then an "omitted" row: how many attempts chose it
 *       (several options count once each for "select all that apply"), the proportion of the n, the counts and
 *       proportions in the upper and lower groups, and the option point-biserial: the correlation of "chose this
 *       option" (1/0) with the rest score.</li>
 *   <li><b>alpha if deleted</b>: Cronbach's alpha of the other items, over the complete cases.</li>
 * </ul>
 *
 * <h2>Flags</h2>
 * Raised only for items with n &ge; 2, each with a reason: p &lt; {@value #TOO_HARD_BELOW} too hard;
 * p &ge; {@value #TOO_EASY_FROM} too easy; point-biserial &lt; 0 negative discrimination (check the key);
 * 0 &le; point-biserial &lt; {@value #WEAK_BELOW} weak discrimination (the two are exclusive); a distractor chosen by
 * fewer than {@value #NON_FUNCTIONING_BELOW} of the n attempts (5%, so never chosen in small groups) is
 * non-functioning; a distractor chosen in the upper group by more attempts than the key (than every key, for
 * several) attracts strong candidates. "Not enough data" is flagged when n &lt; 2, or when the item score or the
 * rest score does not vary (the point-biserial is then undefined).
 *
 * <h2>Test</h2>
 * Mean and standard deviation of the total scores over all attempts. SDs and variances are population
 * (divide by N), the convention of KR-20's p&middot;q; reliability is a ratio of variances, so it does not depend on
 * the convention, but SD and SEM do. Reliability is computed over the <b>complete cases</b>, the attempts that
 * were presented every item (their number is reported): Cronbach's alpha = K/(K&minus;1)&middot;(1 &minus; &Sigma; item
 * variances / total variance), and KR-20 = K/(K&minus;1)&middot;(1 &minus; &Sigma; pq / total variance) when every score in
 * the table is 0 or 1 (it then equals alpha). SEM = SD&middot;&radic;(1 &minus; alpha) with the SD of the complete cases.
 *
 * <h2>Not enough data</h2>
 * Nothing is null or NaN: a statistic that cannot be computed is an empty {@link OptionalDouble} and the reason is in
 * the item's flags or the test's notes (n &lt; 2, zero variance, fewer than 2 items or complete cases). Proportions
 * whose denominator is 0 are 0.
 *
 * <h2>Cost</h2>
 * One pass over the scores for the totals, one sort of the attempts, one pass over all cells (in rank order) that
 * accumulates per item &Sigma;x, &Sigma;x&sup2;, &Sigma;t, &Sigma;t&sup2;, &Sigma;xt (t = total, centred) from which the rest-score
 * correlations follow (rest = t &minus; x), plus the group and option counts. No per-cell allocation.
 */
public final class ItemAnalysis {

    public static final double TOO_HARD_BELOW = 0.20;
    public static final double TOO_EASY_FROM = 0.96;
    public static final double WEAK_BELOW = 0.20;
    public static final double NON_FUNCTIONING_BELOW = 0.05;
    /** Upper and lower group size as a percentage of n, rounded up. */
    public static final int GROUP_PERCENT = 27;

    private ItemAnalysis() {
    }

    /** What went in (which attempts), the test statistics, and one entry per item in table order. */
    public record Result(String attemptSelection, TestStats test, List<ItemStats> items) {
        public Result {
            items = List.copyOf(items);
        }

        public ItemStats item(String itemId) {
            return items.stream().filter(i -> i.itemId().equals(itemId)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no item " + itemId));
        }
    }

    /**
     * @param attempts        rows of the table
     * @param items           columns of the table
     * @param meanTotal       mean total score over all attempts (empty without attempts)
     * @param sdTotal         population SD of the total scores over all attempts (empty with fewer than 2)
     * @param completeCases   attempts that were presented every item: the sample for reliability
     * @param completeCaseSd  population SD of their totals (empty with fewer than 2)
     * @param dichotomous     every score in the table is 0 or 1
     * @param kr20            KR-20 (only when dichotomous)
     * @param alpha           Cronbach's alpha
     * @param sem             standard error of measurement, completeCaseSd &middot; &radic;(1 &minus; alpha)
     * @param notes           why a statistic is missing
     */
    public record TestStats(int attempts, int items, OptionalDouble meanTotal, OptionalDouble sdTotal,
                            int completeCases, OptionalDouble completeCaseSd, boolean dichotomous,
                            OptionalDouble kr20, OptionalDouble alpha, OptionalDouble sem, List<String> notes) {
        public TestStats {
            notes = List.copyOf(notes);
        }
    }

    /**
     * @param n              attempts that were presented the item
     * @param facility       p, the mean score
     * @param pointBiserial  item-rest correlation
     * @param groupSize      g, the size of the upper and of the lower group (0 when n &lt; 2)
     * @param discrimination D = upperFacility &minus; lowerFacility
     * @param options        choice items: one entry per option in display order, then {@link Role#OMITTED}
     */
    public record ItemStats(String itemId, int n, boolean dichotomous, OptionalDouble facility,
                            OptionalDouble pointBiserial, int groupSize, OptionalDouble upperFacility,
                            OptionalDouble lowerFacility, OptionalDouble discrimination,
                            OptionalDouble alphaIfDeleted, List<OptionStats> options, List<Flag> flags) {
        public ItemStats {
            options = List.copyOf(options);
            flags = List.copyOf(flags);
        }

        public boolean flagged(FlagKind kind) {
            return flags.stream().anyMatch(f -> f.kind() == kind);
        }

        public OptionStats option(String optionId) {
            return options.stream().filter(o -> o.role() != Role.OMITTED && o.optionId().equals(optionId)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("item " + itemId + " has no option " + optionId));
        }

        /** The "nothing chosen" row of a choice item. */
        public OptionStats omitted() {
            return options.stream().filter(o -> o.role() == Role.OMITTED).findFirst()
                    .orElseThrow(() -> new IllegalStateException("item " + itemId + " has no options"));
        }
    }

    public enum Role { KEY, DISTRACTOR, OMITTED }

    /**
     * One option of a choice item (or, with {@link Role#OMITTED} and an empty id, "nothing chosen").
     *
     * @param proportion      count / n
     * @param upperProportion upperCount / g (0 without groups); likewise lowerProportion
     * @param pointBiserial   correlation of choosing it (1/0) with the rest score
     */
    public record OptionStats(String optionId, Role role, int count, double proportion, int upperCount,
                              double upperProportion, int lowerCount, double lowerProportion,
                              OptionalDouble pointBiserial) {
    }

    public enum FlagKind {
        NOT_ENOUGH_DATA("not enough data"),
        TOO_HARD("too hard"),
        TOO_EASY("too easy"),
        NEGATIVE_DISCRIMINATION("negative discrimination (check the key)"),
        WEAK_DISCRIMINATION("weak discrimination"),
        NON_FUNCTIONING_DISTRACTOR("non-functioning distractor"),
        DISTRACTOR_ATTRACTS_STRONG("distractor attracts strong candidates");

        private final String label;

        FlagKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** @param optionId the distractor concerned, or "" for the item as a whole */
    public record Flag(FlagKind kind, String optionId, String reason) {
    }

    /** Analyses the table. Cost O(N&middot;K + N log N); see the class comment for every definition. */
    public static Result analyze(ResponseTable table) {
        int nAttempts = table.attemptCount();
        int k = table.itemCount();
        List<ResponseTable.Item> items = table.items();
        float[] s = table.scoreArray();
        int[] c = table.choiceArray();

        // pass 1: totals, presented counts, which items are dichotomous
        double[] total = new double[nAttempts];
        boolean[] complete = new boolean[nAttempts];
        int[] n = new int[k];
        boolean[] nonBinary = new boolean[k];
        for (int a = 0, off = 0; a < nAttempts; a++, off += k) {
            double t = 0;
            int seen = 0;
            for (int j = 0; j < k; j++) {
                float x = s[off + j];
                if (x != x) continue;
                t += x;
                seen++;
                n[j]++;
                if (x != 0f && x != 1f) nonBinary[j] = true;
            }
            total[a] = t;
            complete[a] = seen == k;
        }
        double mean = 0;
        for (double t : total) mean += t;
        mean = nAttempts == 0 ? 0 : mean / nAttempts;

        int[] order = rankByTotal(total);
        int[] g = new int[k];
        for (int j = 0; j < k; j++) g[j] = n[j] >= 2 ? (GROUP_PERCENT * n[j] + 99) / 100 : 0;

        // option slots: per choice item, its options then one "omitted" slot
        int[] slotBase = new int[k], omittedSlot = new int[k];
        int slots = 0;
        for (int j = 0; j < k; j++) {
            int options = items.get(j).optionIds().size();
            slotBase[j] = options == 0 ? -1 : slots;
            omittedSlot[j] = slots + options;
            slots += options == 0 ? 0 : options + 1;
        }
        int[] optCount = new int[slots], optUp = new int[slots], optLo = new int[slots];
        double[] optSumX = new double[slots], optSumT = new double[slots];

        // pass 2, in rank order. Sums are kept apart for complete (index j) and incomplete (k + j) attempts so that
        // the reliability can use the complete cases alone; per-item statistics add the two halves.
        double[] sx = new double[2 * k], sxx = new double[2 * k], st = new double[2 * k], stt = new double[2 * k],
                sxt = new double[2 * k];
        double[] upX = new double[k], loX = new double[k];
        int[] rankInItem = new int[k];
        for (int a : order) {
            int off = a * k;
            double t = total[a] - mean;
            int half = complete[a] ? 0 : k;
            for (int j = 0; j < k; j++) {
                float xf = s[off + j];
                if (xf != xf) continue;
                double x = xf;
                int r = ++rankInItem[j];
                boolean up = r <= g[j], lo = r > n[j] - g[j];
                int h = half + j;
                sx[h] += x;
                sxx[h] += x * x;
                st[h] += t;
                stt[h] += t * t;
                sxt[h] += x * t;
                if (up) upX[j] += x;
                if (lo) loX[j] += x;
                int base = slotBase[j];
                if (base < 0) continue;
                int mask = c[off + j];
                if (mask == 0) {
                    count(omittedSlot[j], x, t, up, lo, optCount, optSumX, optSumT, optUp, optLo);
                } else {
                    for (; mask != 0; mask &= mask - 1) {
                        count(base + Integer.numberOfTrailingZeros(mask), x, t, up, lo, optCount, optSumX, optSumT, optUp, optLo);
                    }
                }
            }
        }

        // test level
        List<String> notes = new ArrayList<>();
        int cc = 0;
        double ccSum = 0;
        for (int a = 0; a < nAttempts; a++) {
            if (complete[a]) {
                cc++;
                ccSum += total[a] - mean;
            }
        }
        double ccMean = cc == 0 ? 0 : ccSum / cc;     // centred
        double ccVar = 0, allVar = 0;
        for (int a = 0; a < nAttempts; a++) {
            double d = total[a] - mean;
            allVar += d * d;
            if (complete[a]) ccVar += (d - ccMean) * (d - ccMean);
        }
        allVar = nAttempts == 0 ? 0 : allVar / nAttempts;
        ccVar = cc == 0 ? 0 : ccVar / cc;
        boolean dichotomous = true;
        for (boolean nb : nonBinary) dichotomous &= !nb;

        double[] itemVarCc = new double[k];
        double sumItemVar = 0, sumPq = 0;
        for (int j = 0; j < k; j++) {
            if (cc == 0) break;
            double pj = sx[j] / cc;
            itemVarCc[j] = Math.max(0, sxx[j] / cc - pj * pj);
            sumItemVar += itemVarCc[j];
            sumPq += pj * (1 - pj);
        }
        OptionalDouble alpha = OptionalDouble.empty(), kr20 = OptionalDouble.empty(), sem = OptionalDouble.empty();
        if (k < 2) {
            notes.add("reliability needs at least 2 items; the table has " + k);
        } else if (cc < 2) {
            notes.add("reliability needs at least 2 complete cases (attempts presented every item); there " + (cc == 1 ? "is 1" : "are " + cc));
        } else if (zero(ccVar, ccVar + ccMean * ccMean)) {
            notes.add("the total scores of the " + cc + " complete cases do not vary, so reliability is undefined");
        } else {
            double a = (double) k / (k - 1) * (1 - sumItemVar / ccVar);
            alpha = OptionalDouble.of(a);
            if (dichotomous) kr20 = OptionalDouble.of((double) k / (k - 1) * (1 - sumPq / ccVar));
            sem = OptionalDouble.of(Math.sqrt(ccVar) * Math.sqrt(Math.max(0, 1 - a)));
        }
        if (!dichotomous && k > 0) notes.add("some scores are partial credit, so KR-20 does not apply; alpha does");
        if (nAttempts < 2) notes.add("the mean and SD of the totals need at least 2 attempts; there " + (nAttempts == 1 ? "is 1" : "are 0"));
        TestStats test = new TestStats(nAttempts, k,
                nAttempts == 0 ? OptionalDouble.empty() : OptionalDouble.of(mean),
                nAttempts < 2 ? OptionalDouble.empty() : OptionalDouble.of(Math.sqrt(allVar)),
                cc, cc < 2 ? OptionalDouble.empty() : OptionalDouble.of(Math.sqrt(ccVar)), dichotomous, kr20, alpha, sem, notes);

        // items
        List<ItemStats> out = new ArrayList<>(k);
        for (int j = 0; j < k; j++) {
            ResponseTable.Item item = items.get(j);
            int nj = n[j];
            double sX = sx[j] + sx[k + j], sXX = sxx[j] + sxx[k + j], sT = st[j] + st[k + j],
                    sTT = stt[j] + stt[k + j], sXT = sxt[j] + sxt[k + j];
            // rest y = t - x
            double sY = sT - sX, sYY = sTT - 2 * sXT + sXX, sXY = sXT - sXX;
            double p = nj == 0 ? 0 : sX / nj;
            double my = nj == 0 ? 0 : sY / nj;
            double varX = nj == 0 ? 0 : sXX / nj - p * p;
            double varY = nj == 0 ? 0 : sYY / nj - my * my;
            boolean xVaries = nj >= 2 && !zero(varX, sXX / nj), yVaries = nj >= 2 && !zero(varY, sYY / nj);
            OptionalDouble rpb = xVaries && yVaries
                    ? OptionalDouble.of(clamp((sXY / nj - p * my) / Math.sqrt(varX * varY))) : OptionalDouble.empty();

            int gj = g[j];
            OptionalDouble pU = gj == 0 ? OptionalDouble.empty() : OptionalDouble.of(upX[j] / gj);
            OptionalDouble pL = gj == 0 ? OptionalDouble.empty() : OptionalDouble.of(loX[j] / gj);
            OptionalDouble d = gj == 0 ? OptionalDouble.empty() : OptionalDouble.of(upX[j] / gj - loX[j] / gj);

            OptionalDouble aid = OptionalDouble.empty();
            if (k >= 3 && cc >= 2) {
                double cov = sxt[j] / cc - (sx[j] / cc) * ccMean;
                double restVar = ccVar - 2 * cov + itemVarCc[j];
                if (!zero(restVar, restVar + ccMean * ccMean)) {
                    aid = OptionalDouble.of((double) (k - 1) / (k - 2) * (1 - (sumItemVar - itemVarCc[j]) / restVar));
                }
            }

            List<Flag> flags = new ArrayList<>();
            if (nj < 2) {
                flags.add(new Flag(FlagKind.NOT_ENOUGH_DATA, "", "presented to " + nj + (nj == 1 ? " attempt" : " attempts")
                        + "; item statistics need at least 2"));
            } else {
                if (p < TOO_HARD_BELOW) flags.add(new Flag(FlagKind.TOO_HARD, "", "facility " + f2(p) + " is below " + f2(TOO_HARD_BELOW)));
                if (p >= TOO_EASY_FROM) flags.add(new Flag(FlagKind.TOO_EASY, "", "facility " + f2(p) + " is " + f2(TOO_EASY_FROM) + " or more"));
                if (!xVaries) {
                    flags.add(new Flag(FlagKind.NOT_ENOUGH_DATA, "", "all " + nj + " attempts scored the same on it, so the point-biserial is undefined"));
                } else if (!yVaries) {
                    flags.add(new Flag(FlagKind.NOT_ENOUGH_DATA, "", "all " + nj + " attempts had the same score on the other items, so the point-biserial is undefined"));
                } else if (rpb.getAsDouble() < 0) {
                    flags.add(new Flag(FlagKind.NEGATIVE_DISCRIMINATION, "", "item-rest point-biserial " + f2(rpb.getAsDouble())
                            + " is negative: candidates who do well on the other items do worse on this one; check the key"));
                } else if (rpb.getAsDouble() < WEAK_BELOW) {
                    flags.add(new Flag(FlagKind.WEAK_DISCRIMINATION, "", "item-rest point-biserial " + f2(rpb.getAsDouble())
                            + " is below " + f2(WEAK_BELOW)));
                }
            }

            List<OptionStats> options = new ArrayList<>();
            int base = slotBase[j];
            if (base >= 0) {
                List<String> ids = item.optionIds();
                int keyMask = item.keyMask();
                int keyUpperMax = -1;
                for (int o = 0; o < ids.size(); o++) if ((keyMask & 1 << o) != 0) keyUpperMax = Math.max(keyUpperMax, optUp[base + o]);
                String keyIds = String.join(", ", item.keyIds());
                for (int o = 0; o <= ids.size(); o++) {
                    int slot = base + o;
                    boolean omitted = o == ids.size();
                    Role role = omitted ? Role.OMITTED : (keyMask & 1 << o) != 0 ? Role.KEY : Role.DISTRACTOR;
                    int cnt = optCount[slot];
                    OptionalDouble orpb = OptionalDouble.empty();
                    if (yVaries && cnt > 0 && cnt < nj) {
                        double q = (double) cnt / nj;
                        double sUY = optSumT[slot] - optSumX[slot];
                        orpb = OptionalDouble.of(clamp((sUY / nj - q * my) / Math.sqrt(q * (1 - q) * varY)));
                    }
                    String id = omitted ? "" : ids.get(o);
                    options.add(new OptionStats(id, role, cnt, ratio(cnt, nj), optUp[slot], ratio(optUp[slot], gj),
                            optLo[slot], ratio(optLo[slot], gj), orpb));
                    if (role == Role.DISTRACTOR && nj >= 2) {
                        if ((double) cnt / nj < NON_FUNCTIONING_BELOW) {
                            flags.add(new Flag(FlagKind.NON_FUNCTIONING_DISTRACTOR, id, "option " + id + " was chosen by " + cnt + " of "
                                    + nj + " attempts (" + pct((double) cnt / nj) + "), under " + pct(NON_FUNCTIONING_BELOW)));
                        }
                        if (gj > 0 && optUp[slot] > keyUpperMax) {
                            flags.add(new Flag(FlagKind.DISTRACTOR_ATTRACTS_STRONG, id, "option " + id + " was chosen by " + optUp[slot]
                                    + " of the " + gj + " attempts in the upper group, the key (" + keyIds + ") by "
                                    + (item.keyIds().size() == 1 ? "" : "at most ") + keyUpperMax));
                        }
                    }
                }
            }
            out.add(new ItemStats(item.id(), nj, !nonBinary[j], nj == 0 ? OptionalDouble.empty() : OptionalDouble.of(p),
                    rpb, gj, pU, pL, d, aid, options, flags));
        }
        return new Result(table.attemptSelection(), test, out);
    }

    private static void count(int slot, double x, double t, boolean up, boolean lo, int[] optCount, double[] optSumX,
                              double[] optSumT, int[] optUp, int[] optLo) {
        optCount[slot]++;
        optSumX[slot] += x;
        optSumT[slot] += t;
        if (up) optUp[slot]++;
        if (lo) optLo[slot]++;
    }

    /**
     * Attempt indexes ranked by total score, highest first, equal totals in table order. Each total is replaced by
     * its rank among the distinct totals, so one primitive sort of (rank, row) keys does it without boxing.
     */
    static int[] rankByTotal(double[] total) {
        int n = total.length;
        double[] distinct = total.clone();
        Arrays.sort(distinct);
        int m = 0;
        for (int i = 0; i < n; i++) if (m == 0 || distinct[i] != distinct[m - 1]) distinct[m++] = distinct[i];
        long[] keys = new long[n];
        for (int a = 0; a < n; a++) {
            int r = Arrays.binarySearch(distinct, 0, m, total[a]);
            keys[a] = (long) (m - 1 - r) << 32 | a;
        }
        Arrays.sort(keys);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = (int) keys[i];
        return order;
    }

    /** A variance that is zero up to rounding, relative to the mean square of the values. */
    private static boolean zero(double variance, double meanSquare) {
        return variance <= 1e-12 * Math.max(1, meanSquare);
    }

    private static double clamp(double r) {
        return Math.max(-1, Math.min(1, r));
    }

    private static double ratio(int count, int of) {
        return of == 0 ? 0 : (double) count / of;
    }

    private static String f2(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * v);
    }
}
