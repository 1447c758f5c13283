package org.vemanager.wbem.job;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.metricshub.wbem.javax.cim.CIMClass;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;
import org.metricshub.wbem.javax.cim.UnsignedInteger32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vemanager.wbem.interop.ServerProfiles;
import org.vemanager.wbem.repository.ClassInfo;
import org.vemanager.wbem.repository.DefaultProviderRegistry;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.JobProgress;
import org.vemanager.wbem.spi.JobTask;
import org.vemanager.wbem.spi.Jobs;

/**
 * The job service (DSP1103 Job Control): runs JobTasks on a bounded executor and keeps their
 * CIM_ConcreteJob instances (VEM_ConcreteJob when the schema has it), served by {@link JobProvider}
 * with GetError/GetErrors/RequestStateChange, and their CIM_AffectedJobElement associations
 * ({@link AffectedJobElementProvider}), and the deprecated KillJob. Finished jobs disappear TimeBeforeRemoval (5 minutes by
 * default) after they finish; removal is checked against the clock whenever jobs are read, so no
 * timer thread is needed and tests advance a clock instead of sleeping. Every JobState change and
 * every PercentComplete the task sets is published as a CIM_InstModification indication; a task whose
 * progress can only be read gives a live reading instead ({@link JobProgress#progressReading}), asked
 * whenever the instance is built and never sampled in the background. A task may register what
 * interrupts its work ({@link JobProgress#onCancel}); a task that fails after a cancel request ends
 * Terminated or Killed.
 *
 * <p>Constructing the service plugs it into the registry as {@code ProviderContext.jobs()}.
 */
public final class JobService implements Jobs {

    private static final Logger LOG = LoggerFactory.getLogger(JobService.class);
    public static final Duration DEFAULT_TIME_BEFORE_REMOVAL = Duration.ofMinutes(5);

