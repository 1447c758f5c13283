package org.vemanager.agent.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;
import org.metricshub.wbem.javax.wbem.CloseableIterator;
import org.metricshub.wbem.javax.wbem.WBEMException;
import org.metricshub.wbem.javax.wbem.client.WBEMClient;
import org.vemanager.agent.node.bench.LocalNodeAgent;
import org.vemanager.agent.node.bench.TestDriverHost;

/**
 * Twenty SBLIM clients, one thread each, drive twenty VMs of one private test-driver host through
 * start/pause/resume/power-off cycles at the same moment, reading the whole system list between steps.
 * Every call must be answered with 0 (no exception, no 4097 from a lost race inside the agent), each VM
 * must end in the state its own client asked for last, and the agent must still serve afterwards.
 */
@Timeout(180)
class ConcurrentStateChangesIT {

    private static final int VMS = 20;
    private static final int ROUNDS = 2;
    private static final String PREFIX = "conc";
    private static final CIMObjectPath SYSTEMS = new CIMObjectPath(null, null, null, "root/virt", "VEM_ComputerSystem", null);

    @Test
    void twentyClientsChangeTwentyVmsAtOnce(@TempDir Path dir) throws Exception {
        Path host = TestDriverHost.write(dir, PREFIX, VMS);
        try (LocalNodeAgent agent = LocalNodeAgent.start("test://" + host.toAbsolutePath(), dir.resolve("agent"))) {
            Map<String, CIMObjectPath> paths = systemsByName(agent);
            assertThat(paths).hasSize(VMS);

            ExecutorService pool = Executors.newFixedThreadPool(VMS);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<List<Long>>> results = new ArrayList<>();
            for (int i = 0; i < VMS; i++) {
                int vm = i;
                CIMObjectPath path = paths.get(TestDriverHost.name(PREFIX, vm));
                results.add(pool.submit(() -> drive(agent, path, vm, go)));
            }
            go.countDown();
            pool.shutdown();
            assertThat(pool.awaitTermination(150, TimeUnit.SECONDS)).as("every client finished").isTrue();
            for (int i = 0; i < VMS; i++) {
                List<Long> codes = results.get(i).get();
                assertThat(codes).as("return codes of client %d", i).isNotEmpty().containsOnly(0L);
            }

            try (Closing client = new Closing(agent.client())) {
                for (int i = 0; i < VMS; i++) {
                    CIMInstance vm = client.get().getInstance(paths.get(TestDriverHost.name(PREFIX, i)), false, false, null);
                    assertThat(((Number) vm.getPropertyValue("EnabledState")).intValue()).as("final state of VM %d", i)
                            .isEqualTo(finalState(i));
                }
            }
            assertThat(systemsByName(agent)).as("the agent still serves").hasSize(VMS);
        }
    }

    /** What VM {@code i}'s client asks for last. */
    private static int finalState(int i) {
        return switch (i % 3) {
            case 0 -> 2;
            case 1 -> 9;
            default -> 3;
        };
    }

    /** One client's work on its VM; returns every RequestStateChange return code. */
    private static List<Long> drive(LocalNodeAgent agent, CIMObjectPath vm, int i, CountDownLatch go) throws Exception {
        List<Long> codes = new ArrayList<>();
        try (Closing client = new Closing(agent.client())) {
            go.await();
            if (!TestDriverHost.startsRunning(i)) {
                codes.add(request(client.get(), vm, 2));
            }
            for (int round = 0; round < ROUNDS; round++) {
                for (int state : new int[] {9, 2, 3, 2}) {
                    codes.add(request(client.get(), vm, state));
                }
                assertThat(count(client.get())).isEqualTo(VMS);
            }
            if (finalState(i) != 2) {
                codes.add(request(client.get(), vm, finalState(i)));
            }
        }
        return codes;
    }

    private static long request(WBEMClient client, CIMObjectPath vm, int state) throws WBEMException {
        CIMArgument<?>[] out = new CIMArgument<?>[2];
        Object rc = client.invokeMethod(vm, "RequestStateChange", new CIMArgument<?>[] {
            new CIMArgument<>("RequestedState", CIMDataType.UINT16_T, new UnsignedInteger16(state))}, out);
        return ((Number) rc).longValue();
    }

    private static int count(WBEMClient client) throws WBEMException {
        CloseableIterator<CIMObjectPath> it = client.enumerateInstanceNames(SYSTEMS);
        try {
            int n = 0;
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        } finally {
            it.close();
        }
    }

    private static Map<String, CIMObjectPath> systemsByName(LocalNodeAgent agent) throws WBEMException {
        Map<String, CIMObjectPath> paths = new HashMap<>();
        try (Closing client = new Closing(agent.client())) {
            CloseableIterator<CIMInstance> it = client.get().enumerateInstances(SYSTEMS, true, false, false, null);
            try {
                while (it.hasNext()) {
                    CIMInstance vm = it.next();
                    paths.put((String) vm.getPropertyValue("ElementName"), vm.getObjectPath());
                }
            } finally {
                it.close();
            }
        }
        return paths;
    }

    /** A WBEMClient in try-with-resources (it has close() but is not AutoCloseable). */
    private record Closing(WBEMClient get) implements AutoCloseable {
        @Override
        public void close() {
            get.close();
        }
    }
}
