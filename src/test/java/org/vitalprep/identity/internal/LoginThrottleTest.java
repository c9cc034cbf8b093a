package org.vitalprep.identity.internal;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    static final Instant T = Instant.parse("2026-11-27T09:00:00Z");

    @Test
    void delaysGrowAfterTheFreeFailuresThenTheKeyLocks() {
        LoginThrottle t = new LoginThrottle(3, 6, Duration.ofMinutes(15), Duration.ofMinutes(30));
        Instant now = T;
        for (int i = 0; i < 3; i++) {
            assertThat(t.check("k", now).allowed()).isTrue();
            assertThat(t.failure("k", now)).isFalse();
        }
        assertThat(t.check("k", now).allowed()).isTrue(); // three free failures
        t.failure("k", now); // 4th: 1 s
        assertThat(t.check("k", now).retryAfter()).isEqualTo(Duration.ofSeconds(1));
        now = now.plusSeconds(1);
        assertThat(t.check("k", now).allowed()).isTrue();
        t.failure("k", now); // 5th: 2 s
        assertThat(t.check("k", now.plusSeconds(1)).allowed()).isFalse();
        now = now.plusSeconds(2);
        assertThat(t.failure("k", now)).as("the 6th failure locks").isTrue();
        LoginThrottle.Decision d = t.check("k", now.plusSeconds(60));
        assertThat(d.allowed()).isFalse();
        assertThat(d.locked()).isTrue();
        assertThat(d.retryAfter()).isEqualTo(Duration.ofMinutes(14));
        assertThat(t.check("k", now.plus(Duration.ofMinutes(15))).allowed()).as("the lock ends").isTrue();
    }

    @Test
    void simultaneousTriesInMemoryAreCountedOneByOne() throws Exception {
        LoginThrottle t = new LoginThrottle(3, 5, Duration.ofMinutes(15), Duration.ofMinutes(30));
        Instant now = Instant.parse("2026-11-27T10:00:00Z");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            var go = new java.util.concurrent.CountDownLatch(1);
            java.util.List<java.util.concurrent.Future<Boolean>> tries = new java.util.ArrayList<>();
            for (int i = 0; i < 50; i++) {
                tries.add(pool.submit(() -> {
                    go.await();
                    return t.attempt("k", now).allowed();
                }));
            }
            go.countDown();
            int allowed = 0;
            for (var f : tries) if (f.get()) allowed++;
            assertThat(allowed).isEqualTo(4);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSuccessClearsTheKeyAndOtherKeysAreIndependent() {
        LoginThrottle t = new LoginThrottle(0, 3, Duration.ofMinutes(15), Duration.ofMinutes(30));
        t.failure("a", T);
        assertThat(t.check("a", T).allowed()).isFalse();
        assertThat(t.check("b", T).allowed()).isTrue();
        t.success("a");
        assertThat(t.check("a", T).allowed()).isTrue();
    }

    @Test
    void oldFailuresAreForgotten() {
        LoginThrottle t = new LoginThrottle(0, 3, Duration.ofMinutes(15), Duration.ofMinutes(30));
        t.failure("a", T);
        t.failure("a", T.plusSeconds(5));
        assertThat(t.check("a", T.plus(Duration.ofMinutes(31))).allowed()).isTrue();
        assertThat(t.failure("a", T.plus(Duration.ofMinutes(31)))).as("counting starts again").isFalse();
    }

    @Test
    void theDelayIsCappedAtAMinute() {
        LoginThrottle t = new LoginThrottle(0, 100, Duration.ofMinutes(15), Duration.ofMinutes(30));
        assertThat(t.delay(50)).isEqualTo(Duration.ofSeconds(60));
    }
}
