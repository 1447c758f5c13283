package org.vemanager.wbem.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMClass;
import org.metricshub.wbem.javax.cim.CIMClassProperty;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMFlavor;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMMethod;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMParameter;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.metricshub.wbem.javax.cim.CIMQualifier;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;
import org.metricshub.wbem.javax.cim.UnsignedInteger32;
import org.vemanager.wbem.operation.CimRequest;
import org.vemanager.wbem.operation.OperationDispatcher;
import org.vemanager.wbem.operation.ResultWriter;
import org.vemanager.wbem.operation.ReturnElement;
import org.vemanager.wbem.operation.UntypedValue;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;

/**
 * A test dispatcher answering from a fixed set of objects in {@code root/virt}: class VEM_Foo
 * (key Name, a uint16 array, a string with XML special characters, a reference, method Echo),
 * three instances, and VEM_Big (streams {@code bigCount} instances then fails when {@code
 * failBigAfterItems}). It records every request so tests can assert how the wire decoded it. Not
 * the real dispatcher: it does no generic checks beyond what the tests need.
 */
public final class FixtureDispatcher implements OperationDispatcher {

    public static final String NAMESPACE = "root/virt";
    public static final String CLASS = "VEM_Foo";
    public static final String TRICKY = "a<b>&\"c'\u00e9\u20ac\u0001\r\nend";

    private final List<CimRequest> requests = new CopyOnWriteArrayList<>();
    private volatile int bigCount = 5_000;
    private volatile boolean failBigAfterItems;
    private static volatile boolean nullArrayElements = true;

    public List<CimRequest> requests() {
        return requests;
    }

    public CimRequest lastRequest() {
        return requests.get(requests.size() - 1);
    }

    /**
     * Whether array values hold a null element (VALUE.NULL). wbemcli's parser predates VALUE.NULL
     * (it reports "Bad attribute list for VALUE"), so its test turns them off.
     */
    public static void nullArrayElements(boolean enabled) {
        nullArrayElements = enabled;
    }

    public void bigEnumeration(int count, boolean failAfterItems) {
        this.bigCount = count;
        this.failBigAfterItems = failAfterItems;
    }

    public static CIMClass fooClass() {
        CIMQualifier<?> key = new CIMQualifier<>("Key", CIMDataType.BOOLEAN_T, Boolean.TRUE, CIMFlavor.DISABLEOVERRIDE);
        CIMQualifier<?> description = new CIMQualifier<>("Description", CIMDataType.STRING_T, "A <test> class & more", CIMFlavor.TRANSLATE);
        CIMClassProperty<?>[] properties = {
            new CIMClassProperty<>("Name", CIMDataType.STRING_T, null, new CIMQualifier<?>[] {key}, true, false, CLASS),
            new CIMClassProperty<>("Sizes", CIMDataType.UINT16_ARRAY_T, null, new CIMQualifier<?>[0], false, false, CLASS),
            new CIMClassProperty<>("Text", CIMDataType.STRING_T, null, new CIMQualifier<?>[0], false, false, CLASS),
            new CIMClassProperty<>("Peer", new CIMDataType(CLASS), null, new CIMQualifier<?>[0], false, false, CLASS),
        };
        CIMParameter<?>[] parameters = {
            new CIMParameter<>("Text", CIMDataType.STRING_T, new CIMQualifier<?>[] {
                new CIMQualifier<>("In", CIMDataType.BOOLEAN_T, Boolean.TRUE, 0)}),
            new CIMParameter<>("Count", CIMDataType.UINT32_T, new CIMQualifier<?>[0]),
            new CIMParameter<>("Reversed", CIMDataType.STRING_T, new CIMQualifier<?>[] {
                new CIMQualifier<>("Out", CIMDataType.BOOLEAN_T, Boolean.TRUE, 0)}),
        };
        CIMMethod<?>[] methods = {new CIMMethod<>("Echo", CIMDataType.UINT32_T, new CIMQualifier<?>[0], parameters, false, CLASS)};
        return new CIMClass(new CIMObjectPath(null, null, null, NAMESPACE, CLASS, null), "CIM_ManagedElement",
            new CIMQualifier<?>[] {description}, properties, methods, false, true);
    }

    public static CIMObjectPath path(String name) {
        return new CIMObjectPath(null, null, null, NAMESPACE, CLASS,
            new CIMProperty<?>[] {new CIMProperty<>("Name", CIMDataType.STRING_T, name, true, false, null)});
    }

