package org.vemanager.wbem.interop;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.InstanceSink;
import org.vemanager.wbem.spi.ProfileDeclaration;
import org.vemanager.wbem.spi.ProviderContext;
import org.vemanager.wbem.spi.RequestContext;

/**
 * CIM_ElementConformsToProfile from each RegisteredProfile (ConformantStandard, in the interop
 * namespace) to every central instance of the profile (ManagedElement, in the profile's namespace —
 * e.g. root/virt), found at request time through the dispatcher so it always matches what the
 * providers serve. The association instances live in the interop namespace.
 */
public final class ElementConformsToProfileProvider extends ComputedAssociationProvider {

    private static final Logger LOG = LoggerFactory.getLogger(ElementConformsToProfileProvider.class);

    private final ProfileCatalog catalog;
    private final ProviderContext providers;

    public ElementConformsToProfileProvider(InteropClassNames names, ProfileCatalog catalog, ProviderContext providers) {
        super(names.elementConformsToProfile(), "ConformantStandard", "CIM_RegisteredProfile", "ManagedElement", "CIM_ManagedElement");
        this.catalog = catalog;
        this.providers = providers;
    }

    @Override
    protected List<CIMInstance> associations(RequestContext context) {
        List<CIMInstance> result = new ArrayList<>();
        for (ProfileDeclaration profile : catalog.profiles()) {
            addFor(profile, result);
        }
        return result;
    }

    /**
     * Only the profiles that can involve {@code objectName}: the profile it names, or the profiles
     * whose central instances live in its namespace.
     */
    @Override
    public void references(RequestContext context, String associationClass, CIMObjectPath objectName, String role,
            InstanceSink sink) throws CimException {
        Optional<ProfileDeclaration> named = catalog.find(objectName);
        List<CIMInstance> candidates = new ArrayList<>();
        for (ProfileDeclaration profile : catalog.profiles()) {
            String namespace = objectName.getNamespace();
            boolean sameNamespace = namespace == null || namespace.isEmpty()
                    || Paths.normalize(namespace).equalsIgnoreCase(Paths.normalize(profile.namespace()));
            if (named.map(profile::equals).orElse(false) || sameNamespace) {
                addFor(profile, candidates);
            }
        }
        for (CIMInstance association : candidates) {
            CIMObjectPath standard = (CIMObjectPath) association.getPropertyValue("ConformantStandard");
            CIMObjectPath element = (CIMObjectPath) association.getPropertyValue("ManagedElement");
            boolean asStandard = (role == null || role.isEmpty() || role.equalsIgnoreCase("ConformantStandard"))
                    && Paths.sameInstance(standard, objectName);
            boolean asElement = (role == null || role.isEmpty() || role.equalsIgnoreCase("ManagedElement"))
                    && Paths.sameInstance(element, objectName);
            if (asStandard || asElement) {
                sink.accept(association);
            }
        }
    }

    private void addFor(ProfileDeclaration profile, List<CIMInstance> result) {
        List<CIMObjectPath> centrals;
        try {
            centrals = providers.enumerateInstanceNames(profile.namespace(), profile.centralClassName());
        } catch (CimException e) {
            // One profile whose classes are not served must not hide the others' conformance.
            LOG.warn("Central instances of profile {} ({}:{}) could not be listed: {}", ProfileCatalog.instanceId(profile),
                    profile.namespace(), profile.centralClassName(), e.getMessage());
            return;
        }
        CIMObjectPath standard = catalog.path(profile);
        for (CIMObjectPath central : centrals) {
            CIMObjectPath element = Paths.withNamespace(central, profile.namespace());
            result.add(link(standard, element));
        }
    }
}
