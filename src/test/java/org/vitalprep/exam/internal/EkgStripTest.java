package org.vitalprep.exam.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vitalprep.bank.Question.Ectopy;
import org.vitalprep.bank.Question.EkgStripSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A learner measuring on the grid must get the spec's values: rate from the R-R interval, PR from P onset to QRS
 * onset, QRS width. Measured here from the samples, the way a learner measures the drawing.
 */
class EkgStripTest {

    static EkgStripSpec spec(String rhythm, Integer rate, Integer atrial, Integer pr, Integer qrs, Ectopy ectopy,
                             String conduction, long seed) {
        return new EkgStripSpec(rhythm, rate, atrial, pr, qrs, null, null, ectopy, conduction, seed);
    }

    /** R peaks found in the samples: local maxima above 0.7 mV, at least 200 ms apart. */
    static List<Integer> rPeaks(EkgStrip.Strip s) {
        double[] mv = s.millivolts();
        List<Integer> peaks = new ArrayList<>();
        for (int i = 1; i < mv.length - 1; i++) {
            if (mv[i] > 0.7 && mv[i] >= mv[i - 1] && mv[i] > mv[i + 1]) {
                int t = i * EkgStrip.SAMPLE_MS;
                if (peaks.isEmpty() || t - peaks.getLast() > 200) peaks.add(t);
            }
        }
        return peaks;
    }

    static double rateFromPeaks(List<Integer> peaks) {
        double meanRr = (peaks.getLast() - peaks.getFirst()) / (double) (peaks.size() - 1);
        return 60000 / meanRr;
    }

    @ParameterizedTest
    @ValueSource(ints = {48, 60, 75, 100, 125, 150})
    void sinusRateMeasuresAsSpecified(int rate) {
        String rhythm = rate < 60 ? "sinus-bradycardia" : rate > 100 ? "sinus-tachycardia" : "normal-sinus";
        EkgStrip.Strip s = EkgStrip.generate(spec(rhythm, rate, null, 160, 90, null, null, rate));
        assertThat(rateFromPeaks(rPeaks(s))).isCloseTo(rate, within(1.0));
        // the 6-second method: QRS complexes on the strip x 10 is within one beat of the rate
        assertThat(s.beats().size() * 10).isCloseTo(rate, within(12));
    }

    @Test
    void prIntervalAndQrsWidthMeasureAsSpecified() {
        EkgStrip.Strip s = EkgStrip.generate(spec("first-degree-av-block", 70, null, 280, 100, null, null, 3));
        for (EkgStrip.Beat b : s.beats()) {
            if (b.pOnset() < 0) continue;
            assertThat(b.qrsOnset() - b.pOnset()).isEqualTo(280);
            assertThat(b.qrsEnd() - b.qrsOnset()).isEqualTo(100);
        }
        // and in the samples: the trace leaves the baseline at P onset and is back on it before the QRS
        EkgStrip.Beat b = s.beats().stream().filter(x -> x.pOnset() > 200).findFirst().orElseThrow();
        double[] mv = s.millivolts();
        double before = mv[(b.pOnset() - 20) / EkgStrip.SAMPLE_MS];
        double peakP = mv[(b.pOnset() + 50) / EkgStrip.SAMPLE_MS];
        assertThat(peakP - before).isGreaterThan(0.1);
        assertThat(Math.abs(mv[(b.qrsOnset() - 8) / EkgStrip.SAMPLE_MS] - before)).isLessThan(0.03);
    }

    @Test
    void atrialFibrillationIsIrregularWithoutPWaves() {
        EkgStrip.Strip s = EkgStrip.generate(spec("atrial-fibrillation", 110, null, null, 80, null, null, 204));
        List<Integer> peaks = rPeaks(s);
        List<Integer> rr = new ArrayList<>();
        for (int i = 1; i < peaks.size(); i++) rr.add(peaks.get(i) - peaks.get(i - 1));
        assertThat(rr.stream().mapToInt(Integer::intValue).max().orElseThrow()
                - rr.stream().mapToInt(Integer::intValue).min().orElseThrow()).isGreaterThan(120);
        assertThat(s.beats()).allMatch(b -> b.pOnset() < 0);
        assertThat(rateFromPeaks(peaks)).isBetween(80.0, 140.0);
    }

    @Test
    void flutterConductsEveryFourthWave() {
        EkgStrip.Strip s = EkgStrip.generate(spec("atrial-flutter", 75, 300, null, 80, null, "4:1", 205));
        assertThat(rateFromPeaks(rPeaks(s))).isCloseTo(75, within(1.0));
    }

    @Test
    void pvcsAreWidePrematureAndWithoutP() {
        EkgStrip.Strip s = EkgStrip.generate(spec("sinus-with-pvcs", 78, null, 160, 90, new Ectopy("pvc", 4), null, 301));
        List<EkgStrip.Beat> pvcs = s.beats().stream().filter(EkgStrip.Beat::ventricularEctopic).toList();
        assertThat(pvcs).isNotEmpty().allMatch(b -> b.pOnset() < 0 && b.qrsEnd() - b.qrsOnset() >= 120);
        assertThat(s.beats().stream().filter(b -> !b.ventricularEctopic()))
                .allMatch(b -> b.qrsOnset() - b.pOnset() == 160);
    }

