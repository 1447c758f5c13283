package org.vemanager.wbem.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;
import org.metricshub.wbem.javax.cim.UnsignedInteger32;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.testing.DispatcherFixture;
import org.vemanager.wbem.testing.RecordingWriter;
import org.vemanager.wbem.testing.ServiceProvider;
import org.vemanager.wbem.testing.TestPaths;

/** Jobs through the dispatcher, as a client sees them: started by a method, read, cancelled, removed. */
class JobServiceTest {

    private final DispatcherFixture f = new DispatcherFixture();

    private CIMObjectPath startJob(int outcome) throws CimException {
        RecordingWriter out = f.invoke(TestPaths.service(), "StartJob",
            new CIMArgument<>("Outcome", CIMDataType.UINT16_T, new UnsignedInteger16(outcome)));
        assertThat(out.returnValue.value()).isEqualTo(new UnsignedInteger32(4096));
        return (CIMObjectPath) out.out("Job");
    }

    private CIMInstance job(CIMObjectPath path) throws CimException {
        return f.call("GetInstance", "InstanceName", path).instances().get(0);
    }

    private static int state(CIMInstance job) {
        return ((UnsignedInteger16) job.getPropertyValue("JobState")).intValue();
    }

    static Stream<Arguments> outcomes() {
        return Stream.of(
            Arguments.of(ServiceProvider.COMPLETE, 7, 100, null),
            Arguments.of(ServiceProvider.FAIL, 10, 50, CimStatus.NOT_SUPPORTED),
            Arguments.of(ServiceProvider.CRASH, 10, 50, CimStatus.FAILED));
    }

    @ParameterizedTest(name = "outcome {0} → JobState {1}")
    @MethodSource("outcomes")
    void jobLifecycle(int outcome, int finalState, int percent, CimStatus error) throws CimException {
        CIMObjectPath path = startJob(outcome);
        CIMInstance queued = job(path);
        assertThat(state(queued)).isEqualTo(2);
        assertThat(queued.getPropertyValue("StartTime")).isNull();
        f.advance(Duration.ofSeconds(3));
        f.executor.runAll();
        CIMInstance done = job(path);
        assertThat(state(done)).isEqualTo(finalState);
        assertThat(done.getPropertyValue("PercentComplete")).isEqualTo(new UnsignedInteger16(percent));
        assertThat(done.getPropertyValue("StartTime")).isNotNull();
        assertThat(done.getPropertyValue("TimeBeforeRemoval").toString()).isEqualTo("00000000000500.000000:000");
        RecordingWriter getError = f.invoke(path, "GetError");
        assertThat(getError.returnValue.value()).isEqualTo(new UnsignedInteger32(0));
        if (error == null) {
            assertThat(done.getPropertyValue("ErrorCode")).isNull();
            assertThat(getError.out("Error")).isNull();
        } else {
            assertThat(done.getPropertyValue("ErrorCode")).isEqualTo(new UnsignedInteger16(error.code()));
            assertThat((String) done.getPropertyValue("ErrorDescription")).doesNotContain("secret");
            assertThat(getError.outParameters.get("Error").type()).isEqualTo(CIMDataType.OBJECT_T);
            CIMInstance cimError = (CIMInstance) getError.out("Error");
            assertThat(cimError.getClassName()).isEqualTo("CIM_Error");
            assertThat(cimError.getPropertyValue("CIMStatusCode")).isEqualTo(new UnsignedInteger32(error.code()));
            assertThat(cimError.getPropertyValue("Message")).isEqualTo(done.getPropertyValue("ErrorDescription"));
            assertThat(cimError.getPropertyValue("ErrorType")).isNotNull();
        }
    }

    @Test
    void stateChangesArePublishedAsInstModification() throws CimException {
        startJob(ServiceProvider.COMPLETE);
        f.executor.runAll();
        // running, 50 %, 90 %, completed
        assertThat(f.indications).hasSize(4).allSatisfy(i -> assertThat(i.getClassName()).isEqualTo("CIM_InstModification"));
        CIMInstance progress = f.indications.get(1);
        assertThat(((CIMInstance) progress.getPropertyValue("PreviousInstance")).getPropertyValue("PercentComplete"))
            .isEqualTo(new UnsignedInteger16(0));
        assertThat(((CIMInstance) progress.getPropertyValue("SourceInstance")).getPropertyValue("PercentComplete"))
            .isEqualTo(new UnsignedInteger16(50));
        CIMInstance last = f.indications.get(3);
        assertThat(state((CIMInstance) last.getPropertyValue("PreviousInstance"))).isEqualTo(4);
        assertThat(state((CIMInstance) last.getPropertyValue("SourceInstance"))).isEqualTo(7);
        assertThat(last.getProperty("SourceInstance").getDataType()).isEqualTo(CIMDataType.OBJECT_T);
    }

