package org.vemanager.wbem.spi;

/** The long-running part of a method, run by the server's job service off the request thread. */
@FunctionalInterface
public interface JobTask {

    /**
     * Does the work, reporting progress. Returning normally completes the job; a CimException marks
     * it failed with that status and description (and its CIM_Error instances for GetError).
     */
    void run(JobProgress progress) throws CimException;
}
