package org.vemanager.agent.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.DomainInfo.DomainState;
import org.libvirt.LibvirtException;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;
import org.metricshub.wbem.javax.cim.UnsignedInteger64;
import org.metricshub.wbem.javax.wbem.CloseableIterator;
import org.metricshub.wbem.javax.wbem.WBEMException;
import org.metricshub.wbem.javax.wbem.client.WBEMClient;

/**
 * The whole DSP1057/DSP1042 lifecycle on real QEMU (software emulation) under libvirtd, through a running
 * node-agent and the SBLIM client: DefineSystem of a tiny diskless VM from a VSSD and RASDs, start, pause,
 * resume, power off, DestroySystem — checking after every step both what CIM says and what libvirt says.
 * The guest has no OS, so it ignores ACPI: Shut Down starts a job that waits for it, which a client ends
 * with RequestStateChange(4 Terminate) on the job, or with KillJob; or that completes when the domain
 * stops (destroyed through libvirt directly), woken by libvirt's lifecycle event.
 * Runs only in the {@code qemu} Maven profile ({@code -Dvem.qemu=true}), which {@code ./vem test} switches
 * on where it could start libvirtd.
 */
@Timeout(120)
class VirtualSystemLifecycleQemuIT {

    private static final String VIRT = "root/virt";

    private final String name = "vem-it-" + UUID.randomUUID().toString().substring(0, 8);
    private RunningAgent agent;
    private WBEMClient client;
    private Connect libvirt;

    @BeforeEach
    void start(@TempDir Path dir) throws Exception {
        RunningAgent.assumeQemu();
        libvirt = new Connect(RunningAgent.QEMU_URI);
        agent = RunningAgent.on(RunningAgent.QEMU_URI, dir);
        client = agent.client();
    }

    @AfterEach
    void cleanUp() throws LibvirtException {
        if (agent != null) {
            agent.close();
        }
        if (libvirt != null) {
            RunningAgent.removeDomain(libvirt, name, 0);
            libvirt.close();
        }
    }

    @Test
    void defineStartPauseResumePowerOffDestroy() throws Exception {
        CIMObjectPath vm = define();
        assertThat(enabledState(vm)).as("defined, not started").isEqualTo(3);
        assertThat(libvirtState()).isEqualTo(DomainState.VIR_DOMAIN_SHUTOFF);
        String xml = libvirt.domainLookupByName(name).getXMLDesc(0);
        assertThat(xml).contains("type='qemu'", "machine='pc", "<memory unit='KiB'>65536</memory>", ">1</vcpu>",
                "<graphics type='vnc'", "listen='127.0.0.1'");

        step(vm, 2, DomainState.VIR_DOMAIN_RUNNING);
        terminateAShutdownThatWaits(vm);
        killAShutdownThatWaits(vm);
        completeAShutdownWhenTheDomainStops(vm);
        step(vm, 2, DomainState.VIR_DOMAIN_RUNNING);
        step(vm, 9, DomainState.VIR_DOMAIN_PAUSED);
        step(vm, 2, DomainState.VIR_DOMAIN_RUNNING);
        step(vm, 3, DomainState.VIR_DOMAIN_SHUTOFF);

        CIMArgument<?>[] out = new CIMArgument<?>[1];
        Object rc = client.invokeMethod(service(), "DestroySystem",
                new CIMArgument<?>[] {new CIMArgument<>("AffectedSystem", new CIMDataType(vm.getObjectName()), vm)}, out);
        assertThat(((Number) rc).longValue()).isZero();
        assertThat(List.of(libvirt.listDefinedDomains())).doesNotContain(name);
        assertThat(systemNames()).doesNotContain(name);
    }

    /** The job of an ignored Shut Down, terminated by a client: it ends Terminated at once and the VM runs on. */
    private void terminateAShutdownThatWaits(CIMObjectPath vm) throws Exception {
        CIMObjectPath job = startWaitingShutdown(vm);
        long asked = System.nanoTime();
        Object rc = client.invokeMethod(job, "RequestStateChange", new CIMArgument<?>[] {
            new CIMArgument<>("RequestedState", CIMDataType.UINT16_T, new UnsignedInteger16(4))}, new CIMArgument<?>[2]);
        assertThat(((Number) rc).longValue()).as("Terminate accepted").isZero();
        int state = awaitJobEnd(job, asked);
        long ms = (System.nanoTime() - asked) / 1_000_000;
        System.out.println("shutdown job terminated after " + ms + " ms");
        assertThat(state).as("JobState after Terminate").isEqualTo(8);
        assertThat(ms).as("ms from the Terminate request to JobState 8").isLessThan(1000);
        assertRunningAndUntouched(vm);
    }

