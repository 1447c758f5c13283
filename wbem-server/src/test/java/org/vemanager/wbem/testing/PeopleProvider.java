package org.vemanager.wbem.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.metricshub.wbem.javax.cim.UnsignedInteger32;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.InstanceProvider;
import org.vemanager.wbem.spi.InstanceSink;
import org.vemanager.wbem.spi.InstanceWriteProvider;
import org.vemanager.wbem.spi.RequestContext;

/** TEST_Person and TEST_Ext, in memory: alice and carol (TEST_Person), bob (TEST_Ext). Readable and writable. */
public final class PeopleProvider implements InstanceProvider, InstanceWriteProvider {

    private final Map<String, CIMInstance> people = new ConcurrentHashMap<>();

    public PeopleProvider() {
        put(person("TEST_Person", "alice", 30, null));
        put(person("TEST_Ext", "bob", 40, "x"));
        put(person("TEST_Person", "carol", 25, null));
    }

    public static CIMInstance person(String className, String name, long age, String extra) {
        List<CIMProperty<?>> props = new ArrayList<>();
        props.add(new CIMProperty<>("Name", CIMDataType.STRING_T, name, true, false, null));
        props.add(new CIMProperty<>("Age", CIMDataType.UINT32_T, new UnsignedInteger32(age)));
        props.add(new CIMProperty<>("Nicknames", CIMDataType.STRING_ARRAY_T, new String[] {name.substring(0, 1)}));
        props.add(new CIMProperty<>("Active", CIMDataType.BOOLEAN_T, Boolean.TRUE));
        props.add(new CIMProperty<>("ElementName", CIMDataType.STRING_T, "Person " + name));
        if (extra != null) {
            props.add(new CIMProperty<>("Extra", CIMDataType.STRING_T, extra));
        }
        return new CIMInstance(TestPaths.person(className, name), props.toArray(CIMProperty<?>[]::new));
    }

    private void put(CIMInstance instance) {
        people.put(key(instance.getObjectPath()), instance);
    }

    private static String key(CIMObjectPath path) {
        return path.getObjectName().toLowerCase(Locale.ROOT) + "/" + path.getKeyValue("Name");
    }

    /** Adds n people of TEST_Person named p0000… (for paging and benchmarks). */
    public void addMany(int n) {
        for (int i = 0; i < n; i++) {
            put(person("TEST_Person", String.format("p%05d", i), i, null));
        }
    }

    @Override
    public Set<String> classNames() {
        return Set.of("TEST_Person", "TEST_Ext");
    }

    @Override
    public void enumerateInstances(RequestContext context, String className, InstanceSink sink) throws CimException {
        List<CIMInstance> sorted = new ArrayList<>(people.values());
        sorted.sort((a, b) -> String.valueOf(a.getPropertyValue("Name")).compareTo(String.valueOf(b.getPropertyValue("Name"))));
        for (CIMInstance instance : sorted) {
            if (instance.getClassName().equalsIgnoreCase(className)) {
                sink.accept(instance);
            }
        }
    }

    @Override
    public CIMInstance getInstance(RequestContext context, CIMObjectPath path) throws CimException {
        CIMInstance instance = people.get(key(path));
        if (instance == null) {
            throw new CimException(CimStatus.NOT_FOUND, "no person " + path.getKeyValue("Name"));
        }
        return instance;
    }

    @Override
    public CIMObjectPath createInstance(RequestContext context, CIMInstance instance) throws CimException {
        Object name = instance.getPropertyValue("Name");
        if (name == null) {
            throw new CimException(CimStatus.INVALID_PARAMETER, "NewInstance: Name is required");
        }
        CIMObjectPath path = TestPaths.person(instance.getClassName(), name.toString());
        if (people.containsKey(key(path))) {
            throw new CimException(CimStatus.ALREADY_EXISTS, "person " + name + " exists");
        }
        people.put(key(path), new CIMInstance(path, instance.getProperties()));
        return path;
    }

    @Override
    public void modifyInstance(RequestContext context, CIMInstance modified, String[] propertyList) throws CimException {
        CIMInstance old = getInstance(context, modified.getObjectPath());
        Map<String, CIMProperty<?>> props = new java.util.LinkedHashMap<>();
        for (CIMProperty<?> p : old.getProperties()) {
            props.put(p.getName().toLowerCase(Locale.ROOT), p);
        }
        for (CIMProperty<?> p : modified.getProperties()) {
            boolean listed = propertyList == null || List.of(propertyList).stream().anyMatch(n -> n.equalsIgnoreCase(p.getName()));
            if (listed && !p.isKey()) {
                props.put(p.getName().toLowerCase(Locale.ROOT), p);
            }
        }
        people.put(key(old.getObjectPath()), new CIMInstance(old.getObjectPath(), props.values().toArray(CIMProperty<?>[]::new)));
    }

    @Override
    public void deleteInstance(RequestContext context, CIMObjectPath path) throws CimException {
        if (people.remove(key(path)) == null) {
            throw new CimException(CimStatus.NOT_FOUND, "no person " + path.getKeyValue("Name"));
        }
    }
}
