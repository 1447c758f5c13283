package org.vemanager.provider.libvirt;

import java.util.concurrent.atomic.AtomicBoolean;
import org.libvirt.DomainJobInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.JobProgress;

/**
 * Runs one long libvirt operation on a domain (managed save, a snapshot with memory) as the work of a
 * CIM job. libvirt reports such operations as a domain job but sends no progress events, so while the
 * call runs a daemon thread reads the job (virDomainGetJobInfo) every {@value #PERIOD_MS} ms and reports
 * data processed / data total as PercentComplete (at most 99 until the call returns). A client's cancel
 * request aborts the libvirt job (virDomainAbortJob): the operation then fails and libvirt leaves the
 * domain as it was; the job ends Terminated. Drivers without domain jobs (the test driver) only get
 * 100 % at the end and cannot be cancelled.
 */
public final class DomainJobMonitor {

    static final long PERIOD_MS = 250;
    private static final Logger LOG = LoggerFactory.getLogger(DomainJobMonitor.class);

    private DomainJobMonitor() {
    }

    /** The operation: one or more libvirt calls on the domain, through the same {@link Hypervisor}. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws CimException;
    }

    /** Runs {@code work} on the domain, reporting to {@code progress}; 100 % once it returns. */
    public static <T> T run(Hypervisor hypervisor, String uuid, String action, JobProgress progress, Work<T> work)
            throws CimException {
        AtomicBoolean done = new AtomicBoolean();
        progress.onCancel(() -> abort(hypervisor, uuid, action, done));
        Thread watcher = new Thread(() -> watch(hypervisor, uuid, progress, done), "vem-domain-job-" + uuid);
        watcher.setDaemon(true);
        watcher.start();
        try {
            T result = work.run();
            done.set(true);
            progress.percentComplete(100);
            return result;
        } catch (CimException e) {
            if (progress.cancelRequested()) {
                throw new CimException(CimStatus.FAILED, action + ": cancelled at a client's request; the system is as it was");
            }
            throw e;
        } finally {
            done.set(true);
            watcher.interrupt();
        }
    }

    private static void watch(Hypervisor hypervisor, String uuid, JobProgress progress, AtomicBoolean done) {
        while (!done.get()) {
            try {
                Thread.sleep(PERIOD_MS);
                if (done.get()) {
                    return;
                }
                DomainJobInfo info = hypervisor.onDomain(uuid, "read the progress of a job", d -> d.getJobInfo());
                long total = info.getDataTotal();
                if (total > 0 && !done.get()) {
                    progress.percentComplete((int) Math.min(99, info.getDataProcessed() * 100 / total));
                }
            } catch (InterruptedException e) {
                return;
            } catch (CimException e) {
                // the driver has no job info (the test driver), or the job just ended: nothing to report
                LOG.debug("no job progress for {}: {}", uuid, e.getMessage());
                return;
            }
        }
    }

    private static void abort(Hypervisor hypervisor, String uuid, String action, AtomicBoolean done) {
        if (done.get()) {
            return;
        }
        try {
            hypervisor.onDomain(uuid, "abort " + action, d -> d.abortJob());
            LOG.info("aborted libvirt job of {} ({}) at a client's request", uuid, action);
        } catch (CimException e) {
            LOG.info("could not abort {} of {}: {}", action, uuid, e.getMessage());
        }
    }
}
