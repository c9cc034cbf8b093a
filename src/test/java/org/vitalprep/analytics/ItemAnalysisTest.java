package org.vitalprep.analytics;

import org.junit.jupiter.api.Test;
import org.vitalprep.analytics.ItemAnalysis.FlagKind;
import org.vitalprep.analytics.ItemAnalysis.ItemStats;
import org.vitalprep.analytics.ItemAnalysis.OptionStats;
import org.vitalprep.analytics.ItemAnalysis.Result;
import org.vitalprep.analytics.ItemAnalysis.Role;
import org.vitalprep.analytics.ItemAnalysis.TestStats;
import org.vitalprep.analytics.ResponseTable.Item;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

class ItemAnalysisTest {

    static final double EXACT = 1e-9;
    static final List<String> ABCD = List.of("A", "B", "C", "D");

    // ---------------------------------------------------------------------------------------------------------
    // Worked datasets, checked against an independent reference

    /*
     * Output of `python3 src/test/resources/analytics/worked_dataset.py` (plain Python, no numpy; it computes every
     * statistic from its definition: explicit lists, two-pass variances, an explicit sort for the groups). The test
     * prints the Java result in the same format and compares it line by line, numbers to 1e-9.
     */
    static final String WORKED = """
            file worked_dataset.csv: 10 attempts x 5 items
            item Q1: n=10 p=0.3 pbis=0.5867386940384681 g=3 pU=1.0 pL=0.0 D=1.0
              option A distractor: count=2 prop=0.2 upper=0 lower=1 pbis=-0.19205531989934396
              option B key: count=3 prop=0.3 upper=3 lower=0 pbis=0.5867386940384681
              option C distractor: count=2 prop=0.2 upper=0 lower=2 pbis=-0.8322397195638238
              option D distractor: count=3 prop=0.3 upper=0 lower=0 pbis=0.307339315924912
              option omitted omitted: count=0 prop=0.0 upper=0 lower=0 pbis=undefined
              flags -
            item Q2: n=10 p=0.1 pbis=0.16265001215808883 g=3 pU=0.3333333333333333 pL=0.0 D=0.3333333333333333
              option A distractor: count=2 prop=0.2 upper=2 lower=0 pbis=0.7319250547113998
              option B distractor: count=4 prop=0.4 upper=0 lower=1 pbis=-0.19920476822239888
              option C key: count=1 prop=0.1 upper=1 lower=0 pbis=0.16265001215808883
              option D distractor: count=3 prop=0.3 upper=0 lower=2 pbis=-0.5323971374999497
              option omitted omitted: count=0 prop=0.0 upper=0 lower=0 pbis=undefined
              flags TOO_HARD WEAK_DISCRIMINATION DISTRACTOR_ATTRACTS_STRONG:A
            item Q3: n=10 p=0.5 pbis=-0.4096159602595202 g=3 pU=0.3333333333333333 pL=0.3333333333333333 D=0.0
              option A key: count=5 prop=0.5 upper=1 lower=1 pbis=-0.4096159602595202
              option B distractor: count=3 prop=0.3 upper=0 lower=2 pbis=-0.2324023797025388
              option C distractor: count=2 prop=0.2 upper=2 lower=0 pbis=0.7782703244930883
              option D distractor: count=0 prop=0.0 upper=0 lower=0 pbis=undefined
              option omitted omitted: count=0 prop=0.0 upper=0 lower=0 pbis=undefined
              flags NEGATIVE_DISCRIMINATION DISTRACTOR_ATTRACTS_STRONG:C NON_FUNCTIONING_DISTRACTOR:D
            item Q4: n=10 p=0.5 pbis=0.7142857142857144 g=3 pU=1.0 pL=0.0 D=1.0
              option A distractor: count=0 prop=0.0 upper=0 lower=0 pbis=undefined
              option B distractor: count=2 prop=0.2 upper=0 lower=1 pbis=-0.07142857142857142
              option C distractor: count=3 prop=0.3 upper=0 lower=2 pbis=-0.7170016393468323
              option D key: count=5 prop=0.5 upper=3 lower=0 pbis=0.7142857142857144
              option omitted omitted: count=0 prop=0.0 upper=0 lower=0 pbis=undefined
              flags NON_FUNCTIONING_DISTRACTOR:A
            item Q5: n=10 p=0.2 pbis=0.049029033784545956 g=3 pU=0.3333333333333333 pL=0.0 D=0.3333333333333333
              option A distractor: count=1 prop=0.1 upper=0 lower=1 pbis=-0.4576043153224293
              option B key: count=2 prop=0.2 upper=1 lower=0 pbis=0.049029033784545956
              option C distractor: count=2 prop=0.2 upper=1 lower=0 pbis=0.294174202707276
              option D distractor: count=4 prop=0.4 upper=0 lower=2 pbis=-0.3202563076101742
              option omitted omitted: count=1 prop=0.1 upper=1 lower=0 pbis=0.5229763603684907
              flags WEAK_DISCRIMINATION
            test: attempts=10 items=5 mean=1.6 sd=1.1135528725660044 complete=10
            reliability: completeSd=1.1135528725660044 alpha=0.2822580645161289 kr20=0.2822580645161289 sem=0.9433981132056605
              alpha without Q1: -0.30601092896174864
              alpha without Q2: 0.22857142857142865
              alpha without Q3: 0.697986577181208
              alpha without Q4: -0.5986394557823133
              alpha without Q5: 0.30769230769230793
            """;