    public static CIMInstance instance(String name) {
        return new CIMInstance(path(name), new CIMProperty<?>[] {
            new CIMProperty<>("Name", CIMDataType.STRING_T, name, true, false, null),
            new CIMProperty<>("Sizes", CIMDataType.UINT16_ARRAY_T, new UnsignedInteger16[] {
                new UnsignedInteger16(1), nullArrayElements ? null : new UnsignedInteger16(2), new UnsignedInteger16(65535)},
                false, false, null),
            new CIMProperty<>("Text", CIMDataType.STRING_T, TRICKY, false, false, null),
            new CIMProperty<>("Peer", new CIMDataType(CLASS), path("peer-of-" + name), false, false, null),
        });
    }

    public static List<CIMInstance> instances() {
        return List.of(instance("one"), instance("two"), instance("three"));
    }

    @Override
    public void dispatch(CimRequest request, ResultWriter out) throws CimException {
        requests.add(request);
        if (!request.namespace().equals(NAMESPACE)) {
            throw new CimException(CimStatus.INVALID_NAMESPACE, "namespace " + request.namespace() + " does not exist");
        }
        if (!request.intrinsic()) {
            invoke(request, out);
            return;
        }
        String className = className(request);
        if ("VEM_Big".equals(className)) {
            big(out);
            return;
        }
        if (!CLASS.equalsIgnoreCase(className)) {
            throw new CimException(CimStatus.INVALID_CLASS, "class " + className + " does not exist");
        }
        switch (request.operation()) {
            case "GetClass" -> out.item(ReturnElement.CLASS, fooClass());
            case "EnumerateInstances" -> {
                for (CIMInstance instance : instances()) {
                    out.item(ReturnElement.VALUE_NAMEDINSTANCE, instance);
                }
            }
            case "EnumerateInstanceNames" -> {
                for (CIMInstance instance : instances()) {
                    out.item(ReturnElement.INSTANCENAME, instance.getObjectPath());
                }
            }
            case "GetInstance" -> out.item(ReturnElement.INSTANCE, find((CIMObjectPath) request.parameters().get("InstanceName")));
            case "CreateInstance" -> {
                CIMInstance created = (CIMInstance) request.parameters().get("NewInstance");
                out.item(ReturnElement.INSTANCENAME, path(String.valueOf(created.getPropertyValue("Name"))));
            }
            case "DeleteInstance" -> find((CIMObjectPath) request.parameters().get("InstanceName"));
            default -> throw new CimException(CimStatus.NOT_SUPPORTED, request.operation() + " is not supported by the fixture");
        }
    }

    private void big(ResultWriter out) throws CimException {
        for (int i = 0; i < bigCount; i++) {
            out.item(ReturnElement.VALUE_NAMEDINSTANCE, instance("big-" + i));
        }
        if (failBigAfterItems) {
            throw new CimException(CimStatus.FAILED, "the fixture fails after " + bigCount + " items");
        }
    }

    private static String className(CimRequest request) {
        Object value = request.parameters().get("ClassName");
        if (value instanceof String name) {
            return name;
        }
        Object path = request.parameters().containsKey("InstanceName") ? request.parameters().get("InstanceName")
            : request.parameters().get("NewInstance");
        if (path instanceof CIMObjectPath objectPath) {
            return objectPath.getObjectName();
        }
        if (path instanceof CIMInstance instance) {
            return instance.getClassName();
        }
        return null;
    }

    private static CIMInstance find(CIMObjectPath path) throws CimException {
        Object name = path == null ? null : path.getKeyValue("Name");
        for (CIMInstance instance : instances()) {
            if (instance.getPropertyValue("Name").equals(name)) {
                return instance;
            }
        }
        throw new CimException(CimStatus.NOT_FOUND, "no " + CLASS + " named " + name);
    }

    private static void invoke(CimRequest request, ResultWriter out) throws CimException {
        if (!request.operation().equals("Echo")) {
            throw new CimException(CimStatus.METHOD_NOT_FOUND, "no method " + request.operation());
        }
        String text = null;
        long count = 1;
        List<String> names = new ArrayList<>();
        for (CIMArgument<?> argument : request.methodParameters()) {
            names.add(argument.getName());
            Object value = argument.getValue();
            if (value instanceof UntypedValue untyped) {
                value = untyped.text();
            }
            if (argument.getName().equalsIgnoreCase("Text")) {
                text = String.valueOf(value);
            } else if (argument.getName().equalsIgnoreCase("Count")) {
                count = value instanceof UnsignedInteger32 u ? u.longValue() : Long.parseLong(String.valueOf(value));
            }
        }
        if (text == null) {
            throw new CimException(CimStatus.INVALID_PARAMETER, "Echo: Text is required (got " + names + ")");
        }
        out.returnValue(CIMDataType.UINT32_T, new UnsignedInteger32(count));
        out.outParameter("Reversed", CIMDataType.STRING_T, new StringBuilder(text).reverse().toString().repeat((int) count));
    }
}