    @Test
    void terminateCancelsAQueuedJob() throws CimException {
        CIMObjectPath path = startJob(ServiceProvider.COMPLETE);
        RecordingWriter out = f.invoke(path, "RequestStateChange",
            new CIMArgument<>("RequestedState", CIMDataType.UINT16_T, new UnsignedInteger16(4)));
        assertThat(out.returnValue.value()).isEqualTo(new UnsignedInteger32(0));
        f.executor.runAll();
        assertThat(state(job(path))).isEqualTo(8);
        RecordingWriter again = f.invoke(path, "RequestStateChange",
            new CIMArgument<>("RequestedState", CIMDataType.UINT16_T, UntypedValueFactory.text("5")));
        assertThat(again.returnValue.value()).isEqualTo(new UnsignedInteger32(4097));
    }

    @Test
    void runningJobSeesTheCancelRequestAndEndsKilled() throws CimException {
        CIMObjectPath path = startJob(ServiceProvider.UNTIL_CANCELLED);
        f.invoke(path, "RequestStateChange", new CIMArgument<>("RequestedState", CIMDataType.UINT16_T, new UnsignedInteger16(5)));
        // the task itself checks cancelRequested(): it is already set when the worker starts it
        f.executor.runAll();
        assertThat(state(job(path))).isIn(8, 9);
    }

    @Test
    void aRunningJobIsInterruptedByItsCancelActionAndEndsTerminated() throws Exception {
        CIMObjectPath path = startJob(ServiceProvider.ABORTABLE);
        Thread worker = new Thread(f.executor::runAll, "test-job-worker");
        worker.start();
        assertThat(f.service.abortableRunning.await(10, java.util.concurrent.TimeUnit.SECONDS)).as("the job runs").isTrue();
        RecordingWriter out = f.invoke(path, "RequestStateChange",
            new CIMArgument<>("RequestedState", CIMDataType.UINT16_T, new UnsignedInteger16(4)));
        assertThat(out.returnValue.value()).isEqualTo(new UnsignedInteger32(0));
        worker.join(10_000);
        CIMInstance done = job(path);
        assertThat(state(done)).as("Terminated, not Exception").isEqualTo(8);
        assertThat(done.getPropertyValue("ErrorCode")).isNull();
    }

    @Test
    void finishedJobIsRemovedAfterTimeBeforeRemoval() throws CimException {
        CIMObjectPath path = startJob(ServiceProvider.COMPLETE);
        f.executor.runAll();
        f.advance(Duration.ofMinutes(4));
        assertThat(f.call("EnumerateInstanceNames", "ClassName", "CIM_ConcreteJob").items).hasSize(1);
        f.advance(Duration.ofMinutes(2));
        assertThat(f.call("EnumerateInstanceNames", "ClassName", "CIM_ConcreteJob").items).isEmpty();
        assertThatThrownBy(() -> job(path))
            .isInstanceOfSatisfying(CimException.class, e -> assertThat(e.status()).isEqualTo(CimStatus.NOT_FOUND));
    }

    @Test
    void unfinishedJobIsNeverRemoved() throws CimException {
        CIMObjectPath path = startJob(ServiceProvider.COMPLETE);
        f.advance(Duration.ofHours(2));
        assertThat(state(job(path))).isEqualTo(2);
    }

    @Test
    void affectedElementsAreAssociated() throws CimException {
        CIMObjectPath path = startJob(ServiceProvider.COMPLETE);
        RecordingWriter elements = f.call("AssociatorNames", "ObjectName", path, "AssocClass", "CIM_AffectedJobElement");
        assertThat(elements.paths()).singleElement().satisfies(p -> assertThat(p.getKeyValue("Name")).isEqualTo("svc"));
        RecordingWriter jobs = f.call("Associators", "ObjectName", TestPaths.service(), "ResultClass", "CIM_Job",
            "Role", "AffectedElement");
        assertThat(jobs.instances()).singleElement().satisfies(j -> assertThat(j.getObjectPath().getKeyValue("InstanceID"))
            .isEqualTo(path.getKeyValue("InstanceID")));
    }

