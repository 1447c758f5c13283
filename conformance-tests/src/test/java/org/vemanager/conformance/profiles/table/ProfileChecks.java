package org.vemanager.conformance.profiles.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMClass;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMMethod;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;
import org.metricshub.wbem.javax.cim.UnsignedInteger32;
import org.metricshub.wbem.javax.cim.UnsignedInteger64;
import org.metricshub.wbem.javax.wbem.CloseableIterator;
import org.metricshub.wbem.javax.wbem.WBEMException;
import org.metricshub.wbem.javax.wbem.client.EnumerateResponse;
import org.metricshub.wbem.javax.wbem.client.WBEMClient;

/**
 * Runs the rules of a {@link ProfileTable} against a running agent with the SBLIM client, over the
 * wire only. Each check returns the list of problems it found (empty = conformant), so a report
 * names every violation at once rather than the first.
 */
public final class ProfileChecks {

    /** How many instances of a class an association or method check starts from (all are checked for properties). */
    private static final int SAMPLE = 4;

    private final WBEMClient client;
    private final ProfileTable table;
    private final CIMObjectPath profile;
    private final Map<String, CIMClass> classes = new HashMap<>();

    public ProfileChecks(WBEMClient client, ProfileTable table, CIMObjectPath profile) {
        this.client = client;
        this.table = table;
        this.profile = profile;
    }

    /** The registered profile of that RegisteredName (DMTF), or null when the agent does not register it. */
    public static CIMObjectPath registered(WBEMClient client, String registeredName) throws WBEMException {
        for (CIMInstance p : all(client.enumerateInstances(path("root/interop", "CIM_RegisteredProfile"), true, false, false, null))) {
            if (registeredName.equals(p.getPropertyValue("RegisteredName"))) {
                return p.getObjectPath();
            }
        }
        return null;
    }

    static CIMObjectPath path(String namespace, String className) {
        return new CIMObjectPath(null, null, null, namespace, className, null);
    }

    static <T> List<T> all(CloseableIterator<T> it) {
        List<T> items = new ArrayList<>();
        try {
            while (it.hasNext()) {
                items.add(it.next());
            }
        } finally {
            it.close();
        }
        return items;
    }

    /** Names a path by class and keys, whatever host, namespace spelling or key order it carries. */
    public static String identity(CIMObjectPath p) {
        Map<String, String> keys = new TreeMap<>();
        for (CIMProperty<?> k : p.getKeys()) {
            Object v = k.getValue();
            keys.put(k.getName().toLowerCase(Locale.ROOT), v instanceof CIMObjectPath ref ? identity(ref) : String.valueOf(v));
        }
        return p.getObjectName().toLowerCase(Locale.ROOT) + keys;
    }

    private CIMClass cimClass(String className) throws WBEMException {
        return cimClass(table.namespace(), className);
    }

    private CIMClass cimClass(String namespace, String className) throws WBEMException {
        String key = namespace + ":" + className.toLowerCase(Locale.ROOT);
        CIMClass cls = classes.get(key);
        if (cls == null) {
            cls = client.getClass(path(namespace, className), false, true, false, null);
            classes.put(key, cls);
        }
        return cls;
    }

    private boolean isA(String className, String ancestor) throws WBEMException {
        return isA(table.namespace(), className, ancestor);
    }

    /** Whether the instance {@code p} names is a {@code ancestor}, asked in its own namespace (associations cross them). */
    private boolean isA(CIMObjectPath p, String ancestor) throws WBEMException {
        String ns = p.getNamespace() == null || p.getNamespace().isEmpty() ? table.namespace() : p.getNamespace();
        return isA(ns, p.getObjectName(), ancestor);
    }

    private boolean isA(String namespace, String className, String ancestor) throws WBEMException {
        for (String c = className; c != null && !c.isEmpty(); c = cimClass(namespace, c).getSuperClassName()) {
            if (c.equalsIgnoreCase(ancestor)) {
                return true;
            }
        }
        return false;
    }

    /** The profile's central instances of {@code className} (CIM_ElementConformsToProfile). */
    private List<CIMObjectPath> central(String className) throws WBEMException {
        List<CIMObjectPath> result = new ArrayList<>();
        for (CIMObjectPath p : all(client.associatorNames(profile, "CIM_ElementConformsToProfile", null, "ConformantStandard",
                "ManagedElement"))) {
            if (isA(p, className)) {
                result.add(p);
            }
        }
        return result;
    }

    private List<CIMInstance> instances(String className) throws WBEMException {
        return all(client.enumerateInstances(path(table.namespace(), className), true, false, false, null));
    }

