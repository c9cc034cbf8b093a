package org.vitalprep.identity.internal;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SessionPolicyFilterTest {

    static final Instant START = Instant.parse("2026-11-27T08:00:00Z");

    @Test
    void aSessionEndsAtTheAbsoluteLimitOrWhenTheAccountSaysSo() {
        Duration twelve = Duration.ofHours(12);
        assertThat(SessionPolicyFilter.reason(START, START.plus(Duration.ofHours(11)), twelve, true)).isNull();
        assertThat(SessionPolicyFilter.reason(START, START.plus(Duration.ofHours(13)), twelve, true)).contains("absolute");
        assertThat(SessionPolicyFilter.reason(START, START.plusSeconds(60), twelve, false)).contains("disabled");
    }
}
