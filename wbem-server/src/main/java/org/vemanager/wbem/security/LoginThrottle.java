package org.vemanager.wbem.security;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Exponential backoff of failed logins per source address: after the n-th failure in a row an
 * address must wait {@code base * 2^(n-1)} (at most {@code max}) before its next attempt is even
 * checked; attempts inside that window are refused without spending a PBKDF2 hash. Remembers at most
 * {@code capacity} addresses (least recently failed are forgotten first). Thread-safe.
 */
public final class LoginThrottle {

    private final long baseMillis;
    private final long maxMillis;
    private final int capacity;
    private final Map<String, Failures> failures;

    public LoginThrottle(long baseMillis, long maxMillis, int capacity) {
        this.baseMillis = baseMillis;
        this.maxMillis = maxMillis;
        this.capacity = capacity;
        this.failures = new LinkedHashMap<>(64, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
                return size() > LoginThrottle.this.capacity;
            }
        };
    }

    /** Milliseconds {@code address} must still wait before an attempt is checked (0: check now). */
    public synchronized long waitMillis(String address, long nowMillis) {
        Failures entry = failures.get(address);
        if (entry == null) {
            return 0;
        }
        long wait = entry.lastFailure + delay(entry.count) - nowMillis;
        if (wait < -maxMillis * 10) {
            failures.remove(address); // an old streak is forgiven
            return 0;
        }
        return Math.max(0, wait);
    }

    /** Records a failure; returns the delay to apply before answering it. */
    public synchronized long failed(String address, long nowMillis) {
        Failures entry = failures.computeIfAbsent(address, a -> new Failures());
        entry.count++;
        entry.lastFailure = nowMillis;
        return delay(entry.count);
    }

    public synchronized void succeeded(String address) {
        failures.remove(address);
    }

    /** How many addresses are remembered (bounded by the capacity). */
    public synchronized int size() {
        return failures.size();
    }

    private long delay(int count) {
        int shift = Math.min(count - 1, 20);
        return Math.min(maxMillis, baseMillis << shift);
    }

    private static final class Failures {
        private int count;
        private long lastFailure;
    }
}
