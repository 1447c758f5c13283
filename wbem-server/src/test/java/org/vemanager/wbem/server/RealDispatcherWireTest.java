package org.vemanager.wbem.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMClass;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;
import org.metricshub.wbem.javax.cim.UnsignedInteger32;
import org.metricshub.wbem.javax.wbem.WBEMException;
import org.metricshub.wbem.javax.wbem.client.EnumerateResponse;
import org.metricshub.wbem.javax.wbem.client.WBEMClient;
import org.vemanager.wbem.testing.DispatcherFixture;
import org.vemanager.wbem.testing.ServiceProvider;
import org.vemanager.wbem.testing.TestPaths;
import org.vemanager.wbem.testsupport.SblimClients;
import org.vemanager.wbem.testsupport.TestServer;

/**
 * The wire in front of the real dispatcher (server-ops' DefaultOperationDispatcher over its test
 * schema and providers), driven by the SBLIM client: what the integrator will assemble.
 */
class RealDispatcherWireTest {

    @TempDir
    static Path dir;

    private static final DispatcherFixture FIXTURE = new DispatcherFixture();
    private static TestServer server;
    private static WBEMClient admin;
    private static WBEMClient reader;

    @BeforeAll
    static void start() throws Exception {
        FIXTURE.people.addMany(250);
        server = TestServer.start(dir, FIXTURE.dispatcher);
        admin = SblimClients.https(server.httpsPort(), TestServer.ADMIN, TestServer.ADMIN_PASSWORD, dir.resolve("state"));
        reader = SblimClients.http(server.httpPort(), TestServer.READER, TestServer.READER_PASSWORD);
    }

    @AfterAll
    static void stop() throws Exception {
        admin.close();
        reader.close();
        server.close();
    }

    private static CIMObjectPath classPath(String name) {
        return new CIMObjectPath(null, null, null, DispatcherFixture.NS, name, null);
    }

    @Test
    void classesInstancesAndErrorsTravel() throws Exception {
        CIMClass person = admin.getClass(classPath("TEST_Person"), false, true, true, null);
        List<CIMInstance> people = SblimClientTest.drain(admin.enumerateInstances(classPath("TEST_Person"), true, false, false, null));
        CIMInstance alice = admin.getInstance(TestPaths.person("alice"), false, false, null);

        assertThat(person.getProperty("Name").isKey()).isTrue();
        assertThat(people).hasSizeGreaterThan(250);
        assertThat(alice.getPropertyValue("Name")).isEqualTo("alice");
        assertThatThrownBy(() -> admin.getInstance(TestPaths.person("nobody"), false, false, null))
            .isInstanceOfSatisfying(WBEMException.class, e -> assertThat(e.getID()).isEqualTo(WBEMException.CIM_ERR_NOT_FOUND));
        assertThatThrownBy(() -> admin.getClass(new CIMObjectPath(null, null, null, "root/nowhere", "X", null), false, false, false,
            null)).isInstanceOfSatisfying(WBEMException.class,
                e -> assertThat(e.getID()).isEqualTo(WBEMException.CIM_ERR_INVALID_NAMESPACE));
    }

    @Test
    void methodWithTypedParametersThroughTheDeclaration() throws Exception {
        CIMArgument<?>[] out = new CIMArgument<?>[1];

        Object result = admin.invokeMethod(TestPaths.service(), "Greet", new CIMArgument<?>[] {
            new CIMArgument<>("Who", CIMDataType.STRING_T, "wire"),
            new CIMArgument<>("Times", CIMDataType.UINT16_T, new UnsignedInteger16(2))}, out);

        assertThat(result).isEqualTo(new UnsignedInteger32(0));
        assertThat(out[0].getValue()).isEqualTo("Hello wire!Hello wire!");
    }

    @Test
    void pullEnumerationPagesOverTheWire() throws Exception {
        EnumerateResponse<CIMInstance> first = admin.enumerateInstances(classPath("TEST_Person"), true, false, null, null, null,
            new UnsignedInteger32(60), false, new UnsignedInteger32(100));
        int total = SblimClientTest.drain(first.getResponses()).size();
        String context = first.getContext();
        boolean end = first.isEnd();
        while (!end) {
            EnumerateResponse<CIMInstance> next = admin.getInstancesWithPath(classPath("TEST_Person"), context, new UnsignedInteger32(100));
            total += SblimClientTest.drain(next.getResponses()).size();
            context = next.getContext();
            end = next.isEnd();
        }

        assertThat(total).isGreaterThan(250);
    }

    @Test
    void readerMayReadButNotWrite() throws Exception {
        assertThat(reader.getInstance(TestPaths.person("alice"), false, false, null).getPropertyValue("Name")).isEqualTo("alice");
        assertThatThrownBy(() -> reader.deleteInstance(TestPaths.person("carol")))
            .isInstanceOfSatisfying(WBEMException.class, e -> assertThat(e.getID()).isEqualTo(WBEMException.CIM_ERR_ACCESS_DENIED));
    }

    private static CIMObjectPath startJob(int outcome) throws WBEMException {
        CIMArgument<?>[] out = new CIMArgument<?>[1];
        Object result = admin.invokeMethod(TestPaths.service(), "StartJob", new CIMArgument<?>[] {
            new CIMArgument<>("Outcome", CIMDataType.UINT16_T, new UnsignedInteger16(outcome))}, out);
        assertThat(result).isEqualTo(new UnsignedInteger32(4096));
        return (CIMObjectPath) out[0].getValue();
    }

    private static Object killJob(CIMObjectPath job, boolean deleteOnKill) throws WBEMException {
        return admin.invokeMethod(job, "KillJob", new CIMArgument<?>[] {
            new CIMArgument<>("DeleteOnKill", CIMDataType.BOOLEAN_T, deleteOnKill)}, new CIMArgument<?>[0]);
    }

    private static int jobState(CIMObjectPath job) throws WBEMException {
        return ((UnsignedInteger16) admin.getInstance(job, false, false, null).getPropertyValue("JobState")).intValue();
    }

    @Test
    void killJobKillsAndDeleteOnKillRemovesTheEndedJob() throws Exception {
        CIMObjectPath running = startJob(ServiceProvider.ABORTABLE);
        Thread worker = new Thread(FIXTURE.executor::runAll, "test-job-worker");
        worker.start();
        assertThat(FIXTURE.service.abortableRunning.await(10, TimeUnit.SECONDS)).as("the job runs").isTrue();

        assertThat(killJob(running, true)).isEqualTo(new UnsignedInteger32(0));
        worker.join(10_000);
        assertThatThrownBy(() -> admin.getInstance(running, false, false, null)).as("deleted once it ended")
            .isInstanceOfSatisfying(WBEMException.class, e -> assertThat(e.getID()).isEqualTo(WBEMException.CIM_ERR_NOT_FOUND));
        assertThatThrownBy(() -> killJob(running, true)).as("a job that is gone")
            .isInstanceOfSatisfying(WBEMException.class, e -> assertThat(e.getID()).isEqualTo(WBEMException.CIM_ERR_NOT_FOUND));

        CIMObjectPath queued = startJob(ServiceProvider.UNTIL_CANCELLED);
        assertThat(killJob(queued, false)).isEqualTo(new UnsignedInteger32(0));
        FIXTURE.executor.runAll();
        assertThat(jobState(queued)).as("Killed, and kept for TimeBeforeRemoval").isEqualTo(9);
        assertThat(killJob(queued, true)).as("4 Failed: it has already ended").isEqualTo(new UnsignedInteger32(4));
        assertThat(jobState(queued)).as("a failed KillJob deletes nothing").isEqualTo(9);
    }
}