    // ---- what the statement reports ----

    /** The concrete classes that serve {@code rule} (its central instances, if the rule says so). */
    public Set<String> servedClasses(ProfileTable.ClassRule rule) throws WBEMException {
        Set<String> served = new TreeSet<>();
        if (rule.central()) {
            central(rule.className()).forEach(p -> served.add(p.getObjectName()));
        } else {
            all(client.enumerateInstanceNames(path(table.namespace(), rule.className()))).forEach(p -> served.add(p.getObjectName()));
        }
        return served;
    }

    /** The concrete association classes that link {@code rule}'s sources to its targets. */
    public Set<String> servedAssociations(ProfileTable.AssociationRule rule) throws WBEMException {
        Set<String> served = new TreeSet<>();
        List<CIMObjectPath> sources = rule.central() ? central(rule.fromClass())
            : all(client.enumerateInstanceNames(path(table.namespace(), rule.fromClass())));
        for (CIMObjectPath source : sources.subList(0, Math.min(SAMPLE, sources.size()))) {
            for (CIMObjectPath ref : all(client.referenceNames(source, rule.association(), rule.fromRole()))) {
                if (ref.getKeyValue(rule.toRole()) instanceof CIMObjectPath o && isA(o, rule.toClass())) {
                    served.add(ref.getObjectName());
                }
            }
        }
        return served;
    }

    /** The values of a capability property over all its instances, as their Values texts. */
    public Set<String> featureValues(ProfileTable.FeatureRule rule) throws WBEMException {
        Set<String> values = new TreeSet<>();
        for (CIMInstance i : instances(rule.className())) {
            Object v = i.getPropertyValue(rule.property());
            if (v == null) {
                continue;
            }
            CIMClass cls = cimClass(i.getClassName());
            String[] map = (String[]) cls.getProperty(rule.property()).getQualifierValue("ValueMap");
            String[] texts = (String[]) cls.getProperty(rule.property()).getQualifierValue("Values");
            for (Object e : v.getClass().isArray() ? (Object[]) v : new Object[] {v}) {
                values.add(valueText(String.valueOf(e), map, texts));
            }
        }
        return values;
    }

    private static String valueText(String value, String[] map, String[] texts) {
        if (map != null && texts != null) {
            for (int i = 0; i < map.length && i < texts.length; i++) {
                if (map[i].equals(value)) {
                    return texts[i];
                }
            }
        }
        return value;
    }

    // ---- classes ----

    public List<String> checkClass(ProfileTable.ClassRule rule) throws WBEMException {
        List<String> problems = new ArrayList<>();
        List<CIMInstance> instances = instances(rule.className());
        if (rule.central()) {
            Set<String> central = new LinkedHashSet<>();
            for (CIMObjectPath p : central(rule.className())) {
                central.add(identity(p));
            }
            if (central.isEmpty()) {
                problems.add("the profile has no central instance of " + rule.className());
            }
            instances = instances.stream().filter(i -> central.contains(identity(i.getObjectPath()))).toList();
            if (instances.size() != central.size()) {
                problems.add("central instances of " + rule.className() + " that enumeration does not return: "
                    + (central.size() - instances.size()));
            }
        } else if (instances.isEmpty()) {
            problems.add("no instance of " + rule.className());
        }
        Set<String> seen = new LinkedHashSet<>();
        for (CIMInstance instance : instances) {
            String name = identity(instance.getObjectPath());
            if (!seen.add(name)) {
                problems.add("enumerated twice: " + name);
            }
            for (String required : rule.required()) {
                if (instance.getProperty(required) == null) {
                    problems.add(name + " lacks the mandatory property " + required);
                } else if (instance.getPropertyValue(required) == null) {
                    problems.add(name + "." + required + " is mandatory and NULL");
                }
            }
            problems.addAll(ClassRules.violations(cimClass(instance.getClassName()), instance, table.preferredInstanceIds()));
            CIMInstance fetched = client.getInstance(instance.getObjectPath(), false, false, null);
            if (!sameValues(instance, fetched)) {
                problems.add(name + ": GetInstance answers other values than EnumerateInstances");
            }
        }
        problems.addAll(enumerationsAgree(rule.className()));
        return problems;
    }

    private static boolean sameValues(CIMInstance a, CIMInstance b) {
        Map<String, String> left = new TreeMap<>();
        Map<String, String> right = new TreeMap<>();
        for (CIMProperty<?> p : a.getProperties()) {
            left.put(p.getName().toLowerCase(Locale.ROOT), text(p.getValue()));
        }
        for (CIMProperty<?> p : b.getProperties()) {
            right.put(p.getName().toLowerCase(Locale.ROOT), text(p.getValue()));
        }
        return left.equals(right);
    }

