package org.vemanager.wbem.bench;

import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;
import org.metricshub.wbem.javax.cim.UnsignedInteger64;
import org.vemanager.wbem.operation.CimRequest;
import org.vemanager.wbem.operation.OperationDispatcher;
import org.vemanager.wbem.operation.ResultWriter;
import org.vemanager.wbem.operation.ReturnElement;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;

/**
 * The benchmark's dispatcher: synthetic instances shaped like a VM's (a dozen properties of mixed
 * types), made on the fly so an enumeration of any size costs the server no memory of its own.
 * {@code EnumerateInstances} of class {@code Bench_N} answers N instances; {@code GetInstance}
 * answers one.
 */
public final class SyntheticDispatcher implements OperationDispatcher {

    public static final String NAMESPACE = "root/virt";
    public static final String CLASS = "VEM_BenchSystem";

    static CIMObjectPath path(long id) {
        return new CIMObjectPath(null, null, null, NAMESPACE, CLASS, new CIMProperty<?>[] {
            new CIMProperty<>("CreationClassName", CIMDataType.STRING_T, CLASS, true, false, null),
            new CIMProperty<>("Name", CIMDataType.STRING_T, "3f6a1c2e-0000-4000-8000-" + String.format("%012d", id), true, false, null),
        });
    }

    static CIMInstance instance(long id) {
        CIMObjectPath path = path(id);
        return new CIMInstance(path, new CIMProperty<?>[] {
            path.getKey("CreationClassName"),
            path.getKey("Name"),
            new CIMProperty<>("ElementName", CIMDataType.STRING_T, "guest-" + id, false, false, null),
            new CIMProperty<>("Caption", CIMDataType.STRING_T, "Virtual system guest-" + id, false, false, null),
            new CIMProperty<>("EnabledState", CIMDataType.UINT16_T, new UnsignedInteger16(2), false, false, null),
            new CIMProperty<>("RequestedState", CIMDataType.UINT16_T, new UnsignedInteger16(2), false, false, null),
            new CIMProperty<>("HealthState", CIMDataType.UINT16_T, new UnsignedInteger16(5), false, false, null),
            new CIMProperty<>("OperationalStatus", CIMDataType.UINT16_ARRAY_T, new UnsignedInteger16[] {new UnsignedInteger16(2)},
                false, false, null),
            new CIMProperty<>("Dedicated", CIMDataType.UINT16_ARRAY_T, new UnsignedInteger16[] {new UnsignedInteger16(0)}, false, false,
                null),
            new CIMProperty<>("MemoryBytes", CIMDataType.UINT64_T, new UnsignedInteger64(java.math.BigInteger.valueOf(2147483648L)),
                false, false, null),
            new CIMProperty<>("Description", CIMDataType.STRING_T, "A synthetic <guest> for the benchmark & friends", false, false, null),
        });
    }

    @Override
    public void dispatch(CimRequest request, ResultWriter out) throws CimException {
        switch (request.operation()) {
            case "GetInstance" -> out.item(ReturnElement.INSTANCE, instance(1));
            case "EnumerateInstances" -> {
                String className = String.valueOf(request.parameters().get("ClassName"));
                long count = className.startsWith("Bench_") ? Long.parseLong(className.substring(6)) : 1;
                for (long i = 0; i < count; i++) {
                    out.item(ReturnElement.VALUE_NAMEDINSTANCE, instance(i));
                }
            }
            default -> throw new CimException(CimStatus.NOT_SUPPORTED, request.operation() + " is not part of the benchmark");
        }
    }
}
