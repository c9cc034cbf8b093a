package org.vitalprep.progress.internal;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressMathTest {

    private final Fsrs fsrs = new Fsrs(Fsrs.Parameters.defaults());
    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

    static ProgressMath.Outcome outcome(String key, String q, boolean correct, Instant at) {
        return new ProgressMath.Outcome(key, q, "ekg", List.of("CET/ekg-analysis", "CMA/clinical"), correct,
                correct ? 1 : 0, 30_000, at);
    }

    @Test
    void anAnswerCountsIntoModuleDomainsDayAndItem() {
        ProgressState s = ProgressMath.apply(ProgressState.empty(), outcome("a#0", "q1", true, T0), fsrs);
        s = ProgressMath.apply(s, outcome("a#1", "q2", false, T0.plusSeconds(60)), fsrs);
        assertThat(s.modules().get("ekg").answered()).isEqualTo(2);
        assertThat(s.modules().get("ekg").percent()).isEqualTo(50);
        assertThat(s.modules().get("ekg").timeMs()).isEqualTo(60_000);
        assertThat(s.domains().get("CET/ekg-analysis").answered()).isEqualTo(2);
        assertThat(s.domains().get("CMA/clinical").recent()).isEqualTo("10");
        assertThat(s.days().get("2026-11-20").answered()).isEqualTo(2);
        assertThat(s.items().get("q1").firstCorrect()).isTrue();
        assertThat(s.items().get("q2").firstCorrect()).isFalse();
    }

    @Test
    void aReplayedAnswerChangesNothing() {
        ProgressState once = ProgressMath.apply(ProgressState.empty(), outcome("a#0", "q1", true, T0), fsrs);
        assertThat(ProgressMath.apply(once, outcome("a#0", "q1", true, T0), fsrs)).isSameAs(once);
    }

    @Test
    void theFirstAnswerIsKeptForCalibrationAndLaterOnesUpdateTheReview() {
        ProgressState s = ProgressMath.apply(ProgressState.empty(), outcome("a#0", "q1", false, T0), fsrs);
        Instant firstDue = s.items().get("q1").due();
        assertThat(firstDue).isBefore(T0.plus(1, ChronoUnit.DAYS)); // wrong: relearn soon
        s = ProgressMath.apply(s, outcome("b#0", "q1", true, T0.plus(1, ChronoUnit.DAYS)), fsrs);
        s = ProgressMath.apply(s, outcome("c#0", "q1", true, T0.plus(3, ChronoUnit.DAYS)), fsrs);
        var item = s.items().get("q1");
        assertThat(item.firstCorrect()).isFalse();
        assertThat(item.answered()).isEqualTo(3);
        assertThat(item.correct()).isEqualTo(2);
        assertThat(item.due()).isAfter(T0.plus(4, ChronoUnit.DAYS)); // right twice: the interval grows
    }

    @Test
    void trendCompareTheLastTenWithTheTenBefore() {
        assertThat(ProgressMath.trend(new ProgressState.Tally(20, 10, 0, "00000000001111111111"))).isEqualTo("up");
        assertThat(ProgressMath.trend(new ProgressState.Tally(20, 10, 0, "11111111110000000000"))).isEqualTo("down");
        assertThat(ProgressMath.trend(new ProgressState.Tally(20, 10, 0, "10101010101010101010"))).isEqualTo("flat");
        assertThat(ProgressMath.trend(new ProgressState.Tally(3, 3, 0, "111"))).isEqualTo("flat");
    }

    @Test
    void theStreakCountsConsecutiveDays() {
        var t = new ProgressState.Tally(1, 1, 0, "1");
        LocalDate today = LocalDate.of(2026, 11, 27);
        assertThat(ProgressMath.streak(Map.of("2026-11-27", t, "2026-11-26", t, "2026-11-25", t, "2026-11-23", t), today)).isEqualTo(3);
        assertThat(ProgressMath.streak(Map.of("2026-11-26", t, "2026-11-25", t), today)).isEqualTo(2);
        assertThat(ProgressMath.streak(Map.of("2026-11-24", t), today)).isZero();
    }
}
