package org.vemanager.conformance.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;
import org.metricshub.wbem.javax.wbem.CloseableIterator;
import org.metricshub.wbem.javax.wbem.WBEMException;
import org.metricshub.wbem.javax.wbem.client.WBEMClient;
import org.vemanager.conformance.AgentExtension;
import org.vemanager.conformance.Clients;
import org.vemanager.conformance.NodeAgentProcess;

/** DSP1057 state management through RequestStateChange, as an operator with the SBLIM client. */
@ExtendWith(AgentExtension.class)
class VirtualSystemLifecycleIT {

    private static WBEMClient client;

    @BeforeAll
    static void connect(NodeAgentProcess agent) throws WBEMException {
        client = Clients.sblim(agent, NodeAgentProcess.OPERATOR);
    }

    @AfterAll
    static void close() {
        client.close();
    }

    private static CIMInstance vm(String name) throws WBEMException {
        CloseableIterator<CIMInstance> it = client.enumerateInstances(
                new CIMObjectPath(null, null, null, "root/virt", "VEM_ComputerSystem", null), true, false, false, null);
        try {
            while (it.hasNext()) {
                CIMInstance vm = it.next();
                if (name.equals(vm.getPropertyValue("ElementName"))) {
                    return vm;
                }
            }
        } finally {
            it.close();
        }
        throw new AssertionError("no VM " + name);
    }

    /** Calls RequestStateChange and, when it started a job, waits for the job to end. Returns the return code. */
    private static long request(CIMObjectPath vm, int state) throws Exception {
        CIMArgument<?>[] out = new CIMArgument<?>[2];
        Object code = client.invokeMethod(vm, "RequestStateChange", new CIMArgument<?>[] {
            new CIMArgument<>("RequestedState", CIMDataType.UINT16_T, new UnsignedInteger16(state))}, out);
        long rc = ((Number) code).longValue();
        if (rc == 4096) {
            CIMObjectPath job = null;
            for (CIMArgument<?> arg : out) {
                if (arg != null && "Job".equalsIgnoreCase(arg.getName())) {
                    job = (CIMObjectPath) arg.getValue();
                }
            }
            assertThat(job).as("a 4096 answer carries its Job").isNotNull();
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (Instant.now().isBefore(deadline)) {
                CIMInstance j = client.getInstance(job, false, false, null);
                int jobState = ((Number) j.getPropertyValue("JobState")).intValue();
                if (jobState >= 7) {
                    assertThat(jobState).as("job completed").isEqualTo(7);
                    break;
                }
                Thread.sleep(100);
            }
        }
        return rc;
    }

    private static int enabledState(String name) throws WBEMException {
        return ((Number) vm(name).getPropertyValue("EnabledState")).intValue();
    }

    @Test
    void startPauseResumePowerOff() throws Exception {
        CIMObjectPath beta = vm("beta").getObjectPath();
        assertThat(enabledState("beta")).isEqualTo(3);

        assertThat(request(beta, 2)).isIn(0L, 4096L);
        assertThat(enabledState("beta")).isEqualTo(2);
        assertThat(vm("beta").getPropertyValue("RequestedState").toString()).isEqualTo("2");

        assertThat(request(beta, 9)).isIn(0L, 4096L);
        assertThat(enabledState("beta")).isEqualTo(9);

        assertThat(request(beta, 2)).isIn(0L, 4096L);
        assertThat(enabledState("beta")).isEqualTo(2);

        assertThat(request(beta, 3)).isIn(0L, 4096L);
        assertThat(enabledState("beta")).isEqualTo(3);
    }

    @Test
    void impossibleTransitionAnswers4097AndChangesNothing() throws Exception {
        CIMObjectPath delta = vm("delta").getObjectPath();
        assertThat(enabledState("delta")).as("delta is defined but off").isEqualTo(3);

        assertThat(request(delta, 9)).as("pausing a VM that is off").isEqualTo(4097L);

        assertThat(enabledState("delta")).isEqualTo(3);
    }
}