    /** The same with KillJob(DeleteOnKill): the job ends and its instance goes at once. */
    private void killAShutdownThatWaits(CIMObjectPath vm) throws Exception {
        CIMObjectPath job = startWaitingShutdown(vm);
        long asked = System.nanoTime();
        Object rc = client.invokeMethod(job, "KillJob", new CIMArgument<?>[] {
            new CIMArgument<>("DeleteOnKill", CIMDataType.BOOLEAN_T, Boolean.TRUE)}, new CIMArgument<?>[0]);
        assertThat(((Number) rc).longValue()).as("KillJob accepted").isZero();
        boolean gone = false;
        while (!gone && System.nanoTime() - asked < 10_000_000_000L) {
            try {
                client.getInstance(job, false, false, null);
                Thread.sleep(20);
            } catch (WBEMException e) {
                assertThat(e.getID()).isEqualTo(WBEMException.CIM_ERR_NOT_FOUND);
                gone = true;
            }
        }
        long ms = (System.nanoTime() - asked) / 1_000_000;
        System.out.println("shutdown job killed and deleted after " + ms + " ms");
        assertThat(gone).as("the killed job is deleted once it has ended").isTrue();
        assertThat(ms).as("ms from KillJob to the job's deletion").isLessThan(1000);
        assertRunningAndUntouched(vm);
    }

    /** The job of an ignored Shut Down completes on libvirt's event once the domain stops (here powered off behind our back). */
    private void completeAShutdownWhenTheDomainStops(CIMObjectPath vm) throws Exception {
        CIMObjectPath job = startWaitingShutdown(vm);
        Domain d = libvirt.domainLookupByName(name);
        try {
            d.destroy();
        } finally {
            d.free();
        }
        // virDomainDestroy returns once QEMU has exited, which is when libvirt sends the STOPPED event
        long stopped = System.nanoTime();
        int state = awaitJobEnd(job, stopped);
        long ms = (System.nanoTime() - stopped) / 1_000_000;
        System.out.println("shutdown job completed " + ms + " ms after virDomainDestroy returned");
        assertThat(state).as("JobState once the domain is off").isEqualTo(7);
        assertThat(ms).as("ms from virDomainDestroy returning to JobState 7").isLessThan(1000);
        assertThat(enabledState(vm)).isEqualTo(3);
    }

    /** The job's JobState once it has ended (7 or more), or the last one read 10 s after {@code since}. */
    private int awaitJobEnd(CIMObjectPath job, long since) throws Exception {
        int state = jobState(job);
        while (state < 7 && System.nanoTime() - since < 10_000_000_000L) {
            Thread.sleep(20);
            state = jobState(job);
        }
        return state;
    }

    /** RequestStateChange(4 Shut Down) on a guest that ignores ACPI: 4096 and a job that is running (waiting). */
    private CIMObjectPath startWaitingShutdown(CIMObjectPath vm) throws Exception {
        CIMArgument<?>[] out = new CIMArgument<?>[2];
        Object rc = client.invokeMethod(vm, "RequestStateChange", new CIMArgument<?>[] {
            new CIMArgument<>("RequestedState", CIMDataType.UINT16_T, new UnsignedInteger16(4))}, out);
        assertThat(((Number) rc).longValue()).as("Shut Down of a guest without an OS").isEqualTo(4096);
        CIMObjectPath job = null;
        for (CIMArgument<?> arg : out) {
            if (arg != null && "Job".equalsIgnoreCase(arg.getName())) {
                job = (CIMObjectPath) arg.getValue();
            }
        }
        assertThat(job).as("the 4096 answer names its Job").isNotNull();
        long start = System.nanoTime();
        while (jobState(job) != 4 && System.nanoTime() - start < 10_000_000_000L) {
            Thread.sleep(20);
        }
        assertThat(jobState(job)).as("the shutdown job runs, waiting for the guest").isEqualTo(4);
        return job;
    }

    private int jobState(CIMObjectPath job) throws WBEMException {
        return ((Number) client.getInstance(job, false, false, null).getPropertyValue("JobState")).intValue();
    }

    private void assertRunningAndUntouched(CIMObjectPath vm) throws Exception {
        assertThat(enabledState(vm)).as("the VM is still Enabled").isEqualTo(2);
        assertThat(libvirtState()).as("libvirt still runs the VM").isEqualTo(DomainState.VIR_DOMAIN_RUNNING);
    }