    /* Output of `python3 src/test/resources/analytics/worked_dataset.py worked_dataset_sparse.csv` (same directory). */
    static final String WORKED_SPARSE = """
            file worked_dataset_sparse.csv: 10 attempts x 4 items
            item Q1: n=10 p=0.6 pbis=0.6056631657287871 g=3 pU=1.0 pL=0.0 D=1.0
              option A key: count=6 prop=0.6 upper=3 lower=0 pbis=0.6056631657287871
              option B distractor: count=2 prop=0.2 upper=0 lower=2 pbis=-0.4288432136349009
              option C distractor: count=1 prop=0.1 upper=0 lower=0 pbis=-0.20862642825481664
              option D distractor: count=1 prop=0.1 upper=0 lower=1 pbis=-0.20862642825481664
              option omitted omitted: count=0 prop=0.0 upper=0 lower=0 pbis=undefined
              flags -
            item Q2: n=8 p=0.5625 pbis=0.611047812825809 g=3 pU=0.8333333333333334 pL=0.3333333333333333 D=0.5
              option A key: count=5 prop=0.625 upper=3 lower=1 pbis=0.6021186066543707
              option B distractor: count=1 prop=0.125 upper=0 lower=0 pbis=0.0
              option C key: count=5 prop=0.625 upper=2 lower=2 pbis=0.054738055150397334
              option D distractor: count=1 prop=0.125 upper=0 lower=1 pbis=-0.48076984812900236
              option E distractor: count=0 prop=0.0 upper=0 lower=0 pbis=undefined
              option omitted omitted: count=1 prop=0.125 upper=0 lower=1 pbis=-0.40064154010750197
              flags NON_FUNCTIONING_DISTRACTOR:E
            item Q3: n=8 p=0.40625 pbis=0.8487448895102198 g=3 pU=0.75 pL=0.16666666666666666 D=0.5833333333333334
              flags -
            item Q4: n=8 p=0.5 pbis=0.9530251207255478 g=3 pU=1.0 pL=0.0 D=1.0
              option A distractor: count=2 prop=0.25 upper=0 lower=2 pbis=-0.6169237718129913
              option B distractor: count=1 prop=0.125 upper=0 lower=0 pbis=-0.3165478632747884
              option C key: count=4 prop=0.5 upper=3 lower=0 pbis=0.9530251207255478
              option omitted omitted: count=1 prop=0.125 upper=0 lower=1 pbis=-0.3165478632747884
              flags -
            test: attempts=10 items=4 mean=1.775 sd=1.4293792358922806 complete=6
            reliability: completeSd=1.613743060919757 alpha=0.9457777777777778 kr20=undefined sem=0.375770812735241
              alpha without Q1: 0.9016393442622951
              alpha without Q2: 0.9692307692307691
              alpha without Q3: 0.9270386266094419
              alpha without Q4: 0.9016393442622951
            """;

    @Test
    void workedDatasetMatchesTheReferenceScript() throws IOException {
        Result r = ItemAnalysis.analyze(load("worked_dataset.csv"));
        assertSameReport(report("worked_dataset.csv", r), WORKED);

        // the same figures, read as an instructor would
        assertThat(r.attemptSelection()).isEqualTo(ResponseTable.FIRST_ATTEMPTS);
        TestStats t = r.test();
        assertThat(t.attempts()).isEqualTo(10);
        assertThat(t.completeCases()).isEqualTo(10);
        assertThat(t.dichotomous()).isTrue();
        assertThat(t.meanTotal().getAsDouble()).isCloseTo(1.6, within(EXACT));
        assertThat(t.kr20().getAsDouble()).isCloseTo(0.2822580645161289, within(EXACT));
        assertThat(t.alpha().getAsDouble()).isCloseTo(t.kr20().getAsDouble(), within(1e-12));
        assertThat(t.sem().getAsDouble()).isCloseTo(t.sdTotal().getAsDouble() * Math.sqrt(1 - t.alpha().getAsDouble()), within(1e-12));
        ItemStats q1 = r.item("Q1");
        assertThat(q1.facility().getAsDouble()).isCloseTo(0.3, within(EXACT));
        assertThat(q1.discrimination().getAsDouble()).isCloseTo(1.0, within(EXACT));
        assertThat(q1.groupSize()).isEqualTo(3);
        assertThat(q1.flags()).isEmpty();
        assertThat(q1.option("B").role()).isEqualTo(Role.KEY);
        // the key's option point-biserial is the item's point-biserial for a one-key 0/1 item
        assertThat(q1.option("B").pointBiserial().getAsDouble()).isCloseTo(q1.pointBiserial().getAsDouble(), within(1e-12));
        assertThat(kinds(r.item("Q2"))).containsExactly("TOO_HARD", "WEAK_DISCRIMINATION", "DISTRACTOR_ATTRACTS_STRONG:A");
        assertThat(kinds(r.item("Q3"))).containsExactly("NEGATIVE_DISCRIMINATION", "DISTRACTOR_ATTRACTS_STRONG:C", "NON_FUNCTIONING_DISTRACTOR:D");
        assertThat(kinds(r.item("Q4"))).containsExactly("NON_FUNCTIONING_DISTRACTOR:A");
        // p = 0.20 exactly is not "too hard" (the rule is p < 0.20)
        assertThat(r.item("Q5").facility().getAsDouble()).isEqualTo(0.2);
        assertThat(kinds(r.item("Q5"))).containsExactly("WEAK_DISCRIMINATION");
        assertThat(r.item("Q5").omitted().count()).isEqualTo(1);
        assertThat(r.item("Q3").flags().get(0).reason()).contains("check the key");
        assertThat(r.item("Q3").flags().get(1).reason())
                .isEqualTo("option C was chosen by 2 of the 3 attempts in the upper group, the key (A) by 1");
        assertThat(r.item("Q4").flags().get(0).reason()).isEqualTo("option A was chosen by 0 of 10 attempts (0.0%), under 5.0%");
        assertNoNaN(r);
    }

