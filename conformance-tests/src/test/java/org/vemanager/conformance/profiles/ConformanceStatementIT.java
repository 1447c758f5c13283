package org.vemanager.conformance.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.wbem.CloseableIterator;
import org.metricshub.wbem.javax.wbem.client.WBEMClient;
import org.vemanager.conformance.AgentExtension;
import org.vemanager.conformance.Clients;
import org.vemanager.conformance.GuestAgentExtension;
import org.vemanager.conformance.NodeAgentProcess;
import org.vemanager.conformance.profiles.table.ProfileStatement;
import org.vemanager.conformance.profiles.table.ProfileTable;

/** docs/conformance.md states exactly the profiles a running agent registers, with their versions. */
@ExtendWith({AgentExtension.class, GuestAgentExtension.class})
class ConformanceStatementIT {

    private static final String BEGIN = "<!-- profile-statement";
    private static final String END = "<!-- end profile-statement -->";

    @Test
    void theStatementListsExactlyTheRegisteredProfiles(NodeAgentProcess agent) throws Exception {
        List<String> stated = statedProfiles(Path.of(System.getProperty("vem.docs", "../docs"), "conformance.md"));
        List<String> registered = new ArrayList<>();
        WBEMClient client = Clients.sblim(agent, NodeAgentProcess.READER);
        try {
            CloseableIterator<CIMInstance> it = client.enumerateInstances(
                    new CIMObjectPath(null, null, null, "root/interop", "CIM_RegisteredProfile", null), true, false, false, null);
            while (it.hasNext()) {
                CIMInstance profile = it.next();
                registered.add(profile.getPropertyValue("RegisteredName") + " " + profile.getPropertyValue("RegisteredVersion"));
            }
            it.close();
        } finally {
            client.close();
        }
        assertThat(registered).as("CIM_RegisteredProfile of a running agent vs docs/conformance.md")
                .containsExactlyInAnyOrderElementsOf(stated);
    }

    /**
     * The per-profile statement between the profile-statement markers is what the profile tables
     * and a running agent say now. Run with {@code -Dvem.conformance.update=true} to rewrite it.
     */
    @Test
    void thePerProfileStatementIsWhatTheTablesAndTheAgentSay(NodeAgentProcess agent) throws Exception {
        Path statement = Path.of(System.getProperty("vem.docs", "../docs"), "conformance.md");
        WBEMClient client = Clients.sblim(agent, NodeAgentProcess.READER);
        String generated;
        try {
            generated = ProfileStatement.markdown(client, ProfileTable.all());
        } finally {
            client.close();
        }
        String document = Files.readString(statement);
        int start = document.indexOf(BEGIN);
        int end = document.indexOf(END);
        assertThat(start).as("%s has the %s marker", statement, BEGIN).isPositive();
        assertThat(end).as("%s has the %s marker", statement, END).isGreaterThan(start);
        String current = document.substring(document.indexOf('\n', start) + 1, end);
        if (Boolean.getBoolean("vem.conformance.update")) {
            Files.writeString(statement, document.substring(0, document.indexOf('\n', start) + 1) + generated + document.substring(end));
            return;
        }
        Path fresh = Path.of("target", "conformance-profiles.md");
        Files.writeString(fresh, generated);
        assertThat(current).as("docs/conformance.md is out of date with the profile tables and the agent; the current text is"
            + " in %s (or run the IT with -Dvem.conformance.update=true)", fresh.toAbsolutePath()).isEqualTo(generated);
    }

    /** "Name Version" of each row between the registered-profiles markers. */
    static List<String> statedProfiles(Path statement) throws IOException {
        List<String> rows = new ArrayList<>();
        boolean inTable = false;
        for (String line : Files.readAllLines(statement)) {
            if (line.contains("<!-- registered-profiles")) {
                inTable = true;
            } else if (line.contains("<!-- end registered-profiles")) {
                break;
            } else if (inTable && line.startsWith("| ") && !line.startsWith("| Profile |")) {
                String[] cells = line.split("\\|");
                rows.add(cells[1].strip() + " " + cells[3].strip());
            }
        }
        return rows;
    }
}
