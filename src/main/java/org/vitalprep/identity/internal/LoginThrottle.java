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

    /**
     * Where states live: in memory by default; the app keeps them in MongoDB so a restart does not clear them.
     * {@link #countTry} is atomic, so simultaneous tries are each counted and each sees a different count.
     */
    public interface StateStore {
        State get(String key);

        /**
         * Atomically counts one more try of the key at {@code now} (starting again from zero when the previous
         * failures are older than {@code forgetAfter} or their lock is over) and returns the state before it
         * (null when there was none or it was forgotten).
         */
        State countTry(String key, Instant now, Duration forgetAfter);

        /** Locks the key until the instant (keeping its count). */
        void lock(String key, Instant until);

        void remove(String key);
    }

    private static final class MemoryStore implements StateStore {
        private final Map<String, State> states = new ConcurrentHashMap<>();

        public State get(String key) {
            return states.get(key);
        }

        public State countTry(String key, Instant now, Duration forgetAfter) {
            State[] before = new State[1];
            states.compute(key, (k, s) -> {
                State live = s == null || stale(s, now, forgetAfter) ? null : s;
                before[0] = live;
                return new State(live == null ? 1 : live.failures() + 1, now, live == null ? null : live.lockedUntil());
            });
            return before[0];
        }

        public void lock(String key, Instant until) {
            states.computeIfPresent(key, (k, s) -> new State(s.failures(), s.lastFailure(), until));
        }

        public void remove(String key) {
            states.remove(key);
        }
    }

    /** Whether a state no longer counts: its lock is over, or (unlocked) its last failure is old. */
    static boolean stale(State s, Instant now, Duration forgetAfter) {
        boolean lockOver = s.lockedUntil() != null && !now.isBefore(s.lockedUntil());
        return lockOver || (s.lockedUntil() == null && now.isAfter(s.lastFailure().plus(forgetAfter)));
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

    /** Whether a try would be allowed now (read only). */
    public Decision check(String key, Instant now) {
        return decide(current(key, now), now);
    }

    /**
     * Counts this try before the password is checked and decides from the state before it: of many simultaneous
     * tries, each sees the count left by the previous ones, so a burst cannot slip past the limits.
     */
    public Decision attempt(String key, Instant now) {
        return decide(states.countTry(key, now, forgetAfter), now);
    }

    /**
     * The try counted by {@link #attempt} failed (a success clears the key instead).
     *
     * @return true when this failure locked the key
     */
    public boolean failed(String key, Instant now) {
        State s = states.get(key);
        if (s == null || s.failures() < lockoutAfter || (s.lockedUntil() != null && now.isBefore(s.lockedUntil()))) {
            return false;
        }
        states.lock(key, now.plus(lockout));
        return true;
    }

    /** A failed try, counted and judged at once (for callers that did not call {@link #attempt}). */
    public boolean failure(String key, Instant now) {
        states.countTry(key, now, forgetAfter);
        return failed(key, now);
    }

    private Decision decide(State s, Instant now) {
        if (s == null) return Decision.ALLOW;
        if (s.lockedUntil() != null && now.isBefore(s.lockedUntil())) {
            return new Decision(false, Duration.between(now, s.lockedUntil()), true);
        }
        Duration delay = delay(s.failures());
        Instant next = s.lastFailure().plus(delay);
        return now.isBefore(next) ? new Decision(false, Duration.between(now, next), false) : Decision.ALLOW;
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
        return s == null || stale(s, now, forgetAfter) ? null : s;
    }
}
