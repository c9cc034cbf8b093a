package org.vitalprep.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Brute-force protection for one kind of key (an account or a network address): after a few failures each further
 * try must wait longer (1 s, 2 s, 4 s... up to 60 s); at the lockout threshold the key is locked for a while.
 * A success clears the key. Pure logic (time is passed in).
 */
public final class LoginThrottle {

    public record Decision(boolean allowed, Duration retryAfter, boolean locked) {
        static final Decision ALLOW = new Decision(true, Duration.ZERO, false);
    }

    /** A key's failures so far. */
    public record State(int failures, Instant lastFailure, Instant lockedUntil) {}

    /** Where states live: in memory by default; the app keeps them in MongoDB so a restart does not clear them. */
    public interface StateStore {
        State get(String key);

        void put(String key, State state);

        void remove(String key);
    }

    private static final class MemoryStore implements StateStore {
        private final Map<String, State> states = new ConcurrentHashMap<>();

        public State get(String key) {
            return states.get(key);
        }

        public void put(String key, State state) {
            states.put(key, state);
        }

        public void remove(String key) {
            states.remove(key);
        }
    }

    private final int freeFailures;
    private final int lockoutAfter;
    private final Duration lockout;
    private final Duration forgetAfter;
    private final StateStore states;

    /**
     * @param freeFailures failures allowed before delays start
     * @param lockoutAfter failures that lock the key
     * @param lockout      how long a lock lasts
     * @param forgetAfter  failures older than this (since the last one) are forgotten
     */
    public LoginThrottle(int freeFailures, int lockoutAfter, Duration lockout, Duration forgetAfter) {
        this(freeFailures, lockoutAfter, lockout, forgetAfter, new MemoryStore());
    }

    public LoginThrottle(int freeFailures, int lockoutAfter, Duration lockout, Duration forgetAfter, StateStore store) {
        this.states = store;
        this.freeFailures = freeFailures;
        this.lockoutAfter = lockoutAfter;
        this.lockout = lockout;
        this.forgetAfter = forgetAfter;
    }

    public Decision check(String key, Instant now) {
        State s = current(key, now);
        if (s == null) return Decision.ALLOW;
        if (s.lockedUntil() != null && now.isBefore(s.lockedUntil())) {
            return new Decision(false, Duration.between(now, s.lockedUntil()), true);
        }
        Duration delay = delay(s.failures());
        Instant next = s.lastFailure().plus(delay);
        return now.isBefore(next) ? new Decision(false, Duration.between(now, next), false) : Decision.ALLOW;
    }

    /** @return true when this failure locked the key */
    public boolean failure(String key, Instant now) {
        State s = current(key, now);
        int failures = (s == null ? 0 : s.failures()) + 1;
        Instant lockedUntil = failures >= lockoutAfter ? now.plus(lockout) : null;
        states.put(key, new State(failures, now, lockedUntil));
        return lockedUntil != null && (s == null || s.lockedUntil() == null);
    }

    public void success(String key) {
        states.remove(key);
    }

    Duration delay(int failures) {
        if (failures <= freeFailures) return Duration.ZERO;
        long seconds = 1L << Math.min(6, failures - freeFailures - 1);
        return Duration.ofSeconds(Math.min(60, seconds));
    }

    private State current(String key, Instant now) {
        State s = states.get(key);
        if (s == null) return null;
        boolean lockOver = s.lockedUntil() != null && !now.isBefore(s.lockedUntil());
        if (lockOver || (s.lockedUntil() == null && now.isAfter(s.lastFailure().plus(forgetAfter)))) {
            states.remove(key);
            return null;
        }
        return s;
    }
}
