package org.vemanager.wbem.operation;

import java.util.List;
import java.util.Map;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMObjectPath;

/**
 * One decoded CIM operation.
 *
 * <p>Intrinsic operations ({@code intrinsic == true}) carry their IPARAMVALUEs in {@code parameters},
 * keyed by the DSP0200 parameter name exactly as spelled there (ClassName, InstanceName, ObjectName,
 * LocalOnly, DeepInheritance, IncludeQualifiers, IncludeClassOrigin, PropertyList, NewInstance,
 * ModifiedInstance, AssocClass, ResultClass, Role, ResultRole, QueryLanguage, Query, PropertyName,
 * NewValue, QualifierName, FilterQueryLanguage, FilterQuery, OperationTimeout, ContinueOnError,
 * MaxObjectCount, EnumerationContext, ReturnQueryResultClass). Decoded Java types: names of classes,
 * roles, queries → {@code String}; booleans → {@code Boolean}; PropertyList → {@code String[]}
 * (absent → no entry; present but empty → empty array); InstanceName/ObjectName →
 * {@code CIMObjectPath} (a class path for CLASSNAME); NewInstance → {@code CIMInstance};
 * ModifiedInstance → {@code CIMInstance} with its path; OperationTimeout/MaxObjectCount →
 * {@code UnsignedInteger32}; NewValue and other untyped values → {@link UntypedValue}; an
 * IPARAMVALUE with no value (NULL) → {@code null} value present in the map.
 *
 * <p>Extrinsic calls ({@code intrinsic == false}) carry the method name in {@code operation}, the
 * instance or class path in {@code target} and the PARAMVALUEs in {@code methodParameters}, typed
 * when PARAMTYPE was sent, else with {@code CIMDataType.STRING_T}/{@code STRING_ARRAY_T} and an
 * {@link UntypedValue} value for the dispatcher to convert with the method's declaration. Embedded
 * objects arrive as strings; the dispatcher decodes them.
 *
 * @param operation the intrinsic operation name (e.g. {@code EnumerateInstances}) or the method name
 * @param namespace the target namespace, normalised (no leading/trailing '/')
 * @param user the authenticated user
 * @param role the user's role
 */
public record CimRequest(
        String operation,
        boolean intrinsic,
        String namespace,
        CIMObjectPath target,
        Map<String, Object> parameters,
        List<CIMArgument<?>> methodParameters,
        String user,
        Role role) {
}
