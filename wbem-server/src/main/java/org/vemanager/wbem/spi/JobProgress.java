package org.vemanager.wbem.spi;

/** How a running job reports progress and learns it should stop. */
public interface JobProgress {

    /** Sets PercentComplete, 0 to 100. */
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
}
