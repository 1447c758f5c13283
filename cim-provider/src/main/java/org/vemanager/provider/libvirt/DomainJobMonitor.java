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
 * CIM job. libvirt reports such operations as a domain job but sends no progress events, so nothing
 * watches it: the job gets a live reading instead ({@link JobProgress#progressReading}), which reads the
 * domain job (virDomainGetJobInfo) only when a client reads the CIM job and reports data processed / data
 * total as PercentComplete. A client's cancel request aborts the libvirt job (virDomainAbortJob): the
 * operation then fails and libvirt leaves the domain as it was; the job ends Terminated. Drivers without
 * domain jobs (the test driver) only get 100 % at the end and cannot be cancelled.
 */
public final class DomainJobMonitor {

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
        progress.progressReading(() -> read(hypervisor, uuid, done));
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
        }
    }

    /**
     * Data processed / data total of the domain's job, in percent. Throws when there is nothing to read (the
     * driver has no job info, or the job has not started or already ended): the CIM job then keeps its last
     * PercentComplete. Once our call returned, a libvirt job on the domain is someone else's.
     */
    private static int read(Hypervisor hypervisor, String uuid, AtomicBoolean done) {
        if (done.get()) {
            throw new IllegalStateException("the libvirt call has returned");
        }
        DomainJobInfo info;
        try {
            info = hypervisor.onDomain(uuid, "read the progress of a job", d -> d.getJobInfo());
        } catch (CimException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        long total = info.getDataTotal();
        if (total <= 0) {
            throw new IllegalStateException("the libvirt job of " + uuid + " reports no data total");
        }
        return (int) Math.min(100, info.getDataProcessed() * 100 / total);
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
