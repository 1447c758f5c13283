package org.vemanager.wbem.spi;

/** How a running job reports progress and learns it should stop. */
public interface JobProgress {

    /** Sets PercentComplete, 0 to 100. */
    void percentComplete(int percent);

    /** True once a client asked to terminate the job (RequestStateChange 4/5 on the job). */
    boolean cancelRequested();
}
