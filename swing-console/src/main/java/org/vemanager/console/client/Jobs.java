package org.vemanager.console.client;

import java.time.Duration;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.wbem.WBEMException;

/** Waits for a CIM_ConcreteJob (DSP1103) a method started, by reading its JobState until it ends. */
public final class Jobs {

    private static final int COMPLETED = 7;
    private static final long POLL_MS = 250;

    private Jobs() {
    }

    /**
     * Finishes a method call: a return code other than 0 (completed) or 4096 (job started) becomes
     * CIM_ERR_FAILED naming the method and the code; a started job is waited for with {@link #await}.
     */
    public static void complete(NodeSession session, String method, NodeSession.MethodOutcome outcome, Duration timeout)
            throws WBEMException, InterruptedException {
        if (!outcome.ok()) {
            throw new WBEMException(WBEMException.CIM_ERR_FAILED, method + ": " + CimErrors.returnCode(outcome.returnCode()));
        }
        if (outcome.returnCode() == 4096 && outcome.job() != null) {
            await(session, outcome.job(), timeout);
        }
    }

    /**
     * Returns when the job completed; throws with the job's ErrorDescription when it ended otherwise
     * (terminated, killed, exception), and CIM_ERR_FAILED when it is still running after {@code timeout}.
     * The caller's thread sleeps between reads, so cancelling the caller (interrupt) stops the wait.
     */
    public static void await(NodeSession session, CIMObjectPath job, Duration timeout) throws WBEMException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            CIMInstance state = session.client().getInstance(job, false, false,
                    new String[] {"JobState", "ErrorDescription", "Name"});
            Object jobState = NodeSession.value(state, "JobState");
            int code = jobState instanceof Number n ? n.intValue() : -1;
            if (code == COMPLETED) {
                return;
            }
            if (code >= 8 && code <= 10) {
                String error = NodeSession.string(state, "ErrorDescription");
                throw new WBEMException(WBEMException.CIM_ERR_FAILED, "job " + NodeSession.string(state, "Name")
                        + " failed" + (error == null ? "" : ": " + error));
            }
            if (System.nanoTime() > deadline) {
                throw new WBEMException(WBEMException.CIM_ERR_FAILED, "job " + NodeSession.string(state, "Name")
                        + " still running after " + timeout.toSeconds() + " s");
            }
            Thread.sleep(POLL_MS);
        }
    }
}
