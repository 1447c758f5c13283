package org.vemanager.conformance.profiles.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.wbem.WBEMException;
import org.metricshub.wbem.javax.wbem.client.WBEMClient;

/**
 * The per-profile part of docs/conformance.md, written from the profile tables and what a running
 * agent answers: for each profile its version, what it mandates and which of our classes serve it,
 * the optional features the agent advertises, and the known differences (the tables' gaps).
 */
public final class ProfileStatement {

    private ProfileStatement() {
    }

    public static String markdown(WBEMClient client, List<ProfileTable> tables) throws WBEMException {
        StringBuilder out = new StringBuilder();
        StringBuilder waiting = new StringBuilder();
        for (ProfileTable table : tables) {
            CIMObjectPath registered = ProfileChecks.registered(client, table.profile());
            if (registered == null) {
                waiting.append("- ").append(table.profile()).append(" (").append(table.dsp()).append("): `")
                    .append(table.resource()).append("`\n");
                continue;
            }
            CIMInstance profile = client.getInstance(registered, false, false, null);
            ProfileChecks checks = new ProfileChecks(client, table, registered);
            out.append("### ").append(table.profile()).append(' ').append(profile.getPropertyValue("RegisteredVersion"))
                .append(" (").append(table.dsp().split(" ")[0]).append(")\n\n");
            out.append("| Mandated by the profile | Served as |\n|---|---|\n");
            for (ProfileTable.ClassRule rule : table.classes()) {
                out.append("| class ").append(rule.className()).append(rule.central() ? " (central)" : "").append(": ")
                    .append(String.join(", ", rule.required())).append(" | ").append(names(checks.servedClasses(rule)))
                    .append(" |\n");
            }
            for (ProfileTable.AssociationRule rule : table.associations()) {
                out.append("| association ").append(rule.association()).append(": ").append(rule.fromClass()).append(" → ")
                    .append(rule.toClass()).append(" | ").append(rule.gap() != null ? "not yet (known difference)"
                        : names(checks.servedAssociations(rule))).append(" |\n");
            }
            for (ProfileTable.MethodRule rule : table.methods()) {
                out.append("| method ").append(rule.className()).append('.').append(rule.method()).append(" | ")
                    .append(checks.checkMethod(rule).isEmpty() ? "declared with its parameters" : "missing").append(" |\n");
            }
            for (ProfileTable.BadInputRule rule : table.badInputs()) {
                out.append("| bad input to ").append(rule.className()).append('.').append(rule.method()).append(" | ")
                    .append(rule.gap() != null ? "not yet (known difference)" : refusal(rule)).append(" |\n");
            }
            out.append('\n');
            if (!table.features().isEmpty()) {
                out.append("Optional features advertised:\n");
                for (ProfileTable.FeatureRule rule : table.features()) {
                    Set<String> values = checks.featureValues(rule);
                    out.append("- ").append(rule.className()).append('.').append(rule.property()).append(": ")
                        .append(values.isEmpty() ? "none" : String.join(", ", values)).append('\n');
                }
                out.append('\n');
            }
            List<String> gaps = gaps(table);
            if (!gaps.isEmpty()) {
                out.append("Known differences:\n");
                gaps.forEach(g -> out.append("- ").append(g).append('\n'));
                out.append('\n');
            }
        }
        if (!waiting.isEmpty()) {
            out.append("### Tables ready, profiles not registered yet\n\n")
                .append("The suite holds the mandatory lists of these profiles and skips them until an agent registers them:\n\n")
                .append(waiting).append('\n');
        }
        return out.toString();
    }

    /** How the profile says the call must fail; the suite checks it (ProfileConformanceIT). */
    private static String refusal(ProfileTable.BadInputRule rule) {
        List<String> ways = new ArrayList<>();
        if (!rule.returnCodes().isEmpty()) {
            ways.add("return code " + join(rule.returnCodes()));
        }
        if (!rule.errors().isEmpty()) {
            ways.add("CIM error " + join(rule.errors()));
        }
        return "refused with " + String.join(" or ", ways);
    }

    private static String join(Set<?> values) {
        return String.join("/", values.stream().map(String::valueOf).toList());
    }

    private static String names(Set<String> classes) {
        return classes.isEmpty() ? "—" : String.join(", ", classes);
    }

    private static List<String> gaps(ProfileTable table) {
        ArrayList<String> gaps = new ArrayList<>();
        table.classes().stream().filter(r -> r.gap() != null).forEach(r -> gaps.add(r.className() + ": " + r.gap()));
        table.associations().stream().filter(r -> r.gap() != null).forEach(r -> gaps.add(r.association() + " " + r.fromClass()
            + " → " + r.toClass() + ": " + r.gap()));
        table.methods().stream().filter(r -> r.gap() != null).forEach(r -> gaps.add(r.method() + ": " + r.gap()));
        table.badInputs().stream().filter(r -> r.gap() != null).forEach(r -> gaps.add(r.method() + ": " + r.gap()));
        return gaps;
    }
}
