package org.vemanager.agent.guest.server;

import java.util.function.LongSupplier;

/**
 * A token bucket: {@code ratePerSecond} requests per second on average, bursts of up to
 * {@code burst}. One bucket for the whole agent — its only legitimate caller is the node-agent,
 * so anything beyond the rate is either a bug or an attack, and refusing it protects the guest.
 */
public final class RateLimiter {
    private final double ratePerNano;
    private final double burst;
    private final LongSupplier nanoClock;
    private double tokens;
    private long last;

    public RateLimiter(double ratePerSecond, int burst, LongSupplier nanoClock) {
        if (ratePerSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("rate must be > 0 and burst >= 1");
        }
        this.ratePerNano = ratePerSecond / 1e9;
        this.burst = burst;
        this.nanoClock = nanoClock;
        this.tokens = burst;
        this.last = nanoClock.getAsLong();
    }

    /** Takes one token if there is one. */
    public synchronized boolean tryAcquire() {
        long now = nanoClock.getAsLong();
        tokens = Math.min(burst, tokens + (now - last) * ratePerNano);
        last = now;
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }
}
