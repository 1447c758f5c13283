package org.vemanager.provider.libvirt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.libvirt.DomainInfo.DomainState;
import org.vemanager.provider.libvirt.ShutOffWait.Outcome;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.JobProgress;

/**
 * Waiting for a guest to power off on the libvirt test driver. The wait registers its cancel hook only
 * after it has read the domain running, so the tests act from that hook: whatever they do then reaches
 * the wait as an event or a cancel, never as the first state read. The deadlines are far beyond the
 * JUnit timeout, so a wait that missed its wake-up fails the test instead of timing out into a pass.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ShutOffWaitTest {

    private static final String WEB = HypervisorTest.WEB;
    private static final String SPARE = HypervisorTest.SPARE;
    private static final long LONG_MS = 600_000;

    /** A job's progress as the wait sees it, with a hook that runs once the wait is about to sleep. */
    private static final class Progress implements JobProgress {
        private final Consumer<Progress> whenWaiting;
        private volatile boolean cancelled;
        private volatile Runnable cancelAction;

        Progress(Consumer<Progress> whenWaiting) {
            this.whenWaiting = whenWaiting;
        }

        @Override
        public void percentComplete(int percent) {
            // the wait reports no progress
        }

        @Override
        public boolean cancelRequested() {
            return cancelled;
        }

        @Override
        public void onCancel(Runnable action) {
            cancelAction = action;
            whenWaiting.accept(this);
        }

        void cancel() {
            cancelled = true;
            cancelAction.run();
        }
    }

    @Test
    void returnsAtOnceForADomainAlreadyOff(@TempDir Path dir) throws Exception {
        try (Hypervisor h = Hypervisor.open("test://" + HypervisorTest.fixture(dir))) {
            Progress progress = new Progress(p -> {
                throw new AssertionError("a domain already off needs no waiting");
            });

            assertThat(ShutOffWait.await(h, SPARE, LONG_MS, progress)).isEqualTo(Outcome.SHUT_OFF);
        }
    }

    @Test
    void wakesOnTheStoppedEventOfADomainPoweredOffLater(@TempDir Path dir) throws Exception {
        try (Hypervisor h = Hypervisor.open("test://" + HypervisorTest.fixture(dir))) {
            CompletableFuture<Void> destroyed = new CompletableFuture<>();
            Progress progress = new Progress(p -> CompletableFuture.runAsync(() -> {
                try {
                    h.onDomain(WEB, "power off web", d -> {
                        d.destroy();
                        return null;
                    });
                    destroyed.complete(null);
                } catch (CimException e) {
                    destroyed.completeExceptionally(e);
                }
            }));

            assertThat(ShutOffWait.await(h, WEB, LONG_MS, progress)).isEqualTo(Outcome.SHUT_OFF);
            destroyed.get();
        }
    }

    @Test
    void wakesAtOnceOnACancelRequest(@TempDir Path dir) throws Exception {
        try (Hypervisor h = Hypervisor.open("test://" + HypervisorTest.fixture(dir))) {
            Progress progress = new Progress(p -> CompletableFuture.runAsync(p::cancel));

            assertThat(ShutOffWait.await(h, WEB, LONG_MS, progress)).isEqualTo(Outcome.CANCELLED);
            assertThat(h.domain(WEB).state()).isEqualTo(DomainState.VIR_DOMAIN_RUNNING);
        }
    }

    @Test
    void endsAtTheDeadlineWhenNothingHappens(@TempDir Path dir) throws Exception {
        try (Hypervisor h = Hypervisor.open("test://" + HypervisorTest.fixture(dir))) {
            Progress progress = new Progress(p -> { });

            assertThat(ShutOffWait.await(h, WEB, 1, progress)).isEqualTo(Outcome.TIMED_OUT);
        }
    }

    @Test
    void anUnknownDomainIsNotFound(@TempDir Path dir) throws Exception {
        try (Hypervisor h = Hypervisor.open("test://" + HypervisorTest.fixture(dir))) {
            Progress progress = new Progress(p -> { });

            assertThatThrownBy(() -> ShutOffWait.await(h, "99999999-0000-4000-8000-000000000000", LONG_MS, progress))
                    .isInstanceOf(CimException.class)
                    .satisfies(e -> assertThat(((CimException) e).status()).isEqualTo(CimStatus.NOT_FOUND));
        }
    }
}
