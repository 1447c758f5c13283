package org.vemanager.wbem.job;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.wbem.spi.JobProgress;
import org.vemanager.wbem.spi.JobTask;

/**
 * One job's mutable state. Written by the worker thread and by RequestStateChange, read by request
 * threads: every access is synchronized on the job.
 */
final class Job implements JobProgress {

    final String instanceId;
    final String namespace;
    final String className;
    final String name;
    final List<CIMObjectPath> affected;
    final JobTask task;
    final CIMObjectPath path;
    final Instant created;
    final Duration timeBeforeRemoval;
    private JobState state = JobState.NEW;
    private int percent;
    private Instant started;
    private Instant finished;
    private Instant lastChange;
    private int errorCode;
    private String errorDescription;
    private List<CIMInstance> errors = List.of();
    private JobState cancelTo;
    private IntSupplier reading;
    private boolean deleteWhenEnded;
    private final List<Runnable> cancelActions = new ArrayList<>();

    Job(String instanceId, String name, List<CIMObjectPath> affected, JobTask task, CIMObjectPath path, Instant created,
            Duration timeBeforeRemoval) {
        this.instanceId = instanceId;
        this.namespace = path.getNamespace();
        this.className = path.getObjectName();
        this.name = name;
        this.affected = List.copyOf(affected);
        this.task = task;
        this.path = path;
        this.created = created;
        this.lastChange = created;
        this.timeBeforeRemoval = timeBeforeRemoval;
    }

    @Override
    public synchronized void percentComplete(int value) {
        percent = Math.max(0, Math.min(100, value));
    }

    synchronized int percent() {
        return percent;
    }

    @Override
    public synchronized void progressReading(IntSupplier source) {
        reading = state.finished() ? null : source;
    }

    /** The task's live progress reading while the job runs, else null. */
    synchronized IntSupplier runningReading() {
        return state == JobState.RUNNING ? reading : null;
    }

    /** Takes a value read from {@link #runningReading()}, unless the job ended meanwhile (100 is for completion). */
    synchronized void readPercent(int value) {
        if (state == JobState.RUNNING) {
            percent = Math.max(0, Math.min(99, value));
        }
    }

    @Override
    public void onCancel(Runnable action) {
        boolean now;
        synchronized (this) {
            now = cancelTo != null;
            if (!now) {
                cancelActions.add(action);
            }
        }
        if (now) {
            action.run();
        }
    }

    @Override
    public synchronized boolean cancelRequested() {
        return cancelTo != null;
    }

    /**
     * Records a Terminate (TERMINATED) or Kill (KILLED) request and runs the task's cancel actions (outside
     * the lock); false when the job already finished.
     */
    boolean requestCancel(JobState to) {
        return requestCancel(to, false);
    }

    /** As {@link #requestCancel(JobState)}; {@code delete} also asks for the instance to go as soon as the job ends. */
    boolean requestCancel(JobState to, boolean delete) {
        List<Runnable> actions;
        synchronized (this) {
            if (state.finished()) {
                return false;
            }
            deleteWhenEnded |= delete;
            if (cancelTo == null || to == JobState.KILLED) {
                cancelTo = to;
            }
            actions = List.copyOf(cancelActions);
            cancelActions.clear();
        }
        actions.forEach(Runnable::run);
        return true;
    }

    synchronized JobState cancelTarget() {
        return cancelTo;
    }

    synchronized void transition(JobState to, Instant now) {
        state = to;
        lastChange = now;
        if (to == JobState.RUNNING && started == null) {
            started = now;
        }
        if (to.finished()) {
            finished = now;
            reading = null;
            if (to == JobState.COMPLETED) {
                percent = 100;
            }
        }
    }

    synchronized void fail(int code, String description, List<CIMInstance> errorInstances, Instant now) {
        errorCode = code;
        errorDescription = description;
        errors = List.copyOf(errorInstances);
        transition(JobState.EXCEPTION, now);
    }

    synchronized Snapshot snapshot() {
        return new Snapshot(state, percent, started, finished, lastChange, errorCode, errorDescription, errors);
    }

    /** True once finished after a KillJob that asked for the instance to be deleted. */
    synchronized boolean endedAndToBeDeleted() {
        return deleteWhenEnded && state.finished();
    }

    /** True once finished and its TimeBeforeRemoval has passed. */
    synchronized boolean removable(Instant now) {
        return finished != null && now.isAfter(finished.plus(timeBeforeRemoval));
    }

    /** An immutable view of the state, for building the CIM instance. */
    record Snapshot(JobState state, int percent, Instant started, Instant finished, Instant lastChange, int errorCode,
            String errorDescription, List<CIMInstance> errors) {
    }
}
