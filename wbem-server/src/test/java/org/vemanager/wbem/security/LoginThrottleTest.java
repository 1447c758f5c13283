package org.vemanager.wbem.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    @Test
    void backoffDoublesUpToTheMaximumAndSuccessResets() {
        LoginThrottle throttle = new LoginThrottle(100, 1_000, 10);

        assertThat(throttle.waitMillis("a", 0)).isZero();
        assertThat(throttle.failed("a", 0)).isEqualTo(100);
        assertThat(throttle.waitMillis("a", 50)).isEqualTo(50);
        assertThat(throttle.failed("a", 100)).isEqualTo(200);
        assertThat(throttle.failed("a", 300)).isEqualTo(400);
        for (int i = 0; i < 10; i++) {
            throttle.failed("a", 1_000);
        }
        assertThat(throttle.waitMillis("a", 1_000)).isEqualTo(1_000);
        assertThat(throttle.waitMillis("b", 1_000)).isZero();
        throttle.succeeded("a");
        assertThat(throttle.waitMillis("a", 1_000)).isZero();
    }

    @Test
    void remembersABoundedNumberOfAddresses() {
        LoginThrottle throttle = new LoginThrottle(100, 1_000, 10);

        for (int i = 0; i < 10_000; i++) {
            throttle.failed("10.0." + (i / 256) + "." + (i % 256), 0);
        }

        assertThat(throttle.size()).isEqualTo(10);
    }
}