    /** RequestStateChange(state) answered 0 (done), after which CIM and libvirt agree on the new state. */
    private void step(CIMObjectPath vm, int state, DomainState expected) throws Exception {
        CIMArgument<?>[] out = new CIMArgument<?>[2];
        Object rc = client.invokeMethod(vm, "RequestStateChange", new CIMArgument<?>[] {
            new CIMArgument<>("RequestedState", CIMDataType.UINT16_T, new UnsignedInteger16(state))}, out);
        assertThat(((Number) rc).longValue()).as("RequestStateChange(%d)", state).isZero();
        assertThat(enabledState(vm)).as("EnabledState after RequestStateChange(%d)", state).isEqualTo(state);
        assertThat(libvirtState()).as("libvirt's state after RequestStateChange(%d)", state).isEqualTo(expected);
    }

    private CIMObjectPath define() throws WBEMException {
        CIMInstance vssd = instance("VEM_VirtualSystemSettingData",
                string("VirtualSystemIdentifier", name), string("ElementName", name), string("VirtualSystemType", "libvirt:qemu"));
        CIMInstance[] rasds = {
            instance("VEM_ProcessorRASD", uint16("ResourceType", 3), uint64("VirtualQuantity", 1), string("VirtualQuantityUnits", "count")),
            instance("VEM_MemoryRASD", uint16("ResourceType", 4), uint64("VirtualQuantity", 64),
                    string("AllocationUnits", "byte*2^20"), uint64("Limit", 64)),
            instance("VEM_GraphicsRASD", uint16("ResourceType", 24), string("ResourceSubType", "vnc"), string("Address", "127.0.0.1")),
        };
        CIMArgument<?>[] out = new CIMArgument<?>[2];
        Object rc = client.invokeMethod(service(), "DefineSystem", new CIMArgument<?>[] {
            new CIMArgument<>("SystemSettings", CIMDataType.OBJECT_T, vssd),
            new CIMArgument<>("ResourceSettings", CIMDataType.OBJECT_ARRAY_T, rasds)}, out);
        assertThat(((Number) rc).longValue()).as("DefineSystem").isZero();
        for (CIMArgument<?> arg : out) {
            if (arg != null && "ResultingSystem".equalsIgnoreCase(arg.getName())) {
                return (CIMObjectPath) arg.getValue();
            }
        }
        throw new AssertionError("DefineSystem returned no ResultingSystem");
    }

    private CIMObjectPath service() throws WBEMException {
        CloseableIterator<CIMObjectPath> it = client.enumerateInstanceNames(
                new CIMObjectPath(null, null, null, VIRT, "VEM_VirtualSystemManagementService", null));
        try {
            assertThat(it.hasNext()).as("a VSMS is served").isTrue();
            return it.next();
        } finally {
            it.close();
        }
    }

    private int enabledState(CIMObjectPath vm) throws WBEMException {
        CIMInstance instance = client.getInstance(vm, false, false, null);
        assertThat(instance.getPropertyValue("ElementName")).isEqualTo(name);
        return ((Number) instance.getPropertyValue("EnabledState")).intValue();
    }

    private List<Object> systemNames() throws WBEMException {
        CloseableIterator<CIMInstance> it = client.enumerateInstances(
                new CIMObjectPath(null, null, null, VIRT, "VEM_ComputerSystem", null), true, false, false, null);
        try {
            List<Object> names = new java.util.ArrayList<>();
            while (it.hasNext()) {
                names.add(it.next().getPropertyValue("ElementName"));
            }
            return names;
        } finally {
            it.close();
        }
    }

    private DomainState libvirtState() throws LibvirtException {
        Domain d = libvirt.domainLookupByName(name);
        try {
            return d.getInfo().state;
        } finally {
            d.free();
        }
    }

    private static CIMInstance instance(String className, CIMProperty<?>... properties) {
        return new CIMInstance(new CIMObjectPath(null, null, null, VIRT, className, null), properties);
    }

    private static CIMProperty<String> string(String name, String value) {
        return new CIMProperty<>(name, CIMDataType.STRING_T, value);
    }

    private static CIMProperty<UnsignedInteger16> uint16(String name, int value) {
        return new CIMProperty<>(name, CIMDataType.UINT16_T, new UnsignedInteger16(value));
    }

    private static CIMProperty<UnsignedInteger64> uint64(String name, long value) {
        return new CIMProperty<>(name, CIMDataType.UINT64_T, new UnsignedInteger64(Long.toString(value)));
    }
}
