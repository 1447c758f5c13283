package org.vemanager.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;
import org.vemanager.provider.mapping.CimNames;
import org.vemanager.provider.testing.TestHost;

/** Twenty threads drive twenty systems through a sequence of states at once against one Hypervisor. */
class ConcurrentStateChangesTest {

    static final int SYSTEMS = 20;
    /** Each thread's sequence, ending in a state that depends on the system's index. */
    static final int[] SEQUENCE = {9, 2, 10, 11, 9, 3, 2};

    @Test
    void everyCallIsAnsweredAndEverySystemEndsInItsState(@TempDir Path dir) throws Exception {
        try (TestHost host = TestHost.fromXml(dir, hostWith(SYSTEMS))) {
            List<CIMInstance> systems = host.enumerate(CimNames.COMPUTER_SYSTEM);
            assertThat(systems).hasSize(SYSTEMS);
            Map<String, List<Integer>> codes = new ConcurrentHashMap<>();
            ExecutorService pool = Executors.newFixedThreadPool(SYSTEMS);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < SYSTEMS; i++) {
                CIMObjectPath system = systems.get(i).getObjectPath();
                int finalState = finalState(i);
                done.add(pool.submit(() -> {
                    start.await();
                    List<Integer> mine = new ArrayList<>();
                    for (int requested : SEQUENCE) {
                        mine.add(code(host, system, requested));
                    }
                    mine.add(code(host, system, finalState));
                    codes.put((String) system.getKeyValue("Name"), mine);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(5, TimeUnit.MINUTES);
            }
            pool.shutdown();

            assertThat(codes).hasSize(SYSTEMS);
            assertThat(codes.values()).allSatisfy(c -> assertThat(c).hasSize(SEQUENCE.length + 1).containsOnly(0));
            for (int i = 0; i < SYSTEMS; i++) {
                CIMInstance after = host.get(systems.get(i).getObjectPath());
                assertThat(after.getPropertyValue("EnabledState")).as("system %d", i).isEqualTo(new UnsignedInteger16(finalState(i)));
                assertThat(after.getPropertyValue("RequestedState")).isEqualTo(new UnsignedInteger16(finalState(i)));
            }
        }
    }

    /** Systems end running, paused or off by index (from the sequence's last state, running, all three are valid). */
    static int finalState(int index) {
        return switch (index % 3) {
            case 0 -> 2;
            case 1 -> 9;
            default -> 3;
        };
    }

    static int code(TestHost host, CIMObjectPath system, int requested) throws Exception {
        return ((Number) host.invoke(system, "RequestStateChange",
                new CIMArgument<>("RequestedState", CIMDataType.UINT16_T, new UnsignedInteger16(requested))).returnValue()).intValue();
    }

    static String hostWith(int systems) {
        StringBuilder xml = new StringBuilder("<node><cpu><nodes>1</nodes><sockets>1</sockets><cores>8</cores><threads>1</threads>"
                + "<active>8</active><mhz>2400</mhz><model>x86_64</model></cpu><memory>33554432</memory>");
        for (int i = 0; i < systems; i++) {
            xml.append(String.format("<domain type='test'><name>vm%02d</name><uuid>44444444-0000-4000-8000-0000000000%02d</uuid>"
                    + "<memory unit='MiB'>128</memory><vcpu>1</vcpu><os><type arch='x86_64'>hvm</type></os></domain>", i, i));
        }
        return xml.append("</node>").toString();
    }
}
