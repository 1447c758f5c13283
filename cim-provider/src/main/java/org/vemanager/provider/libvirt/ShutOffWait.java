package org.vemanager.provider.libvirt;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.libvirt.DomainInfo.DomainState;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.JobProgress;

/**
 * Waits until a domain is shut off, woken by libvirt's lifecycle events for that domain rather than by
 * reading its state in a loop. The listener is registered before the state is first read, so a domain
 * that stops in between is not missed; the state is read again on each event for the domain (an event
 * only says that something changed) and once at the deadline, which also covers a connection that
 * delivers no events. A client's cancel request ({@link JobProgress#onCancel}) wakes the wait at once.
 */
public final class ShutOffWait {

    /** How a wait ended. */
    public enum Outcome { SHUT_OFF, CANCELLED, TIMED_OUT }

    private final Hypervisor hypervisor;
    private final String uuid;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition signalled = lock.newCondition();
    private boolean woken;

    private ShutOffWait(Hypervisor hypervisor, String uuid) {
        this.hypervisor = hypervisor;
        this.uuid = uuid;
    }

    /**
     * Blocks until the domain {@code uuid} is shut off, {@code progress} is cancelled or {@code timeoutMs}
     * has passed. A CimException from reading the state (the domain was undefined, the host is unreachable)
     * ends the wait.
     */
    public static Outcome await(Hypervisor hypervisor, String uuid, long timeoutMs, JobProgress progress)
            throws CimException, InterruptedException {
        return new ShutOffWait(hypervisor, uuid).run(timeoutMs, progress);
    }

    private Outcome run(long timeoutMs, JobProgress progress) throws CimException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        DomainLifecycleListener listener = event -> {
            if (event.uuid().equalsIgnoreCase(uuid)) {
                wake();
            }
        };
        hypervisor.addLifecycleListener(listener);
        try {
            if (shutOff()) {
                return Outcome.SHUT_OFF;
            }
            progress.onCancel(this::wake);
            while (true) {
                boolean timedOut = !sleepUntilWoken(deadline);
                if (progress.cancelRequested()) {
                    return Outcome.CANCELLED;
                }
                if (shutOff()) {
                    return Outcome.SHUT_OFF;
                }
                if (timedOut) {
                    return Outcome.TIMED_OUT;
                }
            }
        } finally {
            hypervisor.removeLifecycleListener(listener);
        }
    }

    private boolean shutOff() throws CimException {
        return hypervisor.domain(uuid).state() == DomainState.VIR_DOMAIN_SHUTOFF;
    }

    /** Called on the event-loop thread or a client's request thread: only signals, never calls libvirt. */
    private void wake() {
        lock.lock();
        try {
            woken = true;
            signalled.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** False when the deadline passed without a wake-up. */
    private boolean sleepUntilWoken(long deadline) throws InterruptedException {
        lock.lock();
        try {
            while (!woken) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                signalled.awaitNanos(left);
            }
            woken = false;
            return true;
        } finally {
            lock.unlock();
        }
    }
}
