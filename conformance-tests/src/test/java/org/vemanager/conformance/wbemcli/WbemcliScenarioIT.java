package org.vemanager.conformance.wbemcli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.wbem.CloseableIterator;
import org.metricshub.wbem.javax.wbem.client.WBEMClient;
import org.vemanager.conformance.AgentExtension;
import org.vemanager.conformance.Clients;
import org.vemanager.conformance.NodeAgentProcess;

/**
 * The shell scenario users copy from docs/examples: wbemcli alone defines a VM from MOF-embedded
 * instances, starts, pauses, reads and destroys it. The script runs for real, as a user would
 * run it; the SBLIM client then checks that it left nothing behind.
 */
@ExtendWith(AgentExtension.class)
class WbemcliScenarioIT {

    private static final String VSMS = "/root/virt:VEM_VirtualSystemManagementService.CreationClassName="
        + "\"VEM_VirtualSystemManagementService\",Name=\"VirtualSystemManagementService\","
        + "SystemCreationClassName=\"VEM_HostSystem\",SystemName=\"vm\"";

    private static Path script() {
        return Path.of(System.getProperty("vem.docs", "../docs"), "examples", "wbemcli-vm-lifecycle.sh").toAbsolutePath();
    }

    private static List<String> vmNames(NodeAgentProcess agent) throws Exception {
        WBEMClient client = Clients.sblim(agent, NodeAgentProcess.READER);
        List<String> names = new ArrayList<>();
        try {
            CloseableIterator<CIMInstance> it = client.enumerateInstances(
                new CIMObjectPath(null, null, null, "root/virt", "VEM_ComputerSystem", null), true, false, false, null);
            while (it.hasNext()) {
                names.add(String.valueOf(it.next().getPropertyValue("ElementName")));
            }
            it.close();
        } finally {
            client.close();
        }
        return names;
    }

    @Test
    void theDocumentedScriptDefinesStartsPausesReadsAndDestroysAVm(NodeAgentProcess agent) throws Exception {
        NodeAgentProcess.User user = NodeAgentProcess.OPERATOR;
        assertThat(Files.isExecutable(script())).as("%s is executable", script()).isTrue();
        ProcessBuilder builder = new ProcessBuilder("bash", script().toString(), "scripted-vm").redirectErrorStream(true);
        builder.environment().put("VEM_URL", "http://" + user.name() + ":" + user.password() + "@127.0.0.1:" + agent.httpPort());
        Process run = builder.start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.waitFor(120, TimeUnit.SECONDS)).as("the script finished").isTrue();

        assertThat(run.exitValue()).as(output).isZero();
        assertThat(output).contains("DefineSystem: 0", "EnabledState=2", "EnabledState=9", "-ElementName=\"scripted-vm\"",
            "VEM_MemoryRASD", "VirtualQuantity=256", "EnabledState=3", "DestroySystem: 0", "destroyed scripted-vm");
        assertThat(vmNames(agent)).doesNotContain("scripted-vm");
    }

    @Test
    void cimXmlEmbeddedInstancesWorkFromTheCommandLineToo(NodeAgentProcess agent) throws Exception {
        // wbemcli copies the value into VALUE without escaping it: single-quoted attributes keep the
        // shell quoting simple, and the server reads the markup as an embedded instance.
        Clients.Result result = Clients.wbemcli(agent, NodeAgentProcess.OPERATOR, "cm", VSMS, "DefineSystem.SystemSettings=\""
            + "<INSTANCE CLASSNAME='VEM_VirtualSystemSettingData'><PROPERTY NAME='ElementName' TYPE='string'>"
            + "<VALUE>xml-vm</VALUE></PROPERTY></INSTANCE>\",ResourceSettings=\"<INSTANCE CLASSNAME='VEM_ProcessorRASD'>"
            + "<PROPERTY NAME='ResourceType' TYPE='uint16'><VALUE>3</VALUE></PROPERTY>"
            + "<PROPERTY NAME='VirtualQuantity' TYPE='uint64'><VALUE>2</VALUE></PROPERTY></INSTANCE>\"");

        assertThat(result.exitCode()).as(result.stdout() + result.stderr()).isZero();
        assertThat(result.stdout()).contains("DefineSystem: 0", "ResultingSystem (reference)");
        assertThat(vmNames(agent)).contains("xml-vm");
    }

    @Test
    void aBadEmbeddedInstanceIsAClearErrorAndDefinesNothing(NodeAgentProcess agent) throws Exception {
        List<String> before = vmNames(agent);

        Clients.Result result = Clients.wbemcli(agent, NodeAgentProcess.OPERATOR, "cm", VSMS,
            "DefineSystem.SystemSettings=\"instance of VEM_VirtualSystemSettingData { NoSuchProperty = 1; };\"");

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.stderr()).contains("CIM_ERR_INVALID_PARAMETER", "SystemSettings", "NoSuchProperty");
        assertThat(vmNames(agent)).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void anEmptyEnumerationIsNoErrorAndAProfileIsFoundFromItsCentralInstance(NodeAgentProcess agent) throws Exception {
        Clients.Result jobs = Clients.wbemcli(agent, NodeAgentProcess.READER, "ein", "/root/virt:VEM_ConcreteJob");
        assertThat(jobs.exitCode()).as(jobs.stderr()).isZero();
        assertThat(jobs.stdout()).isBlank();

        Clients.Result profiles = Clients.wbemcli(agent, NodeAgentProcess.READER, "ain",
            "/root/virt:VEM_HostSystem.CreationClassName=\"VEM_HostSystem\",Name=\"vm\"", "-ac", "CIM_ElementConformsToProfile");
        assertThat(profiles.exitCode()).as(profiles.stderr()).isZero();
        assertThat(profiles.stdout()).contains("root/interop:CIM_RegisteredProfile", "System Virtualization");
    }
}