    @Test
    void ventricularTachycardiaIsFastAndWide() {
        EkgStrip.Strip s = EkgStrip.generate(spec("ventricular-tachycardia", 170, null, null, 160, null, null, 303));
        assertThat(rateFromPeaks(rPeaks(s))).isCloseTo(170, within(2.0));
        assertThat(s.beats()).allMatch(b -> b.qrsEnd() - b.qrsOnset() == 160 && b.pOnset() < 0);
    }

    @Test
    void fibrillationAndAsystoleHaveNoComplexes() {
        EkgStrip.Strip vf = EkgStrip.generate(spec("ventricular-fibrillation", null, null, null, null, null, null, 304));
        assertThat(vf.beats()).isEmpty();
        double range = 0;
        for (double v : vf.millivolts()) range = Math.max(range, Math.abs(v));
        assertThat(range).isGreaterThan(0.2);
        EkgStrip.Strip flat = EkgStrip.generate(spec("asystole", 0, null, null, null, null, null, 305));
        assertThat(flat.beats()).isEmpty();
        for (double v : flat.millivolts()) assertThat(Math.abs(v)).isLessThan(0.05);
    }

    @Test
    void mobitzOneLengthensThePrThenDropsABeat() {
        EkgStrip.Strip s = EkgStrip.generate(spec("second-degree-av-block-mobitz-1", 63, 84, 180, 90, null, "4:3", 307));
        List<Integer> prs = s.beats().stream().filter(b -> b.pOnset() >= 0).map(b -> b.qrsOnset() - b.pOnset()).toList();
        assertThat(prs).contains(180, 280, 330);
        assertThat(s.pWaves()).isNotEmpty(); // the blocked P waves
        assertThat(EkgStrip.wenckebachIncrement(0)).isZero();
        assertThat(EkgStrip.wenckebachIncrement(2)).isEqualTo(150);
    }

    @Test
    void mobitzTwoKeepsThePrAndDropsBeats() {
        EkgStrip.Strip s = EkgStrip.generate(spec("second-degree-av-block-mobitz-2", 60, 90, 180, 130, null, "3:2", 308));
        assertThat(s.beats().stream().filter(b -> b.pOnset() >= 0)).allMatch(b -> b.qrsOnset() - b.pOnset() == 180);
        assertThat(s.pWaves()).isNotEmpty();
    }

    @Test
    void completeBlockDissociatesPWavesFromQrs() {
        EkgStrip.Strip s = EkgStrip.generate(spec("third-degree-av-block", 36, 90, null, 140, null, null, 309));
        assertThat(s.beats()).allMatch(b -> b.pOnset() < 0);
        assertThat(s.pWaves().size()).isBetween(8, 10); // 90/min over 6 s
        assertThat(s.beats().size()).isBetween(3, 4); // 36/min over 6 s
    }

    @Test
    void theSameSeedGivesTheSameStrip() {
        var a = EkgStrip.generate(spec("atrial-fibrillation", 110, null, null, 80, null, null, 9));
        var b = EkgStrip.generate(spec("atrial-fibrillation", 110, null, null, 80, null, null, 9));
        var c = EkgStrip.generate(spec("atrial-fibrillation", 110, null, null, 80, null, null, 10));
        assertThat(a.millivolts()).containsExactly(b.millivolts());
        assertThat(a.millivolts()).isNotEqualTo(c.millivolts());
    }

    @Test
    void theSvgUsesStandardPaperAndRevealsNoRhythmName() throws Exception {
        String svg = EkgSvg.render(EkgStrip.generate(spec("sinus-bradycardia", 48, null, 160, 90, null, null, 7)),
                "Six-second lead II rhythm strip");
        assertThat(svg).contains("viewBox=\"0 0 150 30\"").contains("<polyline").doesNotContainIgnoringCase("brady");
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/ekg-sample.svg"), svg);
        // one drawing per rhythm, to look at (target/ekg/*.svg)
        Files.createDirectories(Path.of("target/ekg"));
        List<EkgStripSpec> all = List.of(spec("normal-sinus", 78, null, 160, 86, null, null, 201),
                spec("atrial-fibrillation", 110, null, null, 80, null, null, 204),
                spec("atrial-flutter", 75, 300, null, 84, null, "4:1", 205),
                spec("sinus-with-pvcs", 78, null, 160, 90, new Ectopy("pvc", 4), null, 301),
                spec("ventricular-tachycardia", 170, null, null, 160, null, null, 303),
                spec("ventricular-fibrillation", null, null, null, null, null, null, 304),
                spec("second-degree-av-block-mobitz-1", 63, 84, 180, 90, null, "4:3", 307),
                spec("second-degree-av-block-mobitz-2", 60, 90, 180, 130, null, "3:2", 308),
                spec("third-degree-av-block", 36, 90, null, 140, null, null, 309));
        for (EkgStripSpec sp : all) {
            Files.writeString(Path.of("target/ekg/" + sp.rhythm() + ".svg"), EkgSvg.render(EkgStrip.generate(sp), "strip"));
        }
    }
}
