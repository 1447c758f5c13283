package org.vemanager.wbem.spi;

import java.util.function.IntSupplier;

/** How a running job reports progress and learns it should stop. */
public interface JobProgress {

    /** Sets PercentComplete, 0 to 100, and publishes the change. */
    void percentComplete(int percent);

    /** True once a client asked to terminate the job (RequestStateChange 4/5 on the job). */
    boolean cancelRequested();

    /**
     * Runs {@code action} once when a client asks to terminate or kill the job (at once if one already
     * has), on the requesting thread: for work blocked in a call that another call can interrupt, such
     * as libvirt's virDomainAbortJob. The action must be quick and must not throw. A task that then ends
     * with a CimException ends Terminated or Killed, not Exception.
     */
    default void onCancel(Runnable action) {
        // a progress that cannot be cancelled never runs it
    }

    /**
     * Gives PercentComplete a live source, for work whose progress can be read but is never announced
     * (libvirt sends no progress events for its domain jobs). While the job runs, the job service calls
     * {@code reading} whenever it builds the job's instance (GetInstance, enumeration, pull, associations,
     * the indication of a state change), on that request's thread and outside the job's lock; nothing is
     * sampled in between and a changed reading alone publishes no indication. The value is clamped to
     * 0–99 (100 means completed); a reading that throws keeps the last value. The reading must be quick
     * and safe to call from any thread; a later call replaces it, and it is dropped when the job ends.
     */
    default void progressReading(IntSupplier reading) {
        // a progress without instances to build never asks
    }
}