    private final DefaultProviderRegistry registry;
    private final Clock clock;
    private final Executor executor;
    private final Duration timeBeforeRemoval;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    public JobService(DefaultProviderRegistry registry, Clock clock, Executor executor, Duration timeBeforeRemoval) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.timeBeforeRemoval = Objects.requireNonNull(timeBeforeRemoval, "timeBeforeRemoval");
        registry.jobs(this);
    }

    /** A bounded pool of daemon worker threads with a bounded queue (a full queue fails the new job, it never blocks). */
    public static ExecutorService boundedExecutor(int threads, int queueSize) {
        AtomicInteger n = new AtomicInteger();
        return new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queueSize), r -> {
            Thread t = new Thread(r, "vem-job-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Registers the job providers in {@code namespace}: the job class (VEM_ConcreteJob, else
     * CIM_ConcreteJob) and, when present, the affected-element association (VEM_AffectedJobElement,
     * else CIM_AffectedJobElement); and the Job Control profile (DSP1103), whose central instances are
     * the jobs ({@link ServerProfiles#jobControl}).
     */
    public void registerProviders(String namespace) {
        String ns = registry.classes().resolveNamespace(namespace);
        String jobClass = jobClass(ns);
        if (jobClass == null) {
            throw new IllegalStateException("namespace " + namespace + " has neither VEM_ConcreteJob nor CIM_ConcreteJob");
        }
        registry.register(ns, new JobProvider(this, jobClass));
        registry.registerProfile(ServerProfiles.jobControl(ns, jobClass));
        String assoc = firstExisting(ns, "VEM_AffectedJobElement", "CIM_AffectedJobElement");
        if (assoc != null) {
            registry.register(ns, new AffectedJobElementProvider(this, assoc));
        }
    }

    private String jobClass(String ns) {
        return ns == null ? null : firstExisting(ns, "VEM_ConcreteJob", "CIM_ConcreteJob");
    }

    private String firstExisting(String ns, String... names) {
        for (String name : names) {
            ClassInfo info = registry.classes().classInfo(ns, name);
            if (info != null) {
                return info.name();
            }
        }
        return null;
    }

    @Override
    public CIMObjectPath start(String namespace, String name, List<CIMObjectPath> affectedElements, JobTask task) {
        Objects.requireNonNull(task, "task");
        String ns = registry.classes().resolveNamespace(namespace);
        String jobClass = jobClass(ns);
        if (jobClass == null) {
            throw new IllegalStateException("cannot start a job in " + namespace + ": it has no job class");
        }
        purge();
        String id = "VEM:Job:" + UUID.randomUUID();
        CIMObjectPath path = new CIMObjectPath(null, null, null, ns, jobClass,
            new CIMProperty<?>[] {new CIMProperty<>("InstanceID", CIMDataType.STRING_T, id, true, false, null)});
        Job job = new Job(id, name, affectedElements == null ? List.of() : affectedElements, task, path,
            clock.instant(), timeBeforeRemoval);
        jobs.put(id, job);
        try {
            executor.execute(() -> run(job));
        } catch (RejectedExecutionException e) {
            change(job, () -> job.fail(CimStatus.SERVER_LIMITS_EXCEEDED.code(), "the server is running too many jobs; try again later",
                List.of(), clock.instant()));
        }
        return path;
    }

    private void run(Job job) {
        if (job.cancelRequested()) {
            change(job, () -> job.transition(job.cancelTarget(), clock.instant()));
            return;
        }
        change(job, () -> job.transition(JobState.RUNNING, clock.instant()));
        try {
            job.task.run(new PublishedProgress(job));
            JobState end = job.cancelRequested() ? job.cancelTarget() : JobState.COMPLETED;
            change(job, () -> job.transition(end, clock.instant()));
        } catch (CimException e) {
            if (job.cancelRequested()) {
                // the work was interrupted because a client asked: that is how a cancelled job ends
                LOG.info("job {} ({}) cancelled: {}", job.instanceId, job.name, e.description());
                change(job, () -> job.transition(job.cancelTarget(), clock.instant()));
                return;
            }
            change(job, () -> job.fail(e.status().code(), e.description(), e.errors(), clock.instant()));
        } catch (RuntimeException e) {
            String correlation = UUID.randomUUID().toString();
            LOG.warn("job {} ({}) failed [correlation id {}]", job.instanceId, job.name, correlation, e);
            change(job, () -> job.fail(CimStatus.FAILED.code(), "internal error; the server log has the details under correlation id "
                + correlation, List.of(), clock.instant()));
        }
    }

    /** The job's progress as its task sees it: a new PercentComplete is published like a state change. */
    private final class PublishedProgress implements JobProgress {
        private final Job job;

        PublishedProgress(Job job) {
            this.job = job;
        }

        @Override
        public void percentComplete(int percent) {
            if (job.percent() != Math.max(0, Math.min(100, percent))) {
                change(job, () -> job.percentComplete(percent));
            }
        }

        @Override
        public boolean cancelRequested() {
            return job.cancelRequested();
        }

        @Override
        public void onCancel(Runnable action) {
            job.onCancel(action);
        }

        @Override
        public void progressReading(IntSupplier reading) {
            job.progressReading(reading);
        }
    }

    /**
     * Applies a state change and publishes it as CIM_InstModification (outside the job's lock); a job
     * killed with DeleteOnKill goes once that last change is out.
     */
    private void change(Job job, Runnable mutation) {
        CIMInstance before = instance(job);
        mutation.run();
        CIMInstance after = instance(job);
        publish(job, before, after);
        if (job.endedAndToBeDeleted()) {
            jobs.remove(job.instanceId, job);
        }
    }

    private void publish(Job job, CIMInstance before, CIMInstance after) {
        try {
            CIMClass indicationClass = registry.classes().getClass(job.namespace, "CIM_InstModification");
            CIMInstance indication;
            if (indicationClass != null) {
                indication = new InstanceBuilder(indicationClass, job.namespace)
                    .set("SourceInstance", after)
                    .set("PreviousInstance", before)
                    .set("IndicationTime", InstanceBuilder.dateTime(clock.instant()))
                    .set("SourceInstanceModelPath", job.path.toString())
                    .build();
            } else {
                indication = new CIMInstance(new CIMObjectPath(null, null, null, job.namespace, "CIM_InstModification", null),
                    new CIMProperty<?>[] {
                        new CIMProperty<>("SourceInstance", CIMDataType.OBJECT_T, after),
                        new CIMProperty<>("PreviousInstance", CIMDataType.OBJECT_T, before),
                        new CIMProperty<>("IndicationTime", CIMDataType.DATETIME_T, InstanceBuilder.dateTime(clock.instant()))});
            }
            registry.indicationPublisher().publish(job.namespace, indication);
        } catch (RuntimeException e) {
            LOG.warn("could not publish the state change of job {}", job.instanceId, e);
        }
    }

    /** Forgets finished jobs whose TimeBeforeRemoval has passed. */
    void purge() {
        Instant now = clock.instant();
        jobs.values().removeIf(job -> job.removable(now));
    }

    /** Live jobs of {@code namespace}, after purging. */
    List<Job> jobs(String namespace) {
        purge();
        List<Job> result = new ArrayList<>();
        for (Job job : jobs.values()) {
            if (job.namespace.equalsIgnoreCase(namespace)) {
                result.add(job);
            }
        }
        return result;
    }

    /** The job named by {@code path}, or null. */
    Job job(CIMObjectPath path) {
        purge();
        Object id = path.getKeyValue("InstanceID");
        return id == null ? null : jobs.get(id.toString());
    }

    /** Terminate (4) → TERMINATED, Kill (5) → KILLED; 0 when accepted, 4097 when the job already finished. */
    long requestStateChange(Job job, int requestedState) {
        JobState to = switch (requestedState) {
            case 4 -> JobState.TERMINATED;
            case 5 -> JobState.KILLED;
            default -> null;
        };
        if (to == null) {
            return 1;
        }
        return job.requestCancel(to) ? 0 : 4097;
    }

    /**
     * CIM_Job.KillJob, deprecated for RequestStateChange but still in the schema: a Kill (5). Returns 0
     * when accepted, 4 (Failed) when the job already finished (nothing changes, not even with
     * DeleteOnKill). With {@code deleteOnKill} the instance is removed as soon as the job has ended,
     * instead of TimeBeforeRemoval later.
     */
    long killJob(Job job, boolean deleteOnKill) {
        return job.requestCancel(JobState.KILLED, deleteOnKill) ? 0 : 4;
    }

    CIMClass classDefinition(String namespace, String className) {
        return registry.classes().getClass(namespace, className);
    }

    /** The CIM_ConcreteJob instance for the job's current state, with PercentComplete read live when the task can. */
    CIMInstance instance(Job job) {
        readProgress(job);
        Job.Snapshot s = job.snapshot();
        CIMClass cls = registry.classes().getClass(job.namespace, job.className);
        Instant now = clock.instant();
        Instant end = s.finished() != null ? s.finished() : now;
        int[] status = s.state().operationalStatus();
        UnsignedInteger16[] operational = new UnsignedInteger16[status.length];
        for (int i = 0; i < status.length; i++) {
            operational[i] = new UnsignedInteger16(status[i]);
        }
        return new InstanceBuilder(cls, job.namespace)
            .set("InstanceID", job.instanceId)
            .set("Name", job.name)
            .set("ElementName", job.name)
            .set("Caption", job.name)
            .set("JobState", new UnsignedInteger16(s.state().value()))
            .set("OperationalStatus", operational)
            .set("JobStatus", s.state().name())
            .set("PercentComplete", new UnsignedInteger16(s.percent()))
            .set("TimeSubmitted", InstanceBuilder.dateTime(job.created))
            .set("StartTime", InstanceBuilder.dateTime(s.started()))
            .set("ElapsedTime", s.started() == null ? null : InstanceBuilder.interval(Duration.between(s.started(), end)))
            .set("TimeOfLastStateChange", InstanceBuilder.dateTime(s.lastChange()))
            .set("TimeBeforeRemoval", InstanceBuilder.interval(job.timeBeforeRemoval))
            .set("DeleteOnCompletion", Boolean.TRUE)
            .set("ErrorCode", s.state() == JobState.EXCEPTION ? new UnsignedInteger16(Math.min(s.errorCode(), 65535)) : null)
            .set("ErrorDescription", s.errorDescription())
            .build();
    }

    /** Asks a running job's live reading (outside the job's lock: it may call the hypervisor); a failing one keeps the last value. */
    private static void readProgress(Job job) {
        IntSupplier reading = job.runningReading();
        if (reading == null) {
            return;
        }
        try {
            job.readPercent(reading.getAsInt());
        } catch (RuntimeException e) {
            LOG.debug("job {}: no progress reading ({}); PercentComplete keeps its last value", job.instanceId, e.toString());
        }
    }

    /** The job's errors as CIM_Error instances (its own, or one built from ErrorCode/ErrorDescription); empty when none. */
    List<CIMInstance> errors(Job job) {
        Job.Snapshot s = job.snapshot();
        if (s.state() != JobState.EXCEPTION) {
            return List.of();
        }
        if (!s.errors().isEmpty()) {
            return s.errors();
        }
        CIMClass errorClass = registry.classes().getClass(job.namespace, "CIM_Error");
        if (errorClass == null) {
            return List.of();
        }
        CimStatus status = CimStatus.ofCode(s.errorCode());
        return List.of(new InstanceBuilder(errorClass, job.namespace)
            .set("ErrorType", new UnsignedInteger16(status == CimStatus.NOT_SUPPORTED ? 10 : 4))
            .set("CIMStatusCode", new UnsignedInteger32(s.errorCode()))
            .set("CIMStatusCodeDescription", status.wireName())
            .set("Message", s.errorDescription())
            .set("MessageID", "VEM" + s.errorCode())
            .set("OwningEntity", "VE-manager")
            .build());
    }
}
