package org.vitalprep.progress.internal.irt;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class AdaptiveSelectorTest {

    static List<ItemParameters> pool(int size, long seed) {
        Random random = new Random(seed);
        List<ItemParameters> pool = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            pool.add(ItemParameters.ofSlopeDifficulty("q" + i, 0.6 + 1.4 * random.nextDouble(), random.nextGaussian() * 1.2));
        }
        return pool;
    }

    @Test
    void informationIsASquaredTimesPTimesOneMinusP() {
        ItemParameters item = ItemParameters.ofSlopeDifficulty("x", 1.7, 0.4);
        assertThat(AdaptiveSelector.information(item, 0.4)).isCloseTo(1.7 * 1.7 / 4, within(1e-15));
        double p = 1 / (1 + Math.exp(-1.7 * (1.5 - 0.4)));
        assertThat(AdaptiveSelector.information(item, 1.5)).isCloseTo(1.7 * 1.7 * p * (1 - p), within(1e-15));
        assertThat(AdaptiveSelector.information(item, -0.6)).isCloseTo(AdaptiveSelector.information(item, 1.4), within(1e-15));
        assertThat(AdaptiveSelector.information(item, 40)).isGreaterThanOrEqualTo(0).isLessThan(1e-20);
        assertThat(AdaptiveSelector.testInformation(List.of(item, item), 0.4)).isCloseTo(2 * 1.7 * 1.7 / 4, within(1e-15));
    }

    @Test
    void mostInformativeRanksAndExcludes() {
        List<ItemParameters> pool = List.of(
                ItemParameters.ofSlopeDifficulty("far", 2.0, 3.0),
                ItemParameters.ofSlopeDifficulty("best", 2.0, 0.1),
                ItemParameters.ofSlopeDifficulty("flat", 0.5, 0.0),
                ItemParameters.ofSlopeDifficulty("second", 1.8, 0.0),
                ItemParameters.ofSlopeDifficulty("twin", 1.8, 0.0));
        assertThat(AdaptiveSelector.mostInformative(pool, Set.of(), 0.0, 3)).extracting(ItemParameters::name)
                .containsExactly("best", "second", "twin");           // ties keep the pool's order
        assertThat(AdaptiveSelector.mostInformative(pool, Set.of("best"), 0.0, 2)).extracting(ItemParameters::name)
                .containsExactly("second", "twin");
        assertThat(AdaptiveSelector.mostInformative(pool, Set.of(), 3.0, 1)).extracting(ItemParameters::name).containsExactly("far");
        assertThat(AdaptiveSelector.mostInformative(pool, Set.of(), 0.0, 10)).hasSize(5);
        assertThatThrownBy(() -> AdaptiveSelector.mostInformative(pool, Set.of(), 0.0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withKOneItPicksTheMostInformativeUnseenItemAtTheCurrentEap() {
        List<ItemParameters> items = pool(200, 1);
        AdaptiveSelector selector = new AdaptiveSelector(new AbilityEstimator(), 1, new Random(1));
        List<AbilityEstimator.Response> answered = List.of(
                new AbilityEstimator.Response(items.get(0), true), new AbilityEstimator.Response(items.get(1), true));
        double theta = new AbilityEstimator().estimate(answered).theta();
        ItemParameters expected = items.stream().skip(2)
                .max((x, y) -> Double.compare(x.information(theta), y.information(theta))).orElseThrow();
        assertThat(selector.nextItem(items, answered)).contains(expected);
        // answered items are never offered again, nor are the ones excluded explicitly
        assertThat(selector.nextItem(items, answered, Set.of(expected.name()))).get().isNotEqualTo(expected)
                .extracting(ItemParameters::name).isNotIn("q0", "q1");
        List<ItemParameters> two = items.subList(0, 2);
        assertThat(selector.nextItem(two, answered)).isEmpty();
    }

    @Test
    void randomesqueDrawsAmongTheTopKWithASeededRandom() {
        List<ItemParameters> items = pool(300, 2);
        List<String> top5 = AdaptiveSelector.mostInformative(items, Set.of(), 0.0, 5).stream().map(ItemParameters::name).toList();
        AdaptiveSelector selector = new AdaptiveSelector(new Random(42));
        assertThat(selector.topK()).isEqualTo(AdaptiveSelector.DEFAULT_TOP_K).isEqualTo(5);
        Map<String, Integer> exposure = new HashMap<>();
        List<String> sequence = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            String name = selector.nextItem(items, List.of()).orElseThrow().name();
            exposure.merge(name, 1, Integer::sum);
            sequence.add(name);
        }
        assertThat(exposure.keySet()).containsExactlyInAnyOrderElementsOf(top5);
        assertThat(exposure.values()).allSatisfy(n -> assertThat(n).isBetween(140, 260));   // about 200 each
        // the same seed gives the same draws
        AdaptiveSelector again = new AdaptiveSelector(new Random(42));
        List<String> replay = new ArrayList<>();
        for (int i = 0; i < 1000; i++) replay.add(again.nextItem(items, List.of()).orElseThrow().name());
        assertThat(replay).isEqualTo(sequence);
        // a k larger than what is left is fine
        assertThat(new AdaptiveSelector(new AbilityEstimator(), 50, new Random(1)).nextItem(items.subList(0, 3), Set.of("q0"), 0.0))
                .get().extracting(ItemParameters::name).isIn("q1", "q2");
        assertThatThrownBy(() -> new AdaptiveSelector(new AbilityEstimator(), 0, new Random(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stoppingRule() {
        assertThat(AdaptiveSelector.shouldStop(new AbilityEstimator.Estimate(0.2, 0.31), 10, 0.3, 40)).isFalse();
        assertThat(AdaptiveSelector.shouldStop(new AbilityEstimator.Estimate(0.2, 0.30), 10, 0.3, 40)).isTrue();
        assertThat(AdaptiveSelector.shouldStop(new AbilityEstimator.Estimate(0.2, 0.50), 40, 0.3, 40)).isTrue();
        assertThat(AdaptiveSelector.shouldStop(new AbilityEstimator.Estimate(0.2, 0.50), 39, 0.3, 40)).isFalse();
        AdaptiveSelector.StoppingRule rule = new AdaptiveSelector.StoppingRule(0.25, 30);
        assertThat(rule.shouldStop(new AbilityEstimator.Estimate(0, 0.2), 3)).isTrue();
        assertThat(rule.shouldStop(new AbilityEstimator.Estimate(0, 0.9), 30)).isTrue();
        assertThat(rule.shouldStop(new AbilityEstimator.Estimate(0, 0.9), 29)).isFalse();
        assertThatThrownBy(() -> new AdaptiveSelector.StoppingRule(0.3, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSimulatedAdaptiveTestConvergesOnTheLearner() {
        List<ItemParameters> items = pool(400, 5);
        AdaptiveSelector selector = new AdaptiveSelector(new Random(8));
        AdaptiveSelector.StoppingRule rule = new AdaptiveSelector.StoppingRule(0.3, 60);
        Random learner = new Random(13);
        for (double trueTheta : new double[] {-1.5, 0.0, 1.2}) {
            List<AbilityEstimator.Response> answered = new ArrayList<>();
            AbilityEstimator.Estimate estimate = selector.estimator().estimate(answered);
            while (!rule.shouldStop(estimate, answered.size())) {
                Optional<ItemParameters> next = selector.nextItem(items, answered);
                ItemParameters item = next.orElseThrow();
                answered.add(new AbilityEstimator.Response(item, learner.nextDouble() < item.probability(trueTheta)));
                estimate = selector.estimator().estimate(answered);
            }
            assertThat(answered.size()).as("items given at theta %s", trueTheta).isLessThan(60);
            assertThat(estimate.standardError()).isLessThanOrEqualTo(0.3);
            assertThat(estimate.theta()).isCloseTo(trueTheta, within(3 * estimate.standardError()));
            assertThat(answered.stream().map(r -> r.item().name()).distinct().count()).isEqualTo(answered.size());
        }
    }
}
