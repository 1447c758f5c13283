package org.vemanager.agent.guest.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    private final AtomicLong now = new AtomicLong();

    @Test
    void aBurstThenTheSteadyRate() {
        RateLimiter limiter = new RateLimiter(2, 3, now::get);

        assertThat(limiter.tryAcquire()).isTrue();
        assertThat(limiter.tryAcquire()).isTrue();
        assertThat(limiter.tryAcquire()).isTrue();
        assertThat(limiter.tryAcquire()).as("burst spent").isFalse();

        now.addAndGet(500_000_000L);
        assertThat(limiter.tryAcquire()).as("one token per half second").isTrue();
        assertThat(limiter.tryAcquire()).isFalse();

        now.addAndGet(60_000_000_000L);
        int granted = 0;
        while (limiter.tryAcquire()) {
            granted++;
        }
        assertThat(granted).as("a long pause refills only up to the burst").isEqualTo(3);
    }
}