    @Test
    void sparseWorkedDatasetWithPartialCreditMatchesTheReferenceScript() throws IOException {
        Result r = ItemAnalysis.analyze(load("worked_dataset_sparse.csv"));
        assertSameReport(report("worked_dataset_sparse.csv", r), WORKED_SPARSE);

        TestStats t = r.test();
        assertThat(t.completeCases()).isEqualTo(6);
        assertThat(t.dichotomous()).isFalse();
        assertThat(t.kr20()).isEmpty();
        assertThat(t.alpha().getAsDouble()).isCloseTo(0.9457777777777778, within(EXACT));
        assertThat(t.notes()).anyMatch(n -> n.contains("KR-20 does not apply"));
        assertThat(r.item("Q2").n()).isEqualTo(8);
        assertThat(r.item("Q2").dichotomous()).isFalse();
        assertThat(r.item("Q3").options()).isEmpty();          // no options: scores only
        assertNoNaN(r);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Published examples

    /** LSAT section 6 (Bock & Lieberman 1970; ltm's LSAT, mirt's LSAT6), N = 1000, as response patterns with counts. */
    static final String LSAT6 = "00000 3, 00001 6, 00010 2, 00011 11, 00100 1, 00101 1, 00110 3, 00111 4, 01000 1, "
            + "01001 8, 01011 16, 01101 3, 01110 2, 01111 15, 10000 10, 10001 29, 10010 14, 10011 81, 10100 3, "
            + "10101 28, 10110 15, 10111 80, 11000 16, 11001 56, 11010 21, 11011 173, 11100 11, 11101 61, "
            + "11110 28, 11111 298";

    /**
     * R's ltm on the LSAT data: {@code cronbach.alpha(LSAT)} prints alpha 0.295 and {@code descript(LSAT)} alpha
     * 0.29 with all items and 0.28, 0.24, 0.22, 0.25, 0.27 excluding items 1 to 5. Recorded in RKWard's regression
     * tests (KDE/rkward, tests/item_response_theory/RKTestStandard.Cronbach_alpha.rkout and Cronbach_alpha.rkout).
     * For 0/1 items KR-20 is the same number.
     */
    @Test
    void lsatReproducesLtmsCronbachAlpha() {
        List<Item> items = new ArrayList<>();
        for (int j = 1; j <= 5; j++) items.add(Item.scoreOnly("Item " + j));
        ResponseTable.Builder b = ResponseTable.builder(items, ResponseTable.ALL_ATTEMPTS);
        for (String entry : LSAT6.split(", ")) {
            String[] parts = entry.split(" ");
            for (int c = Integer.parseInt(parts[1]); c > 0; c--) {
                b.attempt();
                for (int j = 0; j < 5; j++) b.answer("Item " + (j + 1), parts[0].charAt(j) - '0');
            }
        }
        Result r = ItemAnalysis.analyze(b.build());
        assertThat(r.test().attempts()).isEqualTo(1000);
        assertThat(r.test().completeCases()).isEqualTo(1000);
        assertThat(r.test().alpha().getAsDouble()).isCloseTo(0.295, within(0.0005));
        assertThat(r.test().kr20().getAsDouble()).isCloseTo(r.test().alpha().getAsDouble(), within(1e-12));
        double[] excluding = {0.28, 0.24, 0.22, 0.25, 0.27};
        for (int j = 0; j < 5; j++) {
            assertThat(r.items().get(j).alphaIfDeleted().getAsDouble()).as("alpha without item %d", j + 1)
                    .isCloseTo(excluding[j], within(0.005));
        }
    }

    /**
     * Karl Wuensch's KR-20 handout (East Carolina University, core.ecu.edu/wuenschk/StatHelp/KR20.txt): ten students,
     * ten 0/1 items. The page prints each item's p and pq (summing to 2.18) and the variance of the totals, 5.84
     * (population), and leaves the last step, KR-20 = 10/9 (1 - 2.18 / 5.84) = 0.6963, to the reader.
     */
    @Test
    void wuenschKr20Example() {
        String[] rows = {"1111110110", "1011011101", "1111011001", "0010001000", "0000010010",
                "1110111111", "1101110111", "1111111101", "0101111101", "1101101110"};
        List<Item> items = new ArrayList<>();
        for (int j = 1; j <= 10; j++) items.add(Item.scoreOnly("i" + j));
        ResponseTable.Builder b = ResponseTable.builder(items, ResponseTable.FIRST_ATTEMPTS);
        for (String row : rows) {
            b.attempt();
            for (int j = 0; j < 10; j++) b.answer("i" + (j + 1), row.charAt(j) - '0');
        }
        Result r = ItemAnalysis.analyze(b.build());
        double[] p = {.7, .7, .6, .7, .6, .8, .7, .7, .5, .6};
        for (int j = 0; j < 10; j++) assertThat(r.items().get(j).facility().getAsDouble()).isCloseTo(p[j], within(1e-12));
        double sd = r.test().sdTotal().getAsDouble();
        assertThat(sd * sd).isCloseTo(5.84, within(1e-12));
        assertThat(r.test().meanTotal().getAsDouble()).isCloseTo(6.6, within(1e-12));
        double published = 10.0 / 9 * (1 - 2.18 / 5.84);
        assertThat(r.test().kr20().getAsDouble()).isCloseTo(published, within(1e-12));
        assertThat(r.test().kr20().getAsDouble()).isCloseTo(0.6963, within(0.00005));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Edge cases

    @Test
    void allCorrect() {
        ResponseTable.Builder b = ResponseTable.builder(threeChoiceItems(), ResponseTable.FIRST_ATTEMPTS);
        for (int a = 0; a < 6; a++) b.attempt().answer("q1", 1, "A").answer("q2", 1, "B").answer("q3", 1, "C");
        Result r = ItemAnalysis.analyze(b.build());
        for (ItemStats i : r.items()) {
            assertThat(i.facility().getAsDouble()).isEqualTo(1.0);
            assertThat(i.pointBiserial()).isEmpty();
            assertThat(i.discrimination().getAsDouble()).isEqualTo(0.0);
            assertThat(kinds(i)).contains("TOO_EASY", "NOT_ENOUGH_DATA");
            assertThat(i.flags().stream().filter(f -> f.kind() == FlagKind.NOT_ENOUGH_DATA).findFirst().orElseThrow().reason())
                    .isEqualTo("all 6 attempts scored the same on it, so the point-biserial is undefined");
            assertThat(i.options().stream().filter(o -> o.role() == Role.DISTRACTOR))
                    .allSatisfy(o -> assertThat(o.count()).isZero());
        }
        TestStats t = r.test();
        assertThat(t.meanTotal().getAsDouble()).isEqualTo(3.0);
        assertThat(t.sdTotal().getAsDouble()).isEqualTo(0.0);
        assertThat(t.alpha()).isEmpty();
        assertThat(t.kr20()).isEmpty();
        assertThat(t.sem()).isEmpty();
        assertThat(t.notes()).anyMatch(n -> n.contains("do not vary"));
        assertNoNaN(r);
    }

    @Test
    void allWrong() {
        ResponseTable.Builder b = ResponseTable.builder(threeChoiceItems(), ResponseTable.FIRST_ATTEMPTS);
        for (int a = 0; a < 5; a++) b.attempt().answer("q1", 0, "B").answer("q2", 0, "C").answer("q3", 0);
        Result r = ItemAnalysis.analyze(b.build());
        ItemStats q1 = r.item("q1");
        assertThat(q1.facility().getAsDouble()).isEqualTo(0.0);
        assertThat(q1.groupSize()).isEqualTo(2);             // ceil(0.27 * 5)
        // B took everyone, including the whole upper group, and the key nobody
        assertThat(kinds(q1)).containsExactly("TOO_HARD", "NOT_ENOUGH_DATA", "DISTRACTOR_ATTRACTS_STRONG:B",
                "NON_FUNCTIONING_DISTRACTOR:C", "NON_FUNCTIONING_DISTRACTOR:D");
        assertThat(r.item("q3").omitted().count()).isEqualTo(5);
        assertThat(r.item("q3").omitted().proportion()).isEqualTo(1.0);
        assertThat(r.test().alpha()).isEmpty();
        assertNoNaN(r);
    }

    @Test
    void singleAttempt() {
        Result r = ItemAnalysis.analyze(ResponseTable.builder(threeChoiceItems(), ResponseTable.FIRST_ATTEMPTS)
                .attempt().answer("q1", 1, "A").answer("q2", 0, "A").answer("q3", 1, "C").build());
        TestStats t = r.test();
        assertThat(t.meanTotal().getAsDouble()).isEqualTo(2.0);
        assertThat(t.sdTotal()).isEmpty();
        assertThat(t.completeCases()).isEqualTo(1);
        assertThat(t.alpha()).isEmpty();
        assertThat(t.notes()).anyMatch(n -> n.contains("at least 2 complete cases"));
        for (ItemStats i : r.items()) {
            assertThat(i.n()).isEqualTo(1);
            assertThat(i.facility()).isPresent();
            assertThat(i.pointBiserial()).isEmpty();
            assertThat(i.discrimination()).isEmpty();
            assertThat(i.groupSize()).isZero();
            assertThat(i.flags()).extracting(ItemAnalysis.Flag::reason)
                    .containsExactly("presented to 1 attempt; item statistics need at least 2");
        }
        assertNoNaN(r);
    }

    @Test
    void noAttemptsAndNoItems() {
        Result empty = ItemAnalysis.analyze(ResponseTable.builder(threeChoiceItems(), ResponseTable.ALL_ATTEMPTS).build());
        assertThat(empty.test().attempts()).isZero();
        assertThat(empty.test().meanTotal()).isEmpty();
        assertThat(empty.items()).allSatisfy(i -> {
            assertThat(i.n()).isZero();
            assertThat(i.facility()).isEmpty();
            assertThat(i.options()).allSatisfy(o -> assertThat(o.proportion()).isZero());
        });
        assertNoNaN(empty);

        Result noItems = ItemAnalysis.analyze(ResponseTable.builder(List.of(), ResponseTable.ALL_ATTEMPTS).attempt().attempt().build());
        assertThat(noItems.test().sdTotal().getAsDouble()).isZero();
        assertThat(noItems.test().notes()).anyMatch(n -> n.contains("at least 2 items"));
        assertNoNaN(noItems);
    }

    @Test
    void oneItemHasNoRestScore() {
        ResponseTable.Builder b = ResponseTable.builder(List.of(Item.choice("q", ABCD, "A")), ResponseTable.FIRST_ATTEMPTS);
        b.attempt().answer("q", 1, "A").attempt().answer("q", 0, "B").attempt().answer("q", 1, "A");
        Result r = ItemAnalysis.analyze(b.build());
        assertThat(r.item("q").pointBiserial()).isEmpty();
        assertThat(r.item("q").flags()).extracting(ItemAnalysis.Flag::reason)
                .contains("all 3 attempts had the same score on the other items, so the point-biserial is undefined");
        assertThat(r.test().alpha()).isEmpty();
        assertThat(r.test().notes()).anyMatch(n -> n.contains("at least 2 items"));
        assertNoNaN(r);
    }

    @Test
    void itemsNotPresentedToSomeAttempts() {
        // q3 is presented to attempts 0 and 2 only; the rest score of an attempt counts only what it was presented
        List<Item> items = List.of(Item.scoreOnly("q1"), Item.scoreOnly("q2"), Item.scoreOnly("q3"), Item.scoreOnly("never"));
        ResponseTable t = ResponseTable.builder(items, ResponseTable.ALL_ATTEMPTS)
                .attempt().answer("q1", 1).answer("q2", 1).answer("q3", 1)
                .attempt().answer("q1", 1).answer("q2", 0)
                .attempt().answer("q1", 0).answer("q2", 0).answer("q3", 0)
                .attempt().answer("q1", 0).answer("q2", 1)
                .build();
        assertThat(t.presented(1, 2)).isFalse();
        assertThat(t.score(1, 2)).isNaN();
        Result r = ItemAnalysis.analyze(t);
        assertThat(r.item("q1").n()).isEqualTo(4);
        assertThat(r.item("q3").n()).isEqualTo(2);
        // q3 over attempts 0 and 2: scores (1, 0), rest scores (2, 0): r = 1
        assertThat(r.item("q3").pointBiserial().getAsDouble()).isCloseTo(1.0, within(EXACT));
        assertThat(r.item("q3").groupSize()).isEqualTo(1);
        assertThat(r.item("q3").discrimination().getAsDouble()).isEqualTo(1.0);
        // q1: scores (1, 1, 0, 0), rest (2, 0, 0, 1): cov 0.125, variances 0.25 and 0.6875
        assertThat(r.item("q1").pointBiserial().getAsDouble()).isCloseTo(0.125 / (0.5 * Math.sqrt(0.6875)), within(EXACT));
        ItemStats never = r.item("never");
        assertThat(never.n()).isZero();
        assertThat(never.facility()).isEmpty();
        assertThat(kinds(never)).containsExactly("NOT_ENOUGH_DATA");
        // nobody saw every item, so there are no complete cases
        assertThat(r.test().completeCases()).isZero();
        assertThat(r.test().alpha()).isEmpty();
        assertThat(r.test().meanTotal().getAsDouble()).isCloseTo(1.25, within(EXACT));   // totals 3, 1, 0, 1
        assertNoNaN(r);
    }

    @Test
    void partialCreditGivesAlphaButNoKr20() {
        // item variances 0.125 and 0.171875, total variance 0.546875 (all population):
        // alpha = 2 (1 - 0.296875 / 0.546875) = 0.9142857...
        List<Item> items = List.of(Item.scoreOnly("x"), Item.scoreOnly("y"));
        ResponseTable t = ResponseTable.builder(items, ResponseTable.FIRST_ATTEMPTS)
                .attempt().answer("x", 1).answer("y", 1)
                .attempt().answer("x", 0.5).answer("y", 0.5)
                .attempt().answer("x", 0.5).answer("y", 0)
                .attempt().answer("x", 0).answer("y", 0)
                .build();
        Result r = ItemAnalysis.analyze(t);
        assertThat(r.test().dichotomous()).isFalse();
        assertThat(r.test().kr20()).isEmpty();
        assertThat(r.test().alpha().getAsDouble()).isCloseTo(2 * (1 - 0.296875 / 0.546875), within(EXACT));
        assertThat(r.test().sdTotal().getAsDouble()).isCloseTo(Math.sqrt(0.546875), within(EXACT));
        assertThat(r.test().sem().getAsDouble()).isCloseTo(Math.sqrt(0.546875) * Math.sqrt(1 - 2 * (1 - 0.296875 / 0.546875)), within(EXACT));
        assertThat(r.item("x").dichotomous()).isFalse();
        assertNoNaN(r);
    }

    @Test
    void facilityThresholdsAreInclusiveAsDocumented() {
        // 24 of 25 right: p = 0.96 exactly, which is "too easy" (p >= 0.96)
        ResponseTable.Builder b = ResponseTable.builder(List.of(Item.scoreOnly("easy"), Item.scoreOnly("other")), ResponseTable.FIRST_ATTEMPTS);
        for (int a = 0; a < 25; a++) b.attempt().answer("easy", a == 0 ? 0 : 1).answer("other", a % 2);
        ItemStats easy = ItemAnalysis.analyze(b.build()).item("easy");
        assertThat(easy.facility().getAsDouble()).isEqualTo(0.96);
        assertThat(easy.flagged(FlagKind.TOO_EASY)).isTrue();
        assertThat(easy.flags().getFirst().reason()).isEqualTo("facility 0.96 is 0.96 or more");
    }

    @Test
    void distractorUnderFivePercentIsNonFunctioningAndFivePercentIsNot() {
        // 20 attempts: C chosen once (5%: functioning), D never (non-functioning)
        ResponseTable.Builder b = ResponseTable.builder(List.of(Item.choice("q", ABCD, "A"), Item.scoreOnly("other")), ResponseTable.FIRST_ATTEMPTS);
        for (int a = 0; a < 20; a++) {
            String pick = a == 0 ? "C" : a < 8 ? "B" : "A";
            b.attempt().answer("q", pick.equals("A") ? 1 : 0, pick).answer("other", a < 10 ? 0 : 1);
        }
        ItemStats q = ItemAnalysis.analyze(b.build()).item("q");
        assertThat(q.option("C").proportion()).isEqualTo(0.05);
        assertThat(q.flags().stream().filter(f -> f.kind() == FlagKind.NON_FUNCTIONING_DISTRACTOR).map(ItemAnalysis.Flag::optionId))
                .containsExactly("D");
    }

    @Test
    void groupsTakeCeil27PercentAndBreakTiesByTableOrder() {
        // totals 2, 1, 1, 0; g = ceil(1.08) = 2: the upper group is the 2 and the EARLIER of the two 1s
        List<Item> items = List.of(Item.choice("q", ABCD, "A"), Item.scoreOnly("other"));
        ResponseTable t = ResponseTable.builder(items, ResponseTable.FIRST_ATTEMPTS)
                .attempt().answer("q", 1, "A").answer("other", 1)   // 2
                .attempt().answer("q", 0, "B").answer("other", 1)   // 1, earlier: upper group
                .attempt().answer("q", 1, "A").answer("other", 0)   // 1, later: lower group
                .attempt().answer("q", 0, "C").answer("other", 0)   // 0
                .build();
        ItemStats q = ItemAnalysis.analyze(t).item("q");
        assertThat(q.groupSize()).isEqualTo(2);
        assertThat(q.option("B").upperCount()).isEqualTo(1);
        assertThat(q.option("B").lowerCount()).isZero();
        assertThat(q.option("A").upperCount()).isEqualTo(1);
        assertThat(q.option("A").lowerCount()).isEqualTo(1);
        assertThat(q.upperFacility().getAsDouble()).isEqualTo(0.5);
        assertThat(q.lowerFacility().getAsDouble()).isEqualTo(0.5);

        // 100 attempts: g = 27, not 28 (0.27 * 100 is 27.000000000000004 in floating point)
        ResponseTable.Builder b = ResponseTable.builder(items, ResponseTable.FIRST_ATTEMPTS);
        for (int a = 0; a < 100; a++) b.attempt().answer("q", a % 2, a % 2 == 1 ? "A" : "B").answer("other", a % 3 == 0 ? 1 : 0);
        assertThat(ItemAnalysis.analyze(b.build()).item("q").groupSize()).isEqualTo(27);
    }

    @Test
    void multipleResponseCountsEveryChosenOption() {
        Item sata = Item.choice("sata", List.of("a", "b", "c", "d"), "a", "c");
        ResponseTable t = ResponseTable.builder(List.of(sata, Item.scoreOnly("other")), ResponseTable.FIRST_ATTEMPTS)
                .attempt().answer("sata", 1, "c", "a").answer("other", 1)
                .attempt().answer("sata", 0.5, "a").answer("other", 1)
                .attempt().answer("sata", 0, "b", "d").answer("other", 0)
                .attempt().answer("sata", 0).answer("other", 0)
                .build();
        assertThat(t.chosen(0, 0)).containsExactly("a", "c");
        assertThat(t.choiceMask(0, 0)).isEqualTo(0b101);
        assertThat(sata.keyMask()).isEqualTo(0b101);
        ItemStats s = ItemAnalysis.analyze(t).item("sata");
        assertThat(s.options()).extracting(OptionStats::optionId, OptionStats::role, OptionStats::count).containsExactly(
                tuple("a", Role.KEY, 2), tuple("b", Role.DISTRACTOR, 1),
                tuple("c", Role.KEY, 1), tuple("d", Role.DISTRACTOR, 1),
                tuple("", Role.OMITTED, 1));
        assertThat(s.facility().getAsDouble()).isCloseTo(0.375, within(EXACT));
    }

    @Test
    void compactArraysAndBuilderGiveTheSameAnalysis() throws IOException {
        ResponseTable built = load("worked_dataset_sparse.csv");
        int n = built.attemptCount(), k = built.itemCount();
        float[] scores = new float[n * k];
        int[] choices = new int[n * k];
        for (int a = 0; a < n; a++) {
            for (int j = 0; j < k; j++) {
                scores[a * k + j] = (float) built.score(a, j);
                choices[a * k + j] = built.choiceMask(a, j);
            }
        }
        ResponseTable raw = ResponseTable.of(built.items(), built.attemptSelection(), n, scores, choices);
        scores[0] = 0.25f;   // copied: later changes to the caller's array do not leak in
        assertThat(ItemAnalysis.analyze(raw)).isEqualTo(ItemAnalysis.analyze(built));
    }

    /** A naive, definition-by-definition computation on a larger random sparse table with partial credit. */
    @Test
    void agreesWithANaiveComputationOnARandomSparseTable() {
        Random rnd = new Random(20261204L);
        int n = 400, k = 25;
        List<Item> items = new ArrayList<>();
        for (int j = 0; j < k; j++) items.add(j % 5 == 4 ? Item.scoreOnly("s" + j) : Item.choice("c" + j, ABCD, "A"));
        float[] scores = new float[n * k];
        int[] choices = new int[n * k];
        for (int a = 0; a < n; a++) {
            double theta = rnd.nextGaussian();
            for (int j = 0; j < k; j++) {
                int cell = a * k + j;
                if (rnd.nextDouble() < 0.15 && a % 7 != 0) {
                    scores[cell] = Float.NaN;
                    continue;
                }
                boolean right = rnd.nextDouble() < 1 / (1 + Math.exp(-1.3 * (theta - (j - 12) / 8.0)));
                if (j % 5 == 4) {
                    scores[cell] = right ? 1 : rnd.nextInt(3) * 0.25f;
                } else if (rnd.nextDouble() < 0.03) {
                    scores[cell] = 0;                          // omitted
                } else {
                    scores[cell] = right ? 1 : 0;
                    choices[cell] = right ? 1 : 1 << (1 + rnd.nextInt(3));
                }
            }
        }
        ResponseTable t = ResponseTable.of(items, ResponseTable.ALL_ATTEMPTS, n, scores, choices);
        Result r = ItemAnalysis.analyze(t);
        assertNoNaN(r);

        double[] total = new double[n];
        List<Integer> completeRows = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            boolean complete = true;
            for (int j = 0; j < k; j++) {
                if (t.presented(a, j)) total[a] += t.score(a, j);
                else complete = false;
            }
            if (complete) completeRows.add(a);
        }
        for (int j = 0; j < k; j++) {
            List<Double> x = new ArrayList<>(), rest = new ArrayList<>();
            List<Integer> seen = new ArrayList<>();
            for (int a = 0; a < n; a++) {
                if (!t.presented(a, j)) continue;
                seen.add(a);
                x.add(t.score(a, j));
                rest.add(total[a] - t.score(a, j));
            }
            ItemStats s = r.items().get(j);
            assertThat(s.n()).isEqualTo(seen.size());
            assertThat(s.facility().getAsDouble()).isCloseTo(mean(x), within(EXACT));
            assertThat(s.pointBiserial().getAsDouble()).as("r of %s", s.itemId()).isCloseTo(pearson(x, rest), within(EXACT));
            int g = (int) Math.ceil(seen.size() * 27 / 100.0 - 1e-12);
            List<Integer> ranked = new ArrayList<>(seen);
            ranked.sort((p, q) -> p.equals(q) ? 0 : total[p] != total[q] ? Double.compare(total[q], total[p]) : Integer.compare(p, q));
            double up = 0, lo = 0;
            for (int i = 0; i < g; i++) {
                up += t.score(ranked.get(i), j);
                lo += t.score(ranked.get(ranked.size() - 1 - i), j);
            }
            assertThat(s.groupSize()).isEqualTo(g);
            assertThat(s.discrimination().getAsDouble()).isCloseTo(up / g - lo / g, within(EXACT));
            if (items.get(j).hasOptions()) {
                for (int o = 0; o < 4; o++) {
                    List<Double> picked = new ArrayList<>();
                    for (int a : seen) picked.add((t.choiceMask(a, j) & 1 << o) != 0 ? 1.0 : 0.0);
                    OptionStats os = s.options().get(o);
                    assertThat(os.count()).isEqualTo((int) Math.round(picked.stream().mapToDouble(Double::doubleValue).sum()));
                    if (os.count() > 0 && os.count() < seen.size()) {
                        assertThat(os.pointBiserial().getAsDouble()).isCloseTo(pearson(picked, rest), within(EXACT));
                    }
                }
            }
        }
        // alpha over the complete cases
        assertThat(r.test().completeCases()).isEqualTo(completeRows.size());
        assertThat(completeRows.size()).isGreaterThan(40);
        double sumItemVar = 0;
        List<Double> ccTotals = new ArrayList<>();
        for (int a : completeRows) ccTotals.add(total[a]);
        for (int j = 0; j < k; j++) {
            List<Double> col = new ArrayList<>();
            for (int a : completeRows) col.add(t.score(a, j));
            sumItemVar += pvar(col);
        }
        double alpha = k / (k - 1.0) * (1 - sumItemVar / pvar(ccTotals));
        assertThat(r.test().alpha().getAsDouble()).isCloseTo(alpha, within(EXACT));
        assertThat(r.test().kr20()).isEmpty();
        List<Double> all = new ArrayList<>();
        for (double v : total) all.add(v);
        assertThat(r.test().sdTotal().getAsDouble()).isCloseTo(Math.sqrt(pvar(all)), within(EXACT));
    }

    @Test
    void rejectsBadInput() {
        List<Item> items = threeChoiceItems();
        assertThatThrownBy(() -> ResponseTable.builder(items, " ")).hasMessageContaining("say which attempts");
        assertThatThrownBy(() -> ResponseTable.builder(items, "x").answer("q1", 1)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ResponseTable.builder(items, "x").attempt().answer("nope", 1)).hasMessageContaining("unknown item nope");
        assertThatThrownBy(() -> ResponseTable.builder(items, "x").attempt().answer("q1", 1, "Z")).hasMessageContaining("no option Z");
        assertThatThrownBy(() -> ResponseTable.builder(items, "x").attempt().answer("q1", 1.5)).hasMessageContaining("outside [0, 1]");
        assertThatThrownBy(() -> ResponseTable.builder(items, "x").attempt().answer("q1", Double.NaN)).hasMessageContaining("outside [0, 1]");
        assertThatThrownBy(() -> ResponseTable.builder(items, "x").attempt().answer("q1", 1, "A").answer("q1", 1, "A"))
                .hasMessageContaining("answered twice");
        assertThatThrownBy(() -> ResponseTable.builder(items, "x").attempt().answer("q1", 1, "A", "A")).hasMessageContaining("chosen twice");
        assertThatThrownBy(() -> Item.choice("q", ABCD, "E")).hasMessageContaining("not among the options");
        assertThatThrownBy(() -> Item.choice("q", ABCD)).hasMessageContaining("no key");
        assertThatThrownBy(() -> ResponseTable.builder(List.of(Item.scoreOnly("a"), Item.scoreOnly("a")), "x")).hasMessageContaining("duplicate item id");
        assertThatThrownBy(() -> ResponseTable.of(items, "x", 1, new float[]{1, 1}, new int[]{0, 0})).hasMessageContaining("expected 3 cells");
        assertThatThrownBy(() -> ResponseTable.of(items, "x", 1, new float[]{Float.NaN, 1, 1}, new int[]{1, 0, 0}))
                .hasMessageContaining("not presented but has chosen options");
        assertThatThrownBy(() -> ResponseTable.of(items, "x", 1, new float[]{1, 1, 1}, new int[]{1 << 4, 0, 0}))
                .hasMessageContaining("outside the item's options");
        assertThatThrownBy(() -> ResponseTable.of(items, "x", 1, new float[]{1, -0.5f, 1}, new int[]{0, 0, 0}))
                .hasMessageContaining("outside [0, 1]");
    }

    // ---------------------------------------------------------------------------------------------------------
    // helpers

    static List<Item> threeChoiceItems() {
        return List.of(Item.choice("q1", ABCD, "A"), Item.choice("q2", ABCD, "B"), Item.choice("q3", ABCD, "C"));
    }

    /** Reads a worked-dataset CSV (format described in worked_dataset.py) into a table. */
    static ResponseTable load(String name) throws IOException {
        String text;
        try (InputStream in = ItemAnalysisTest.class.getResourceAsStream("/analytics/" + name)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String[]> rows = text.lines().filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.split(",", -1)).toList();
        String[] ids = rows.get(0), options = rows.get(1), keys = rows.get(2);
        List<Item> items = new ArrayList<>();
        for (int j = 1; j < ids.length; j++) {
            List<String> opts = options[j].chars().mapToObj(ch -> String.valueOf((char) ch)).toList();
            items.add(new Item(ids[j], opts, keys[j].chars().mapToObj(ch -> String.valueOf((char) ch)).toList()));
        }
        ResponseTable.Builder b = ResponseTable.builder(items, ResponseTable.FIRST_ATTEMPTS);
        for (String[] row : rows.subList(3, rows.size())) {
            b.attempt();
            for (int j = 1; j < row.length; j++) {
                String cell = row[j];
                if (cell.equals(".")) continue;
                int eq = cell.indexOf('=');
                String picks = eq < 0 ? cell : cell.substring(0, eq);
                if (picks.equals("-")) picks = "";
                List<String> chosen = picks.chars().mapToObj(ch -> String.valueOf((char) ch)).toList();
                double score = eq >= 0 ? Double.parseDouble(cell.substring(eq + 1))
                        : new HashSet<>(chosen).equals(new HashSet<>(items.get(j - 1).keyIds())) ? 1 : 0;
                b.answer(ids[j], score, chosen);
            }
        }
        return b.build();
    }

    /** The Java result in the reference script's output format. */
    static String report(String file, Result r) {
        StringBuilder sb = new StringBuilder();
        TestStats t = r.test();
        sb.append("file ").append(file).append(": ").append(t.attempts()).append(" attempts x ").append(t.items()).append(" items\n");
        for (ItemStats i : r.items()) {
            sb.append("item ").append(i.itemId()).append(": n=").append(i.n()).append(" p=").append(num(i.facility()))
                    .append(" pbis=").append(num(i.pointBiserial())).append(" g=").append(i.groupSize())
                    .append(" pU=").append(num(i.upperFacility())).append(" pL=").append(num(i.lowerFacility()))
                    .append(" D=").append(num(i.discrimination())).append('\n');
            for (OptionStats o : i.options()) {
                sb.append("  option ").append(o.role() == Role.OMITTED ? "omitted" : o.optionId()).append(' ')
                        .append(o.role().name().toLowerCase(Locale.ROOT)).append(": count=").append(o.count())
                        .append(" prop=").append(o.proportion()).append(" upper=").append(o.upperCount())
                        .append(" lower=").append(o.lowerCount()).append(" pbis=").append(num(o.pointBiserial())).append('\n');
            }
            sb.append("  flags ").append(i.flags().isEmpty() ? "-" : String.join(" ", kinds(i))).append('\n');
        }
        sb.append("test: attempts=").append(t.attempts()).append(" items=").append(t.items()).append(" mean=").append(num(t.meanTotal()))
                .append(" sd=").append(num(t.sdTotal())).append(" complete=").append(t.completeCases()).append('\n');
        sb.append("reliability: completeSd=").append(num(t.completeCaseSd())).append(" alpha=").append(num(t.alpha()))
                .append(" kr20=").append(num(t.kr20())).append(" sem=").append(num(t.sem())).append('\n');
        for (ItemStats i : r.items()) sb.append("  alpha without ").append(i.itemId()).append(": ").append(num(i.alphaIfDeleted())).append('\n');
        return sb.toString();
    }

    static String num(OptionalDouble v) {
        return v.isPresent() ? Double.toString(v.getAsDouble()) : "undefined";
    }

    static List<String> kinds(ItemStats i) {
        return i.flags().stream().map(f -> f.optionId().isEmpty() ? f.kind().name() : f.kind().name() + ":" + f.optionId()).toList();
    }

    /** Same lines and words; numbers (after '=' or ': ') equal to 1e-9, everything else exactly. */
    static void assertSameReport(String actual, String expected) {
        List<String> a = actual.lines().toList(), e = expected.lines().toList();
        assertThat(a).as("lines of the report:\n%s", actual).hasSameSizeAs(e);
        for (int l = 0; l < e.size(); l++) {
            String[] aw = a.get(l).trim().split("[ =]+"), ew = e.get(l).trim().split("[ =]+");
            assertThat(aw).as("line %d: %s vs expected %s", l + 1, a.get(l), e.get(l)).hasSameSizeAs(ew);
            for (int w = 0; w < ew.length; w++) {
                Double ev = number(ew[w]), av = number(aw[w]);
                if (ev != null && av != null) {
                    assertThat(av).as("line %d word %d: %s vs expected %s", l + 1, w + 1, a.get(l), e.get(l)).isCloseTo(ev, within(EXACT));
                } else {
                    assertThat(aw[w]).as("line %d: %s vs expected %s", l + 1, a.get(l), e.get(l)).isEqualTo(ew[w]);
                }
            }
        }
    }

    static Double number(String word) {
        try {
            return Double.valueOf(word);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** No NaN or infinity anywhere in a result (statistics that cannot be computed are empty). */
    static void assertNoNaN(Result r) {
        List<OptionalDouble> stats = new ArrayList<>(List.of(r.test().meanTotal(), r.test().sdTotal(), r.test().completeCaseSd(),
                r.test().kr20(), r.test().alpha(), r.test().sem()));
        List<Double> plain = new ArrayList<>();
        for (ItemStats i : r.items()) {
            stats.addAll(List.of(i.facility(), i.pointBiserial(), i.upperFacility(), i.lowerFacility(), i.discrimination(), i.alphaIfDeleted()));
            for (OptionStats o : i.options()) {
                stats.add(o.pointBiserial());
                plain.addAll(List.of(o.proportion(), o.upperProportion(), o.lowerProportion()));
            }
            assertThat(i.flags()).allSatisfy(f -> assertThat(f.reason()).isNotBlank().doesNotContain("NaN"));
        }
        stats.forEach(s -> s.ifPresent(plain::add));
        assertThat(plain).allSatisfy(v -> assertThat(Double.isFinite(v)).isTrue());
    }

    static double mean(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).sum() / xs.size();
    }

    static double pvar(List<Double> xs) {
        double m = mean(xs);
        return xs.stream().mapToDouble(x -> (x - m) * (x - m)).sum() / xs.size();
    }

    static double pearson(List<Double> xs, List<Double> ys) {
        double mx = mean(xs), my = mean(ys), sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < xs.size(); i++) {
            sxy += (xs.get(i) - mx) * (ys.get(i) - my);
            sxx += (xs.get(i) - mx) * (xs.get(i) - mx);
            syy += (ys.get(i) - my) * (ys.get(i) - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
