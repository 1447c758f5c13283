package org.vemanager.provider.profile.virtualsystem;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMDateTimeAbsolute;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;
import org.vemanager.provider.mapping.CimNames;
import org.vemanager.provider.mapping.InstanceBuilder;
import org.vemanager.provider.testing.TestHost;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.MethodResult;

/** Every RequestStateChange from every starting state of the fixture host, its return code and the state it leaves. */
class RequestStateChangeTest {

    /** Fixture systems by their starting EnabledState: web 2, batch 9 (paused), spare 3 (off), saved 6 (managed save). */
    static Stream<Arguments> transitions() {
        return Stream.of(
                // running
                Arguments.of("web", 2, 0, 2), Arguments.of("web", 3, 0, 3), Arguments.of("web", 4, 0, 3),
                Arguments.of("web", 6, 4096, 6), Arguments.of("web", 9, 0, 9), Arguments.of("web", 10, 0, 2),
                Arguments.of("web", 11, 0, 2), Arguments.of("web", 5, 0, 2), Arguments.of("web", 7, 1, 2),
                Arguments.of("web", 8, 1, 2), Arguments.of("web", 12, 1, 2), Arguments.of("web", 0, 5, 2),
                Arguments.of("web", 13, 5, 2), Arguments.of("web", 32768, 5, 2),
                // paused
                Arguments.of("batch", 2, 0, 2), Arguments.of("batch", 3, 0, 3), Arguments.of("batch", 4, 4097, 9),
                Arguments.of("batch", 6, 4096, 6), Arguments.of("batch", 9, 0, 9), Arguments.of("batch", 10, 4097, 9),
                Arguments.of("batch", 11, 0, 9),
                // off
                Arguments.of("spare", 2, 0, 2), Arguments.of("spare", 3, 0, 3), Arguments.of("spare", 4, 0, 3),
                Arguments.of("spare", 6, 4097, 3), Arguments.of("spare", 9, 4097, 3), Arguments.of("spare", 10, 4097, 3),
                Arguments.of("spare", 11, 4097, 3),
                // saved to disk
                Arguments.of("saved", 2, 0, 2), Arguments.of("saved", 3, 0, 3), Arguments.of("saved", 4, 4097, 6),
                Arguments.of("saved", 6, 0, 6), Arguments.of("saved", 9, 4097, 6), Arguments.of("saved", 10, 4097, 6),
                Arguments.of("saved", 11, 4097, 6));
    }

    @ParameterizedTest(name = "{0}: RequestedState {1} → return {2}, EnabledState {3}")
    @MethodSource("transitions")
    void changesStateOrRefusesWithTheRightCode(String name, int requested, int expectedReturn, int expectedState, @TempDir Path dir)
            throws CimException {
        try (TestHost host = TestHost.fromFixture(dir, "small-host.xml")) {
            CIMObjectPath system = systemNamed(host, name).getObjectPath();
            int before = state(host.get(system));
            String xmlBefore = host.persistentXml(String.valueOf(system.getKeyValue("Name")));

            MethodResult result = host.invoke(system, "RequestStateChange", requestedState(requested));

            assertThat(((Number) result.returnValue()).intValue()).isEqualTo(expectedReturn);
            CIMInstance after = host.get(system);
            assertThat(state(after)).isEqualTo(expectedState);
            assertThat(host.persistentXml(String.valueOf(system.getKeyValue("Name")))).isEqualTo(xmlBefore);
            if (expectedReturn == 0 || expectedReturn == 4096) {
                assertThat(after.getPropertyValue("RequestedState")).isEqualTo(new UnsignedInteger16(requested));
            } else {
                assertThat(after.getPropertyValue("RequestedState")).isEqualTo(new UnsignedInteger16(5));
                assertThat(state(after)).isEqualTo(before);
            }
            if (expectedReturn == 4096) {
                assertThat(result.outParameters()).extracting(CIMArgument::getName).containsExactly("Job");
                assertThat(host.jobs().last().error()).isNull();
                assertThat(host.jobs().last().affected()).containsExactly(system);
                assertThat(host.jobs().last().percent()).isEqualTo(100);
            }
        }
    }

    @Test
    void answersInvalidParameterForAMissingStateOrATimeoutThatIsNoInterval(@TempDir Path dir) throws CimException {
        try (TestHost host = TestHost.fromFixture(dir, "small-host.xml")) {
            CIMObjectPath web = systemNamed(host, "web").getObjectPath();

            MethodResult missing = host.invoke(web, "RequestStateChange");
            MethodResult badTimeout = host.invoke(web, "RequestStateChange", requestedState(9)[0],
                    new CIMArgument<>("TimeoutPeriod", CIMDataType.DATETIME_T, new CIMDateTimeAbsolute()));

            assertThat(((Number) missing.returnValue()).intValue()).isEqualTo(5);
            assertThat(((Number) badTimeout.returnValue()).intValue()).isEqualTo(5);
            assertThat(state(host.get(web))).isEqualTo(2);
        }
    }

    static CIMArgument<?>[] requestedState(int value) {
        return new CIMArgument<?>[] {new CIMArgument<>("RequestedState", CIMDataType.UINT16_T, new UnsignedInteger16(value))};
    }

    static int state(CIMInstance system) {
        return ((UnsignedInteger16) system.getPropertyValue("EnabledState")).intValue();
    }

    static CIMInstance systemNamed(TestHost host, String name) throws CimException {
        return host.enumerate(CimNames.COMPUTER_SYSTEM).stream().filter(i -> name.equals(i.getPropertyValue("ElementName"))).findFirst()
                .orElseThrow(() -> new AssertionError("no system " + name));
    }

    static CIMObjectPath systemPath(String uuid) {
        return InstanceBuilder.path(CimNames.NAMESPACE, CimNames.COMPUTER_SYSTEM,
                InstanceBuilder.stringKey("CreationClassName", CimNames.COMPUTER_SYSTEM), InstanceBuilder.stringKey("Name", uuid));
    }
}
