package org.vemanager.wbem.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMClass;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;
import org.metricshub.wbem.javax.cim.UnsignedInteger32;
import org.metricshub.wbem.javax.wbem.CloseableIterator;
import org.metricshub.wbem.javax.wbem.WBEMException;
import org.metricshub.wbem.javax.wbem.client.WBEMClient;
import org.vemanager.wbem.operation.CimRequest;
import org.vemanager.wbem.operation.Role;
import org.vemanager.wbem.testsupport.FixtureDispatcher;
import org.vemanager.wbem.testsupport.SblimClients;
import org.vemanager.wbem.testsupport.TestServer;

/** The SBLIM Java client (a real one, over HTTPS with the generated certificate pinned) against a running WbemServer. */
class SblimClientTest {

    @TempDir
    static Path dir;

    private static final FixtureDispatcher DISPATCHER = new FixtureDispatcher();
    private static TestServer server;
    private static WBEMClient admin;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(dir, DISPATCHER);
        admin = SblimClients.https(server.httpsPort(), TestServer.ADMIN, TestServer.ADMIN_PASSWORD, dir.resolve("state"));
    }

    @AfterAll
    static void stop() throws Exception {
        admin.close();
        server.close();
    }

    static <T> List<T> drain(CloseableIterator<T> iterator) throws WBEMException {
        List<T> all = new ArrayList<>();
        try {
            while (iterator.hasNext()) {
                all.add(iterator.next());
            }
            if (iterator.getWBEMException() != null) {
                throw iterator.getWBEMException();
            }
        } finally {
            iterator.close();
        }
        return all;
    }

    private static CIMObjectPath classPath(String className) {
        return new CIMObjectPath(null, null, null, FixtureDispatcher.NAMESPACE, className, null);
    }

    @Test
    void getClassDecodesQualifiersPropertiesAndMethods() throws Exception {
        CIMClass cimClass = admin.getClass(classPath(FixtureDispatcher.CLASS), false, true, true, null);

        assertThat(cimClass.getName()).isEqualTo(FixtureDispatcher.CLASS);
        assertThat(cimClass.getSuperClassName()).isEqualTo("CIM_ManagedElement");
        assertThat(cimClass.getQualifierValue("Description")).isEqualTo("A <test> class & more");
        assertThat(cimClass.getProperty("Name").isKey()).isTrue();
        assertThat(cimClass.getProperty("Sizes").getDataType()).isEqualTo(CIMDataType.UINT16_ARRAY_T);
        assertThat(cimClass.getProperty("Peer").getDataType().getRefClassName()).isEqualTo(FixtureDispatcher.CLASS);
        assertThat(cimClass.getMethod("Echo").getParameters()).hasSize(3);
        CimRequest request = DISPATCHER.lastRequest();
        assertThat(request.operation()).isEqualTo("GetClass");
        assertThat(request.parameters()).containsEntry("ClassName", FixtureDispatcher.CLASS).containsEntry("IncludeQualifiers", true);
        assertThat(request.user()).isEqualTo(TestServer.ADMIN);
        assertThat(request.role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void enumerateInstancesRoundTripsValuesAndEscapedText() throws Exception {
        List<CIMInstance> instances = drain(admin.enumerateInstances(classPath(FixtureDispatcher.CLASS), true, false, false, null));

        assertThat(instances).extracting(i -> i.getPropertyValue("Name")).containsExactly("one", "two", "three");
        CIMInstance first = instances.get(0);
        // The control character U+0001 cannot travel in XML 1.0: it arrives as U+FFFD; CR survives.
        assertThat(first.getPropertyValue("Text")).isEqualTo(FixtureDispatcher.TRICKY.replace('\u0001', '\ufffd'));
        assertThat((Object[]) first.getPropertyValue("Sizes"))
            .containsExactly(new UnsignedInteger16(1), null, new UnsignedInteger16(65535));
        assertThat(((CIMObjectPath) first.getPropertyValue("Peer")).getKeyValue("Name")).isEqualTo("peer-of-one");
        assertThat(first.getObjectPath().getKeyValue("Name")).isEqualTo("one");
        assertThat(DISPATCHER.lastRequest().parameters()).containsEntry("DeepInheritance", true);
    }

    @Test
    void enumerateInstanceNamesAndGetInstanceByReturnedPath() throws Exception {
        List<CIMObjectPath> paths = drain(admin.enumerateInstanceNames(classPath(FixtureDispatcher.CLASS)));
        assertThat(paths).hasSize(3);

        CIMInstance two = admin.getInstance(paths.get(1), false, false, new String[] {"Name", "Text"});

        assertThat(two.getPropertyValue("Name")).isEqualTo("two");
        CimRequest request = DISPATCHER.lastRequest();
        CIMObjectPath sent = (CIMObjectPath) request.parameters().get("InstanceName");
        assertThat(sent.getKeyValue("Name")).isEqualTo("two");
        assertThat(sent.getNamespace()).isEqualTo(FixtureDispatcher.NAMESPACE);
        assertThat((String[]) request.parameters().get("PropertyList")).containsExactly("Name", "Text");
    }

    @Test
    void extrinsicMethodWithInAndOutParameters() throws Exception {
        CIMArgument<?>[] in = {
            new CIMArgument<>("Text", CIMDataType.STRING_T, "abc"),
            new CIMArgument<>("Count", CIMDataType.UINT32_T, new UnsignedInteger32(2)),
        };
        CIMArgument<?>[] out = new CIMArgument<?>[1];

        Object result = admin.invokeMethod(FixtureDispatcher.path("one"), "Echo", in, out);

        assertThat(result).isEqualTo(new UnsignedInteger32(2));
        assertThat(out[0].getName()).isEqualTo("Reversed");
        assertThat(out[0].getValue()).isEqualTo("cbacba");
        CimRequest request = DISPATCHER.lastRequest();
        assertThat(request.intrinsic()).isFalse();
        assertThat(request.target().getKeyValue("Name")).isEqualTo("one");
        assertThat(request.methodParameters()).extracting(CIMArgument::getName).containsExactly("Text", "Count");
    }

    @Test
    void createInstanceDecodesTheNewInstance() throws Exception {
        CIMInstance created = new CIMInstance(FixtureDispatcher.path("new"), new CIMProperty<?>[] {
            new CIMProperty<>("Name", CIMDataType.STRING_T, "new", true, false, null),
            new CIMProperty<>("Sizes", CIMDataType.UINT16_ARRAY_T, new UnsignedInteger16[] {new UnsignedInteger16(7)}, false, false, null),
        });

        CIMObjectPath path = admin.createInstance(created);

        assertThat(path.getKeyValue("Name")).isEqualTo("new");
        CIMInstance decoded = (CIMInstance) DISPATCHER.lastRequest().parameters().get("NewInstance");
        assertThat((Object[]) decoded.getPropertyValue("Sizes")).containsExactly(new UnsignedInteger16(7));
    }

    @Test
    void cimErrorsTravelWithTheirCodes() {
        assertThatThrownBy(() -> admin.getInstance(FixtureDispatcher.path("absent"), false, false, null))
            .isInstanceOfSatisfying(WBEMException.class, e -> assertThat(e.getID()).isEqualTo(WBEMException.CIM_ERR_NOT_FOUND));
        assertThatThrownBy(() -> admin.getClass(new CIMObjectPath(null, null, null, "root/nowhere", "X", null), false, false, false, null))
            .isInstanceOfSatisfying(WBEMException.class, e -> assertThat(e.getID()).isEqualTo(WBEMException.CIM_ERR_INVALID_NAMESPACE));
    }

    @Test
    void wrongPasswordIsRefused() throws Exception {
        WBEMClient intruder = SblimClients.https(server.httpsPort(), TestServer.ADMIN, "wrong-password", dir.resolve("state"));
        try {
            assertThatThrownBy(() -> intruder.getClass(classPath(FixtureDispatcher.CLASS), false, false, false, null))
                .isInstanceOfSatisfying(WBEMException.class, e -> assertThat(e.getID()).isEqualTo(WBEMException.CIM_ERR_ACCESS_DENIED));
        } finally {
            intruder.close();
        }
    }

    @Test
    void largeEnumerationStreamsChunked() throws Exception {
        DISPATCHER.bigEnumeration(1_000, false);
        List<CIMInstance> all = drain(admin.enumerateInstances(classPath("VEM_Big"), true, false, false, null));
        assertThat(all).hasSize(1_000);
    }

    @Test
    void lateErrorArrivesInTheTrailer() {
        DISPATCHER.bigEnumeration(1_000, true);
        assertThatThrownBy(() -> drain(admin.enumerateInstances(classPath("VEM_Big"), true, false, false, null)))
            .hasMessageContaining("fails after");
    }
}
