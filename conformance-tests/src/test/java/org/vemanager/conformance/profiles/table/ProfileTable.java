package org.vemanager.conformance.profiles.table;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What one DMTF profile makes mandatory, as data (one {@code profiles/*.table} resource per profile):
 * the classes with their mandatory properties, the associations, the methods and how they must fail
 * on bad input. A profile added later needs a table, not code. The format, one item per line:
 *
 * <pre>
 * profile: Virtual System            RegisteredName as CIM_RegisteredProfile gives it
 * dsp: DSP1057 1.0.0                 for the reader and docs/conformance.md
 * namespace: root/virt               where the classes below live (default root/virt)
 * instanceid: opaque                 InstanceID need not follow the preferred OrgID:LocalID form
 * class CIM_ComputerSystem central: Name, ElementName, NameFormat?
 *     instances of the class (or only the profile's central ones); each listed property must have a
 *     value (? = may be NULL); every value must respect the class's ValueMap, Key, Required, MaxLen
 * assoc CIM_SettingsDefineState CIM_ComputerSystem.ManagedElement -> CIM_VirtualSystemSettingData.SettingData central
 *     from every instance of the first class (or central instance), in both directions with the
 *     ResultClass/Role/ResultRole filters; "some" = not every source needs a result
 * method CIM_VirtualSystemManagementService.DefineSystem: SystemSettings, ResourceSettings
 *     the method exists with these parameters (read with GetClass)
 * bad CIM_ComputerSystem.RequestStateChange central: RequestedState uint16 55555 => rc 5 4097
 * bad CIM_VirtualSystemManagementService.DestroySystem: AffectedSystem ref CIM_ComputerSystem.Name=x => rc 4 error 4 6
 *     invoked on the first instance, the call must answer one of these return codes (rc) or CIM errors
 * feature CIM_VirtualSystemManagementCapabilities.SynchronousMethodsSupported
 *     an optional feature the agent advertises: docs/conformance.md lists the values (by their Values text)
 * </pre>
 * A trailing {@code gap "why"} on a line turns that check into a skipped one with the reason: a
 * known difference, listed in docs/conformance.md.
 */
public record ProfileTable(String resource, String profile, String dsp, String namespace, boolean preferredInstanceIds,
        List<ClassRule> classes, List<AssociationRule> associations, List<MethodRule> methods, List<BadInputRule> badInputs,
        List<FeatureRule> features) {

    /** A capability property whose values say which optional features the agent supports. */
    public record FeatureRule(String className, String property) {
    }

    /** A class the profile mandates. */
    public record ClassRule(String className, boolean central, List<String> required, List<String> optional, String gap) {
    }

    /** An association the profile mandates, read from {@code fromClass} playing {@code fromRole}. */
    public record AssociationRule(String association, String fromClass, String fromRole, String toClass, String toRole,
            boolean central, boolean some, String gap) {
    }

    /** A method the profile mandates, with the parameters it must declare. */
    public record MethodRule(String className, String method, List<String> parameters, String gap) {
    }

    /** One argument of a bad-input call: name, CIM type (uint16, string, ref, …) and value text. */
    public record Argument(String name, String type, String value) {
    }

    /** A call with bad input and the answers the profile allows (return codes or CIM status codes). */
    public record BadInputRule(String className, String method, boolean central, List<Argument> arguments, Set<Long> returnCodes,
            Set<Integer> errors, String gap) {
    }

    /** Every table in the {@code profiles} resource folder, in name order. */
    public static List<ProfileTable> all() throws IOException {
        try {
            Path dir = Path.of(ProfileTable.class.getResource("/profiles").toURI());
            List<ProfileTable> tables = new ArrayList<>();
            try (Stream<Path> files = Files.list(dir)) {
                for (String name : files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".table")).sorted().toList()) {
                    tables.add(load(name));
                }
            }
            return tables;
        } catch (URISyntaxException e) {
            throw new IOException("the profiles folder has no file URI", e);
        }
    }

    /** Reads the table resource {@code profiles/<name>}. */
    public static ProfileTable load(String name) throws IOException {
        try (InputStream in = ProfileTable.class.getResourceAsStream("/profiles/" + name)) {
            if (in == null) {
                throw new IOException("no profile table " + name);
            }
            return parse(name, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        }
    }

    static ProfileTable parse(String resource, List<String> lines) {
        String profile = null;
        String dsp = "";
        String namespace = "root/virt";
        boolean preferred = true;
        List<ClassRule> classes = new ArrayList<>();
        List<AssociationRule> associations = new ArrayList<>();
        List<MethodRule> methods = new ArrayList<>();
        List<BadInputRule> bad = new ArrayList<>();
        List<FeatureRule> features = new ArrayList<>();
        int number = 0;
        for (String raw : lines) {
            number++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String gap = null;
            int gapAt = line.indexOf(" gap \"");
            if (gapAt >= 0) {
                gap = line.substring(gapAt + 6, line.lastIndexOf('"'));
                line = line.substring(0, gapAt).strip();
            }
            try {
                if (line.startsWith("profile:")) {
                    profile = value(line);
                } else if (line.startsWith("dsp:")) {
                    dsp = value(line);
                } else if (line.startsWith("namespace:")) {
                    namespace = value(line);
                } else if (line.startsWith("instanceid:")) {
                    preferred = !"opaque".equals(value(line));
                } else if (line.startsWith("class ")) {
                    classes.add(classRule(line, gap));
                } else if (line.startsWith("assoc ")) {
                    associations.add(associationRule(line, gap));
                } else if (line.startsWith("method ")) {
                    String[] head = line.substring(7).split(":", 2);
                    String[] cm = head[0].strip().split("\\.");
                    methods.add(new MethodRule(cm[0], cm[1], head.length > 1 ? list(head[1]) : List.of(), gap));
                } else if (line.startsWith("bad ")) {
                    bad.add(badInputRule(line, gap));
                } else if (line.startsWith("feature ")) {
                    String[] cp = line.substring(8).strip().split("\\.");
                    features.add(new FeatureRule(cp[0], cp[1]));
                } else {
                    throw new IllegalArgumentException("unknown line");
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(resource + ":" + number + ": cannot read '" + raw + "': " + e.getMessage(), e);
            }
        }
        if (profile == null) {
            throw new IllegalArgumentException(resource + ": no 'profile:' line");
        }
        return new ProfileTable(resource, profile, dsp, namespace, preferred, List.copyOf(classes), List.copyOf(associations),
            List.copyOf(methods), List.copyOf(bad), List.copyOf(features));
    }

    private static String value(String line) {
        return line.substring(line.indexOf(':') + 1).strip();
    }

    private static List<String> list(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static ClassRule classRule(String line, String gap) {
        String[] head = line.substring(6).split(":", 2);
        String[] words = head[0].strip().split("\\s+");
        List<String> required = new ArrayList<>();
        List<String> optional = new ArrayList<>();
        for (String p : head.length > 1 ? list(head[1]) : List.<String>of()) {
            if (p.endsWith("?")) {
                optional.add(p.substring(0, p.length() - 1));
            } else {
                required.add(p);
            }
        }
        return new ClassRule(words[0], Arrays.asList(words).contains("central"), List.copyOf(required), List.copyOf(optional), gap);
    }

    private static AssociationRule associationRule(String line, String gap) {
        String[] words = line.substring(6).strip().split("\\s+");
        if (words.length < 4 || !"->".equals(words[2])) {
            throw new IllegalArgumentException("expected: assoc Assoc From.Role -> To.Role [central] [some]");
        }
        String[] from = words[1].split("\\.");
        String[] to = words[3].split("\\.");
        List<String> flags = Arrays.asList(words).subList(4, words.length);
        return new AssociationRule(words[0], from[0], from[1], to[0], to[1], flags.contains("central"), flags.contains("some"), gap);
    }

    private static BadInputRule badInputRule(String line, String gap) {
        String[] parts = line.substring(4).split("=>", 2);
        String[] head = parts[0].split(":", 2);
        String[] words = head[0].strip().split("\\s+");
        String[] cm = words[0].split("\\.");
        List<Argument> arguments = new ArrayList<>();
        if (head.length > 1 && !head[1].isBlank()) {
            for (String a : head[1].split(";")) {
                String[] w = a.strip().split("\\s+", 3);
                arguments.add(new Argument(w[0], w[1], w.length > 2 ? w[2] : null));
            }
        }
        Set<Long> codes = new TreeSet<>();
        Set<Integer> errors = new TreeSet<>();
        String mode = null;
        for (String word : parts[1].strip().split("\\s+")) {
            if ("rc".equals(word) || "error".equals(word)) {
                mode = word;
            } else if ("rc".equals(mode)) {
                codes.add(Long.parseLong(word));
            } else if ("error".equals(mode)) {
                errors.add(Integer.parseInt(word));
            } else {
                throw new IllegalArgumentException("expected '=> rc N… error N…'");
            }
        }
        return new BadInputRule(cm[0], cm[1], Arrays.asList(words).contains("central"), List.copyOf(arguments), codes, errors, gap);
    }
}