    @Test
    void fullQueueFailsTheJobInsteadOfBlocking() throws CimException {
        java.util.concurrent.ExecutorService tiny = JobService.boundedExecutor(1, 1);
        try {
            JobService service = new JobService(f.registry, f.clock, tiny, Duration.ofMinutes(5));
            java.util.concurrent.CountDownLatch hold = new java.util.concurrent.CountDownLatch(1);
            service.start("root/test", "blocker", java.util.List.of(), p -> {
                try {
                    hold.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            service.start("root/test", "queued", java.util.List.of(), p -> { });
            CIMObjectPath rejected = service.start("root/test", "rejected", java.util.List.of(), p -> { });
            Job job = service.job(rejected);
            assertThat(job.snapshot().state()).isEqualTo(JobState.EXCEPTION);
            assertThat(job.snapshot().errorCode()).isEqualTo(CimStatus.SERVER_LIMITS_EXCEEDED.code());
            hold.countDown();
        } finally {
            tiny.shutdownNow();
        }
    }

    @Test
    void percentCompleteIsTheTasksLiveReadingWheneverTheJobIsRead() throws Exception {
        java.util.concurrent.atomic.AtomicInteger value = new java.util.concurrent.atomic.AtomicInteger(10);
        java.util.concurrent.atomic.AtomicBoolean broken = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.CountDownLatch registered = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        CIMObjectPath path = f.jobs.start(DispatcherFixture.NS, "read live", java.util.List.of(), progress -> {
            progress.progressReading(() -> {
                if (broken.get()) {
                    throw new IllegalStateException("the hypervisor has no job info right now");
                }
                return value.get();
            });
            registered.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Thread worker = new Thread(f.executor::runAll, "test-job-worker");
        worker.start();
        try {
            assertThat(registered.await(10, java.util.concurrent.TimeUnit.SECONDS)).as("the job runs").isTrue();
            assertThat(percent(job(path))).isEqualTo(10);
            value.set(37);
            assertThat(percent(job(path))).as("read again, not sampled earlier").isEqualTo(37);
            assertThat(f.call("EnumerateInstances", "ClassName", "CIM_ConcreteJob").instances())
                .singleElement().satisfies(j -> assertThat(percent(j)).isEqualTo(37));
            broken.set(true);
            value.set(60);
            assertThat(percent(job(path))).as("a failing reading keeps the last value").isEqualTo(37);
            broken.set(false);
            value.set(250);
            assertThat(percent(job(path))).as("100 is kept for completion").isEqualTo(99);
            value.set(-3);
            assertThat(percent(job(path))).isEqualTo(0);
            assertThat(f.indications).as("a changed reading alone publishes nothing").hasSize(1);
            value.set(42);
        } finally {
            release.countDown();
            worker.join(10_000);
        }
        CIMInstance done = job(path);
        assertThat(state(done)).isEqualTo(7);
        assertThat(percent(done)).isEqualTo(100);
        value.set(5);
        assertThat(percent(job(path))).as("the reading is dropped once the job ends").isEqualTo(100);
        CIMInstance completion = f.indications.get(f.indications.size() - 1);
        assertThat(percent((CIMInstance) completion.getPropertyValue("PreviousInstance"))).as("the reading at that moment")
            .isEqualTo(42);
        assertThat(percent((CIMInstance) completion.getPropertyValue("SourceInstance"))).isEqualTo(100);
    }

    private static int percent(CIMInstance job) {
        return ((UnsignedInteger16) job.getPropertyValue("PercentComplete")).intValue();
    }

    @Test
    void registersJobControlWithTheJobsAsCentralInstances() {
        assertThat(f.registry.profiles()).filteredOn(p -> p.registeredName().equals("Job Control")).singleElement()
            .satisfies(p -> {
                assertThat(p.registeredVersion()).isEqualTo("1.0.0");
                assertThat(p.namespace()).isEqualTo(DispatcherFixture.NS);
                assertThat(p.centralClassName()).isEqualTo("CIM_ConcreteJob");
            });
    }

    /** Untyped wire values for method parameters. */
    static final class UntypedValueFactory {
        static Object text(String text) {
            return org.vemanager.wbem.operation.UntypedValue.scalar(text);
        }
    }
}
