package org.vemanager.conformance.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.wbem.client.WBEMClient;
import org.vemanager.conformance.AgentExtension;
import org.vemanager.conformance.Clients;
import org.vemanager.conformance.GuestAgentExtension;
import org.vemanager.conformance.NodeAgentProcess;
import org.vemanager.conformance.profiles.table.ProfileChecks;
import org.vemanager.conformance.profiles.table.ProfileTable;

/**
 * Every profile table in {@code src/test/resources/profiles} checked against a running agent:
 * mandatory classes and properties, associations both ways with their filters, methods and how
 * they fail, enumerations against GetInstance and pull. A table whose profile the agent does not
 * register is skipped, not failed, so tables can be written before the profile lands. The agent
 * has a real guest-agent as the guest of one running VM, so the profiles served from inside the
 * guests (DSP1034) have instances to judge.
 */
@ExtendWith({AgentExtension.class, GuestAgentExtension.class})
class ProfileConformanceIT {

    private static WBEMClient client;

    @BeforeAll
    static void connect(NodeAgentProcess agent) throws Exception {
        // Bad-input calls need a role that may call methods; they change nothing when they fail.
        client = Clients.sblim(agent, NodeAgentProcess.ADMIN);
    }

    @AfterAll
    static void close() {
        client.close();
    }

    @TestFactory
    Stream<DynamicNode> everyRegisteredProfileMeetsItsTable() throws Exception {
        List<DynamicNode> profiles = new ArrayList<>();
        for (ProfileTable table : ProfileTable.all()) {
            profiles.add(DynamicContainer.dynamicContainer(table.profile() + " (" + table.dsp() + ")", checks(table)));
        }
        assertThat(profiles).as("profile tables").isNotEmpty();
        return profiles.stream();
    }

    private static Stream<DynamicNode> checks(ProfileTable table) {
        List<DynamicNode> tests = new ArrayList<>();
        for (ProfileTable.ClassRule rule : table.classes()) {
            tests.add(check(table, "class " + rule.className(), rule.gap(), c -> c.checkClass(rule)));
        }
        for (ProfileTable.AssociationRule rule : table.associations()) {
            tests.add(check(table, "association " + rule.association() + " " + rule.fromClass() + "." + rule.fromRole() + " -> "
                + rule.toClass() + "." + rule.toRole(), rule.gap(), c -> c.checkAssociation(rule)));
        }
        for (ProfileTable.MethodRule rule : table.methods()) {
            tests.add(check(table, "method " + rule.className() + "." + rule.method(), rule.gap(), c -> c.checkMethod(rule)));
        }
        for (ProfileTable.BadInputRule rule : table.badInputs()) {
            tests.add(check(table, "bad input to " + rule.className() + "." + rule.method() + " " + rule.arguments(), rule.gap(),
                c -> c.checkBadInput(rule)));
        }
        return tests.stream();
    }

    interface Check {
        List<String> run(ProfileChecks checks) throws Exception;
    }

    private static DynamicTest check(ProfileTable table, String name, String gap, Check check) {
        return DynamicTest.dynamicTest(name, () -> {
            CIMObjectPath profile = ProfileChecks.registered(client, table.profile());
            Assumptions.assumeTrue(profile != null, () -> "the agent does not register " + table.profile() + " (yet)");
            List<String> problems = check.run(new ProfileChecks(client, table, profile));
            if (gap != null) {
                // A known difference stays visible as a skipped check, and fails once it is gone so the
                // table and docs/conformance.md stop claiming it.
                assertThat(problems).as("%s: %s is marked as a known difference (%s) but now passes: remove the gap from %s"
                    + " and docs/conformance.md", table.profile(), name, gap, table.resource()).isNotEmpty();
                Assumptions.abort("known difference: " + gap + " " + problems);
            }
            assertThat(problems).as("%s: %s (%s)", table.profile(), name, table.resource()).isEmpty();
        });
    }
}
