package org.vemanager.wbem.job;

/** CIM_ConcreteJob.JobState values (DSP1103) and the OperationalStatus each implies. */
public enum JobState {
    NEW(2, 2, 15),
    STARTING(3, 2, 8),
    RUNNING(4, 2),
    SUSPENDED(5, 2, 15),
    SHUTTING_DOWN(6, 2, 9),
    COMPLETED(7, 2, 17),
    TERMINATED(8, 10, 17),
    KILLED(9, 10, 17),
    EXCEPTION(10, 6, 17);

    private final int value;
    private final int[] operationalStatus;

    JobState(int value, int... operationalStatus) {
        this.value = value;
        this.operationalStatus = operationalStatus;
    }

    /** The JobState value on the wire. */
    public int value() {
        return value;
    }

    /** OperationalStatus: OK (2) or Error (6) / Stopped (10), with Dormant (15), Starting (8), Stopping (9) or Completed (17). */
    public int[] operationalStatus() {
        return operationalStatus.clone();
    }

    public boolean finished() {
        return this == COMPLETED || this == TERMINATED || this == KILLED || this == EXCEPTION;
    }
}
