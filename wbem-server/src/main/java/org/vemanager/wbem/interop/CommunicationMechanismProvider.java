package org.vemanager.wbem.interop;

import java.util.List;
import java.util.Set;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.InstanceProvider;
import org.vemanager.wbem.spi.InstanceSink;
import org.vemanager.wbem.spi.RequestContext;

/**
 * CIM_CIMXMLCommunicationMechanism: how clients reach the object manager (CIM-XML, Basic
 * authentication, no multiple-operation requests) and which DSP0200 functional profiles it offers.
 */
public final class CommunicationMechanismProvider implements InstanceProvider {

    /** A DSP0200 functional profile (FunctionalProfilesSupported value and its description). */
    public record FunctionalProfile(int value, String description) {
    }

    /**
     * What the server implements: everything but Schema Manipulation (class-changing operations answer
     * NOT_SUPPORTED).
     */
    public static final List<FunctionalProfile> SERVER_PROFILES = List.of(
            new FunctionalProfile(2, "Basic Read"),
            new FunctionalProfile(3, "Basic Write"),
            new FunctionalProfile(5, "Instance Manipulation"),
            new FunctionalProfile(6, "Association Traversal"),
            new FunctionalProfile(7, "Query Execution"),
            new FunctionalProfile(8, "Qualifier Declaration"),
            new FunctionalProfile(9, "Indications"),
            new FunctionalProfile(10, "Pulled Read"),
            new FunctionalProfile(11, "Pulled Read Count"),
            new FunctionalProfile(12, "Pulled Query Execution"));

    /**
     * The CIM 2.41 MOF restricts Version to "1.0", "1.1", "1.2"; we speak DSP0200 1.4, but the
     * schema wins over prose (PROFILES.md), so we announce the highest value the schema allows.
     */
    static final String VERSION = "1.2";
    private static final UnsignedInteger16 BASIC_AUTHENTICATION = new UnsignedInteger16(3);
    private static final UnsignedInteger16 NOT_ADVERTISED = new UnsignedInteger16(2);

    private final ServerIdentity identity;
    private final InteropClassNames names;
    private final List<FunctionalProfile> functionalProfiles;

    public CommunicationMechanismProvider(ServerIdentity identity, InteropClassNames names, List<FunctionalProfile> functionalProfiles) {
        this.identity = identity;
        this.names = names;
        this.functionalProfiles = List.copyOf(functionalProfiles);
    }

    @Override
    public Set<String> classNames() {
        return Set.of(names.communicationMechanism());
    }

    public CIMObjectPath path() {
        return Paths.of(InteropNamespace.NAME, names.communicationMechanism(),
                "SystemCreationClassName", identity.systemCreationClassName(),
                "SystemName", identity.hostName(),
                "CreationClassName", names.communicationMechanism(),
                "Name", identity.objectManagerName() + ":CIM-XML");
    }

    @Override
    public void enumerateInstances(RequestContext context, String className, InstanceSink sink) throws CimException {
        sink.accept(instance());
    }

    @Override
    public CIMInstance getInstance(RequestContext context, CIMObjectPath path) throws CimException {
        if (!Paths.sameInstance(path(), path)) {
            throw new CimException(CimStatus.NOT_FOUND, "No communication mechanism " + path);
        }
        return instance();
    }

    private CIMInstance instance() {
        UnsignedInteger16[] values = new UnsignedInteger16[functionalProfiles.size()];
        String[] descriptions = new String[functionalProfiles.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = new UnsignedInteger16(functionalProfiles.get(i).value());
            descriptions[i] = functionalProfiles.get(i).description();
        }
        return Paths.instance(path(),
                new CIMProperty<>("ElementName", CIMDataType.STRING_T, "CIM-XML"),
                new CIMProperty<>("CommunicationMechanism", CIMDataType.UINT16_T, new UnsignedInteger16(2)),
                new CIMProperty<>("FunctionalProfilesSupported", CIMDataType.UINT16_ARRAY_T, values),
                new CIMProperty<>("FunctionalProfileDescriptions", CIMDataType.STRING_ARRAY_T, descriptions),
                new CIMProperty<>("MultipleOperationsSupported", CIMDataType.BOOLEAN_T, Boolean.FALSE),
                new CIMProperty<>("AuthenticationMechanismsSupported", CIMDataType.UINT16_ARRAY_T,
                        new UnsignedInteger16[] {BASIC_AUTHENTICATION}),
                new CIMProperty<>("AuthenticationMechanismDescriptions", CIMDataType.STRING_ARRAY_T, new String[] {"Basic"}),
                new CIMProperty<>("Version", CIMDataType.STRING_T, VERSION),
                new CIMProperty<>("CIMXMLProtocolVersion", CIMDataType.UINT16_T, new UnsignedInteger16(1)),
                new CIMProperty<>("CIMValidated", CIMDataType.BOOLEAN_T, Boolean.FALSE),
                new CIMProperty<>("AdvertiseTypes", CIMDataType.UINT16_ARRAY_T, new UnsignedInteger16[] {NOT_ADVERTISED}),
                new CIMProperty<>("EnabledState", CIMDataType.UINT16_T, new UnsignedInteger16(2)));
    }
}
