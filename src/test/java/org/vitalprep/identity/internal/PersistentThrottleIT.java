package org.vitalprep.identity.internal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Lockouts and delays live in MongoDB: a new throttle (as after a restart) sees them. */
@SpringBootTest
class PersistentThrottleIT {

    @Autowired MongoThrottleStore store;

    @Test
    void aLockoutSurvivesARestart() {
        String key = "account:restart" + System.nanoTime() + "@example.org";
        Instant now = Instant.parse("2026-11-27T10:00:00Z");
        LoginThrottle before = new LoginThrottle(3, 5, Duration.ofMinutes(15), Duration.ofMinutes(30), store);
        boolean locked = false;
        for (int i = 0; i < 5; i++) locked = before.failure(key, now.plusSeconds(i * 70L));
        assertThat(locked).isTrue();

        LoginThrottle after = new LoginThrottle(3, 5, Duration.ofMinutes(15), Duration.ofMinutes(30), store);
        LoginThrottle.Decision d = after.check(key, now.plusSeconds(300));
        assertThat(d.allowed()).isFalse();
        assertThat(d.locked()).isTrue();
        assertThat(after.check(key, now.plus(Duration.ofMinutes(30))).allowed()).isTrue(); // the lock ran out
        assertThat(after.attempt(key, now.plus(Duration.ofMinutes(30))).allowed()).isTrue();
        assertThat(store.get(key).failures()).as("counting starts again").isEqualTo(1);

        after.failure(key, now);
        after.success(key);
        assertThat(store.get(key)).isNull();
    }

    @Test
    void aBurstOfSimultaneousGuessesIsCountedOneByOne() throws Exception {
        String key = "account:burst" + System.nanoTime() + "@example.org";
        Instant now = Instant.parse("2026-11-27T10:00:00Z");
        LoginThrottle throttle = new LoginThrottle(3, 5, Duration.ofMinutes(15), Duration.ofMinutes(30), store);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            var go = new java.util.concurrent.CountDownLatch(1);
            java.util.List<java.util.concurrent.Future<Boolean>> tries = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                tries.add(pool.submit(() -> {
                    go.await();
                    boolean allowed = throttle.attempt(key, now).allowed();
                    if (allowed) throttle.failed(key, now); // every allowed guess is wrong
                    return allowed;
                }));
            }
            go.countDown();
            int allowed = 0;
            for (var t : tries) if (t.get()) allowed++;
            assertThat(allowed).as("only the free tries get through").isEqualTo(4);
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.get(key).failures()).isEqualTo(40);
        assertThat(throttle.attempt(key, now.plusSeconds(120)).locked()).isTrue();
    }
}