    private static String text(Object v) {
        if (v instanceof Object[] array) {
            return Arrays.deepToString(array);
        }
        return v instanceof CIMObjectPath p ? identity(p) : String.valueOf(v);
    }

    /** EnumerateInstanceNames, EnumerateInstances and the pull operations name the same instances. */
    private List<String> enumerationsAgree(String className) throws WBEMException {
        List<String> problems = new ArrayList<>();
        Set<String> classic = new TreeSet<>();
        for (CIMInstance i : instances(className)) {
            classic.add(identity(i.getObjectPath()));
        }
        Set<String> names = new TreeSet<>();
        for (CIMObjectPath p : all(client.enumerateInstanceNames(path(table.namespace(), className)))) {
            names.add(identity(p));
        }
        Set<String> pulled = new TreeSet<>();
        CIMObjectPath cls = path(table.namespace(), className);
        EnumerateResponse<CIMInstance> page = client.enumerateInstances(cls, true, false, null, null, null,
            new UnsignedInteger32(30), false, new UnsignedInteger32(3));
        all(page.getResponses()).forEach(i -> pulled.add(identity(i.getObjectPath())));
        while (!page.isEnd()) {
            page = client.getInstancesWithPath(cls, page.getContext(), new UnsignedInteger32(3));
            all(page.getResponses()).forEach(i -> pulled.add(identity(i.getObjectPath())));
        }
        if (!names.equals(classic)) {
            problems.add(className + ": EnumerateInstanceNames " + names + " but EnumerateInstances " + classic);
        }
        if (!pulled.equals(classic)) {
            problems.add(className + ": OpenEnumerateInstances/Pull " + pulled + " but EnumerateInstances " + classic);
        }
        return problems;
    }

    // ---- associations ----

    public List<String> checkAssociation(ProfileTable.AssociationRule rule) throws WBEMException {
        List<String> problems = new ArrayList<>();
        List<CIMObjectPath> sources = rule.central() ? central(rule.fromClass())
            : all(client.enumerateInstanceNames(path(table.namespace(), rule.fromClass())));
        if (sources.isEmpty()) {
            problems.add("no " + (rule.central() ? "central " : "") + "instance of " + rule.fromClass() + " to start from");
        }
        int withResults = 0;
        for (CIMObjectPath source : sources.subList(0, Math.min(SAMPLE, sources.size()))) {
            String name = identity(source);
            List<CIMObjectPath> results = all(client.associatorNames(source, rule.association(), rule.toClass(), rule.fromRole(),
                rule.toRole()));
            if (!results.isEmpty()) {
                withResults++;
            } else if (!rule.some()) {
                problems.add(name + " has no " + rule.toClass() + " through " + rule.association());
            }
            for (CIMObjectPath result : results) {
                try {
                    client.getInstance(result, false, false, null);
                } catch (WBEMException e) {
                    problems.add(name + " is associated with " + identity(result) + ", which GetInstance cannot find (" + e.getID() + ")");
                }
                if (!isA(result, rule.toClass())) {
                    problems.add(name + ": ResultClass " + rule.toClass() + " let " + result.getObjectName() + " through");
                }
                List<String> back = all(client.associatorNames(result, rule.association(), rule.fromClass(), rule.toRole(),
                    rule.fromRole())).stream().map(ProfileChecks::identity).toList();
                if (!back.contains(name)) {
                    problems.add(identity(result) + " does not lead back to " + name + " through " + rule.association());
                }
            }
            List<CIMObjectPath> references = all(client.referenceNames(source, rule.association(), rule.fromRole()));
            Set<String> referenced = new LinkedHashSet<>();
            for (CIMObjectPath ref : references) {
                Object other = ref.getKeyValue(rule.toRole());
                Object self = ref.getKeyValue(rule.fromRole());
                if (!(self instanceof CIMObjectPath s) || !identity(s).equals(name)) {
                    problems.add(name + ": a " + rule.association() + " reference with Role " + rule.fromRole() + " names "
                        + self + " in that role");
                }
                if (other instanceof CIMObjectPath o && isA(o, rule.toClass())) {
                    referenced.add(identity(o));
                }
            }
            Set<String> associated = new LinkedHashSet<>(results.stream().map(ProfileChecks::identity).toList());
            if (!referenced.equals(associated)) {
                problems.add(name + ": ReferenceNames and AssociatorNames of " + rule.association() + " disagree: " + referenced
                    + " vs " + associated);
            }
            Set<String> instances = new LinkedHashSet<>();
            for (CIMInstance i : all(client.associatorInstances(source, rule.association(), rule.toClass(), rule.fromRole(),
                    rule.toRole(), false, null))) {
                instances.add(identity(i.getObjectPath()));
            }
            if (!instances.equals(associated)) {
                problems.add(name + ": Associators and AssociatorNames of " + rule.association() + " disagree");
            }
            if (!rule.fromRole().equalsIgnoreCase(rule.toRole())
                    && !all(client.associatorNames(source, rule.association(), rule.toClass(), rule.toRole(), rule.fromRole()))
                        .isEmpty()
                    && !isA(rule.fromClass(), rule.toClass()) && !isA(rule.toClass(), rule.fromClass())) {
                problems.add(name + " plays role " + rule.toRole() + " of " + rule.association() + ", which it must not");
            }
        }
        if (withResults == 0 && !sources.isEmpty()) {
            problems.add("no " + rule.fromClass() + " has a " + rule.toClass() + " through " + rule.association());
        }
        return problems;
    }

