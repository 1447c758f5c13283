package org.vemanager.provider.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.libvirt.DomainInfo.DomainState;

class StateMappingTest {

    @ParameterizedTest(name = "{0}, managed save {1} → EnabledState {2}, OperationalStatus {3}")
    @CsvSource({
        "VIR_DOMAIN_RUNNING, false, 2, 2",
        "VIR_DOMAIN_BLOCKED, false, 2, 2",
        "VIR_DOMAIN_PAUSED, false, 9, 15",
        "VIR_DOMAIN_SHUTDOWN, false, 4, 9",
        "VIR_DOMAIN_SHUTOFF, false, 3, 10",
        "VIR_DOMAIN_SHUTOFF, true, 6, 15",
        "VIR_DOMAIN_CRASHED, false, 3, 6",
        "VIR_DOMAIN_NOSTATE, false, 0, 0"})
    void mapsEveryLibvirtState(DomainState state, boolean managedSave, int enabled, int operational) {
        assertThat(StateMapping.enabledState(state, managedSave)).isEqualTo(enabled);
        assertThat(StateMapping.operationalStatus(state, managedSave)).isEqualTo(operational);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "test; 2 3 4 6 9 10 11",
        "kvm; 2 3 4 6 9 10 11",
        "QEMU; 2 3 4 6 9 10 11",
        "xen; 2 3 4 6 9 10",
        "lxc; 2 3 4 9 10",
        "vbox; 2 3 4"})
    void listsTheStatesEachDriverCanReach(String domainType, String states) {
        int[] expected = java.util.Arrays.stream(states.split(" ")).mapToInt(Integer::parseInt).toArray();

        assertThat(SupportedStates.forDomainType(domainType)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "VEM:abc, abc, , ",
        "VEM:abc/proc, abc, PROCESSOR, ",
        "VEM:abc/disk/vda, abc, DISK, vda",
        "VEM:abc/nic/52:54:00:00:00:01, abc, NETWORK, 52:54:00:00:00:01"})
    void parsesOurInstanceIds(String instanceId, String uuid, ResourceKind kind, String local) {
        InstanceIds.Parsed parsed = InstanceIds.parse(instanceId).orElseThrow();

        assertThat(parsed.uuid()).isEqualTo(uuid);
        assertThat(parsed.kind().orElse(null)).isEqualTo(kind);
        assertThat(parsed.local()).isEqualTo(local);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource({"Other:abc", "VEM:", "VEM:abc/unknown/1", "''"})
    void rejectsIdsThatAreNotOurs(String instanceId) {
        assertThat(InstanceIds.parse(instanceId)).isEmpty();
    }
}
