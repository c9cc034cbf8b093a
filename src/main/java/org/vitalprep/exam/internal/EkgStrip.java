package org.vitalprep.exam.internal;

import org.vitalprep.bank.Question.EkgStripSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthesises a 6-second lead II rhythm strip from a rhythm spec: exact beat timing (so the rate, PR interval
 * and QRS width measured on the grid are the spec's values) and plausible wave shapes. Pure logic: the same spec
 * and seed always give the same strip.
 */
public final class EkgStrip {

    public static final int DURATION_MS = 6000;
    public static final int SAMPLE_MS = 4;

    /** One beat's landmarks in milliseconds from the start of the strip (pOnset is -1 when there is no P wave). */
    public record Beat(int pOnset, int qrsOnset, int qrsEnd, boolean ventricularEctopic) {}

    /** A P wave on its own (non-conducted or dissociated), in ms. */
    public record PWave(int onset) {}

    /**
     * @param millivolts one sample every {@link #SAMPLE_MS} ms
     */
    public record Strip(double[] millivolts, List<Beat> beats, List<PWave> pWaves) {}

    private static final int P_MS = 100;
    private static final double P_MV = 0.15;
    private static final double R_MV = 1.2;

    private final double[] mv = new double[DURATION_MS / SAMPLE_MS + 1];
    private final List<Beat> beats = new ArrayList<>();
    private final List<PWave> pWaves = new ArrayList<>();
    private final Random random;
    private final EkgStripSpec spec;

    private EkgStrip(EkgStripSpec spec) {
        this.spec = spec;
        this.random = new Random(spec.seed());
    }

    public static Strip generate(EkgStripSpec spec) {
        EkgStrip s = new EkgStrip(spec);
        s.build();
        return new Strip(s.mv, List.copyOf(s.beats), List.copyOf(s.pWaves));
    }

    private int rate(int fallback) {
        return spec.rate() != null && spec.rate() > 0 ? spec.rate() : fallback;
    }

    private int pr() {
        return spec.prMs() != null ? spec.prMs() : 160;
    }

    private int qrs(int fallback) {
        return spec.qrsMs() != null ? spec.qrsMs() : fallback;
    }

    private int qt(int rr) {
        if (spec.qtMs() != null) return spec.qtMs();
        return (int) Math.round(400 * Math.sqrt(rr / 1000.0)); // Bazett with QTc 400 ms
    }

    /** Atrial:ventricular ratio, e.g. "4:3" gives {4, 3}. */
    private int[] conduction(int[] fallback) {
        if (spec.conduction() == null) return fallback;
        String[] p = spec.conduction().split(":");
        return new int[]{Integer.parseInt(p[0]), Integer.parseInt(p[1])};
    }

    private void build() {
        switch (spec.rhythm()) {
            case "normal-sinus" -> sinus(rate(75));
            case "sinus-bradycardia" -> sinus(rate(50));
            case "sinus-tachycardia" -> sinus(rate(120));
            case "first-degree-av-block" -> sinus(rate(70));
            case "sinus-with-pvcs" -> sinusWithPvcs(rate(75), spec.ectopy() != null && spec.ectopy().every() != null
                    ? spec.ectopy().every() : 4);
            case "atrial-fibrillation" -> fibrillation(rate(110));
            case "atrial-flutter" -> flutter();
            case "ventricular-tachycardia" -> ventricularTachycardia(rate(170));
            case "ventricular-fibrillation" -> ventricularFibrillation();
            case "asystole" -> asystole();
            case "second-degree-av-block-mobitz-1" -> mobitz(true);
            case "second-degree-av-block-mobitz-2" -> mobitz(false);
            case "third-degree-av-block" -> completeBlock();
            default -> throw new IllegalArgumentException("Unknown rhythm " + spec.rhythm());
        }
        wander();
    }

    /** First event time: a seeded offset so strips do not all start at the same phase. */
    private int start(int period) {
        return 80 + random.nextInt(Math.max(1, period - 80));
    }

    private void sinus(int rate) {
        int rr = Math.round(60000f / rate);
        int pr = pr();
        int first = start(rr) + pr;
        for (int q = first - rr; q < DURATION_MS + rr; q += rr) conducted(q - pr, q, qrs(90), qt(rr));
    }

    private void sinusWithPvcs(int rate, int every) {
        int rr = Math.round(60000f / rate);
        int pr = pr();
        int q = start(rr) + pr - rr;
        int n = random.nextInt(every); // where in the cycle the strip starts
        while (q < DURATION_MS + rr) {
            n++;
            if (n % every == 0) {
                int ectopic = q - rr + (int) (rr * 0.6); // premature
                pvc(ectopic);
                q += rr; // full compensatory pause: the next sinus beat keeps the sinus timing
                continue;
            }
            conducted(q - pr, q, qrs(90), qt(rr));
            q += rr;
        }
    }

    private void fibrillation(int rate) {
        int mean = Math.round(60000f / rate);
        double[] freq = {5.3 + random.nextDouble(), 6.1 + random.nextDouble(), 7.4 + random.nextDouble()};
        double[] phase = {random.nextDouble() * 6.28, random.nextDouble() * 6.28, random.nextDouble() * 6.28};
        for (int i = 0; i < mv.length; i++) {
            double t = i * SAMPLE_MS / 1000.0;
            double f = 0;
            for (int k = 0; k < 3; k++) f += 0.03 * Math.sin(2 * Math.PI * freq[k] * t + phase[k]);
            mv[i] += f;
        }
        int q = start(mean) - mean;
        while (q < DURATION_MS + mean) {
            if (q > -500) qrsAndT(q, qrs(80), qt(mean), false);
            q += (int) (mean * (0.6 + 0.8 * random.nextDouble())); // irregularly irregular
        }
    }

    private void flutter() {
        int atrial = spec.atrialRate() != null ? spec.atrialRate() : 300;
        int ff = Math.round(60000f / atrial);
        int[] ratio = conduction(new int[]{Math.max(1, Math.round((float) atrial / rate(75))), 1});
        int everyNth = ratio[0] / ratio[1];
        int first = start(ff);
        // sawtooth flutter waves: slow down-slope, quick return
        for (int i = 0; i < mv.length; i++) {
            int t = i * SAMPLE_MS;
            double phase = Math.floorMod(t - first, ff) / (double) ff;
            mv[i] += phase < 0.8 ? 0.12 - 0.3 * (phase / 0.8) : -0.18 + 0.3 * ((phase - 0.8) / 0.2);
        }
        int k = 0;
        for (int f = first - ff * everyNth; f < DURATION_MS + ff; f += ff, k++) {
            if (Math.floorMod(k, everyNth) == 0) {
                int q = f + (int) (ff * 0.9);
                qrsAndT(q, qrs(80), qt(ff * everyNth), false);
                pWaves.add(new PWave(f));
            }
        }
    }

    private void ventricularTachycardia(int rate) {
        int rr = Math.round(60000f / rate);
        int w = qrs(160);
        for (int q = start(rr) - rr; q < DURATION_MS + rr; q += rr) {
            wide(q, w, 1.1, -0.5, rr - w);
            if (q + w >= 0 && q <= DURATION_MS) beats.add(new Beat(-1, q, q + w, true));
        }
    }

    private void ventricularFibrillation() {
        int n = 5;
        double[] freq = new double[n], amp = new double[n], phase = new double[n];
        for (int k = 0; k < n; k++) {
            freq[k] = 3.5 + 4 * random.nextDouble();
            amp[k] = 0.12 + 0.2 * random.nextDouble();
            phase[k] = random.nextDouble() * 2 * Math.PI;
        }
        double envPhase = random.nextDouble() * 6.28;
        for (int i = 0; i < mv.length; i++) {
            double t = i * SAMPLE_MS / 1000.0;
            double v = 0;
            for (int k = 0; k < n; k++) v += amp[k] * Math.sin(2 * Math.PI * freq[k] * t + phase[k]);
            mv[i] += v * (0.7 + 0.3 * Math.sin(2 * Math.PI * 0.4 * t + envPhase));
        }
    }

    private void asystole() {
        // a flat line: only the baseline wander added for every strip
    }

    /** Second-degree AV block: Mobitz I (lengthening PR, then a dropped beat) or II (fixed PR, dropped beats). */
    private void mobitz(boolean wenckebach) {
        int[] ratio = conduction(wenckebach ? new int[]{4, 3} : new int[]{3, 2});
        int atrial = spec.atrialRate() != null ? spec.atrialRate()
                : Math.round(rate(60) * ratio[0] / (float) ratio[1]);
        int pp = Math.round(60000f / atrial);
        int pr = pr();
        int w = qrs(wenckebach ? 90 : 120);
        int first = start(pp) - pp * ratio[0];
        int k = 0;
        for (int p = first; p < DURATION_MS + pp; p += pp, k++) {
            int inGroup = Math.floorMod(k, ratio[0]);
            if (inGroup >= ratio[1]) { // blocked P wave
                pWave(p);
                continue;
            }
            int thisPr = wenckebach ? pr + wenckebachIncrement(inGroup) : pr;
            conducted(p, p + thisPr, w, qt(pp));
        }
    }

    /** PR lengthening in a Wenckebach cycle: the biggest step first (e.g. +100, +150, +175 ms). */
    static int wenckebachIncrement(int beatInGroup) {
        int total = 0;
        int step = 100;
        for (int i = 0; i < beatInGroup; i++) {
            total += step;
            step /= 2;
        }
        return total;
    }

    private void completeBlock() {
        int atrial = spec.atrialRate() != null ? spec.atrialRate() : 80;
        int pp = Math.round(60000f / atrial);
        for (int p = start(pp) - pp; p < DURATION_MS + pp; p += pp) pWave(p);
        int rr = Math.round(60000f / rate(40));
        int w = qrs(140);
        for (int q = start(rr) - rr; q < DURATION_MS + rr; q += rr) {
            qrsAndT(q, w, qt(rr), w >= 120);
        }
    }

    private void conducted(int pOnset, int qrsOnset, int qrsMs, int qtMs) {
        addP(pOnset);
        qrsAndT(qrsOnset, qrsMs, qtMs, false);
        if (qrsOnset + qrsMs >= 0 && qrsOnset <= DURATION_MS) {
            beats.set(beats.size() - 1, new Beat(pOnset, qrsOnset, qrsOnset + qrsMs, false));
        }
    }

    private void pWave(int onset) {
        addP(onset);
        if (onset + P_MS >= 0 && onset <= DURATION_MS) pWaves.add(new PWave(onset));
    }

    private void addP(int onset) {
        for (int t = Math.max(0, onset); t <= Math.min(DURATION_MS, onset + P_MS); t += SAMPLE_MS) {
            double x = (t - onset) / (double) P_MS;
            mv[t / SAMPLE_MS] += P_MV * (1 - Math.cos(2 * Math.PI * x)) / 2;
        }
    }

    private void pvc(int onset) {
        int w = 150;
        wide(onset, w, 1.4, -0.45, 360);
        if (onset + w >= 0 && onset <= DURATION_MS) beats.add(new Beat(-1, onset, onset + w, true));
    }

    /** A narrow or wide QRS complex followed by its T wave; records the beat. */
    private void qrsAndT(int onset, int w, int qtMs, boolean wideComplex) {
        if (wideComplex) {
            wide(onset, w, 1.0, -0.35, Math.max(200, qtMs - w));
        } else {
            polyline(onset, new double[][]{{0, 0}, {0.15, -0.1}, {0.45, R_MV}, {0.75, -0.3}, {1.0, 0}}, w);
            int st = (int) ((qtMs - w) * 0.3);
            int tDur = Math.max(80, qtMs - w - st);
            bump(onset + w + st, tDur, 0.3);
        }
        if (onset + w >= 0 && onset <= DURATION_MS) beats.add(new Beat(-1, onset, onset + w, false));
    }

    /** A wide, bizarre ventricular complex with a discordant T wave. */
    private void wide(int onset, int w, double peak, double tAmp, int tDur) {
        polyline(onset, new double[][]{{0, 0}, {0.35, peak}, {0.7, peak * 0.2}, {0.85, -0.25}, {1.0, 0}}, w);
        bump(onset + w + 20, Math.max(80, Math.min(tDur, 320)), tAmp);
    }

    private void bump(int onset, int duration, double amplitude) {
        for (int t = Math.max(0, onset); t <= Math.min(DURATION_MS, onset + duration); t += SAMPLE_MS) {
            double x = (t - onset) / (double) duration;
            mv[t / SAMPLE_MS] += amplitude * (1 - Math.cos(2 * Math.PI * x)) / 2;
        }
    }

    /** Piecewise-linear shape given as (fraction of duration, mV) points. */
    private void polyline(int onset, double[][] points, int duration) {
        for (int t = Math.max(0, onset); t <= Math.min(DURATION_MS, onset + duration); t += SAMPLE_MS) {
            double x = (t - onset) / (double) duration;
            for (int k = 1; k < points.length; k++) {
                if (x <= points[k][0]) {
                    double f = (x - points[k - 1][0]) / (points[k][0] - points[k - 1][0]);
                    mv[t / SAMPLE_MS] += points[k - 1][1] + f * (points[k][1] - points[k - 1][1]);
                    break;
                }
            }
        }
    }

    /** A slight, slow baseline wander so the strip looks recorded, not drawn (well under one small box). */
    private void wander() {
        double phase = random.nextDouble() * 6.28;
        for (int i = 0; i < mv.length; i++) {
            mv[i] += 0.015 * Math.sin(2 * Math.PI * 0.25 * i * SAMPLE_MS / 1000.0 + phase);
        }
    }
}
