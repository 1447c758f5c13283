package org.vemanager.wbem.interop;

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
import org.vemanager.wbem.spi.ProfileDeclaration;
import org.vemanager.wbem.spi.RequestContext;

/**
 * CIM_RegisteredProfile, one per declared profile. AdvertiseTypes is 2 "Not Advertised": the server
 * runs no SLP agent, so claiming 3 "SLP" would be false; clients find profiles here, in the interop
 * namespace (DSP1033 "scoping class methodology").
 */
public final class RegisteredProfileProvider implements InstanceProvider {

    private static final UnsignedInteger16 DMTF = new UnsignedInteger16(2);
    private static final UnsignedInteger16 NOT_ADVERTISED = new UnsignedInteger16(2);
    private static final UnsignedInteger16 PROFILE = new UnsignedInteger16(2);

    private final InteropClassNames names;
    private final ProfileCatalog catalog;

    public RegisteredProfileProvider(InteropClassNames names, ProfileCatalog catalog) {
        this.names = names;
        this.catalog = catalog;
    }

    @Override
    public Set<String> classNames() {
        return Set.of(names.registeredProfile());
    }

    @Override
    public void enumerateInstances(RequestContext context, String className, InstanceSink sink) throws CimException {
        for (ProfileDeclaration profile : catalog.profiles()) {
            sink.accept(instance(profile));
        }
    }

    @Override
    public CIMInstance getInstance(RequestContext context, CIMObjectPath path) throws CimException {
        ProfileDeclaration profile = catalog.find(path)
                .orElseThrow(() -> new CimException(CimStatus.NOT_FOUND, "No registered profile " + path));
        return instance(profile);
    }

    private CIMInstance instance(ProfileDeclaration profile) {
        return Paths.instance(catalog.path(profile),
                new CIMProperty<>("RegisteredOrganization", CIMDataType.UINT16_T, DMTF),
                new CIMProperty<>("RegisteredName", CIMDataType.STRING_T, profile.registeredName()),
                new CIMProperty<>("RegisteredVersion", CIMDataType.STRING_T, profile.registeredVersion()),
                new CIMProperty<>("SpecificationType", CIMDataType.UINT16_T, PROFILE),
                new CIMProperty<>("AdvertiseTypes", CIMDataType.UINT16_ARRAY_T, new UnsignedInteger16[] {NOT_ADVERTISED}),
                new CIMProperty<>("ElementName", CIMDataType.STRING_T, profile.registeredName() + " " + profile.registeredVersion()));
    }
}