    // ---- methods ----

    public List<String> checkMethod(ProfileTable.MethodRule rule) throws WBEMException {
        List<String> problems = new ArrayList<>();
        CIMClass cls = cimClass(rule.className());
        CIMMethod<?> method = cls.getMethod(rule.method());
        if (method == null) {
            problems.add(rule.className() + " has no method " + rule.method() + " in GetClass");
            return problems;
        }
        for (String p : rule.parameters()) {
            if (method.getParameter(p) == null) {
                problems.add(rule.className() + "." + rule.method() + " has no parameter " + p);
            }
        }
        return problems;
    }

    public List<String> checkBadInput(ProfileTable.BadInputRule rule) throws WBEMException {
        List<String> problems = new ArrayList<>();
        List<CIMObjectPath> targets = rule.central() ? central(rule.className())
            : all(client.enumerateInstanceNames(path(table.namespace(), rule.className())));
        if (targets.isEmpty()) {
            problems.add("no instance of " + rule.className() + " to call " + rule.method() + " on");
            return problems;
        }
        CIMArgument<?>[] in = rule.arguments().stream().map(a -> argument(a, table.namespace())).toArray(CIMArgument<?>[]::new);
        String call = rule.className() + "." + rule.method() + rule.arguments();
        try {
            Object rc = client.invokeMethod(targets.get(0), rule.method(), in, new CIMArgument<?>[4]);
            long code = ((Number) rc).longValue();
            if (!rule.returnCodes().contains(code)) {
                problems.add(call + " returned " + code + "; the profile allows " + rule.returnCodes()
                    + (rule.errors().isEmpty() ? "" : " or CIM errors " + rule.errors()));
            }
        } catch (WBEMException e) {
            if (!rule.errors().contains(e.getID())) {
                problems.add(call + " failed with CIM error " + e.getID() + " (" + e.getMessage() + "); the profile allows "
                    + (rule.errors().isEmpty() ? "return codes " + rule.returnCodes() : "CIM errors " + rule.errors()));
            } else if (e.getMessage() == null || e.getMessage().isBlank()) {
                problems.add(call + " failed with CIM error " + e.getID() + " but no description");
            }
        }
        return problems;
    }

    private static CIMArgument<?> argument(ProfileTable.Argument a, String namespace) {
        String v = a.value();
        return switch (a.type()) {
            case "uint16" -> new CIMArgument<>(a.name(), CIMDataType.UINT16_T, new UnsignedInteger16(Integer.parseInt(v)));
            case "uint32" -> new CIMArgument<>(a.name(), CIMDataType.UINT32_T, new UnsignedInteger32(Long.parseLong(v)));
            case "uint64" -> new CIMArgument<>(a.name(), CIMDataType.UINT64_T, new UnsignedInteger64(v));
            case "string" -> new CIMArgument<>(a.name(), CIMDataType.STRING_T, v);
            case "ref" -> {
                // Class.Key=value: a reference to an instance that does not exist
                String[] cm = v.split("\\.", 2);
                String[] kv = cm[1].split("=", 2);
                CIMObjectPath ref = new CIMObjectPath(null, null, null, namespace, cm[0], new CIMProperty<?>[] {
                    new CIMProperty<>(kv[0], CIMDataType.STRING_T, kv[1], true, false, null)});
                yield new CIMArgument<>(a.name(), new CIMDataType(cm[0]), ref);
            }
            default -> throw new IllegalArgumentException("argument type " + a.type() + " is not supported by the tables");
        };
    }
}
