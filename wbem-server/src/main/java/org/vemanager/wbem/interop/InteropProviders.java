package org.vemanager.wbem.interop;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.wbem.spi.ProfileDeclaration;
import org.vemanager.wbem.spi.Provider;
import org.vemanager.wbem.spi.ProviderContext;
import org.vemanager.wbem.spi.ProviderRegistry;

/**
 * Every provider of the interop namespace, wired to each other; what the server builds at start.
 *
 * <pre>
 * InteropProviders interop = new InteropProviders(ServerIdentity.of(host), InteropClassNames.DMTF, version,
 *         repository::namespaces, registry::profiles, registry.context());
 * interop.registerWith(registry);       // root/interop providers + the Profile Registration profile
 * interop.hostService(indications.servicePath());
 * wire.responseTimeHeader(interop.gatherStatisticalData());
 * </pre>
 */
public final class InteropProviders {

    private final InteropClassNames names;
    private final ObjectManagerProvider objectManager;
    private final HostedServiceProvider hostedServices;
    private final ElementConformsToProfileProvider conformsToProfile;
    private final List<Provider> providers;

    /**
     * @param version the product version for CIM_ObjectManager.Description
     * @param namespaces every namespace of the server, asked at request time
     * @param profiles every declared profile, asked at request time (the registry's list, which
     *     after {@link #registerWith} includes Profile Registration)
     * @param context the dispatcher's view, to list profiles' central instances in other namespaces
     */
    public InteropProviders(ServerIdentity identity, InteropClassNames names, String version, Supplier<Set<String>> namespaces,
            Supplier<? extends Collection<ProfileDeclaration>> profiles, ProviderContext context) {
        this.names = names;
        this.objectManager = new ObjectManagerProvider(identity, names, version);
        NamespaceProvider namespaceProvider = new NamespaceProvider(identity, names, namespaces);
        CommunicationMechanismProvider mechanism =
                new CommunicationMechanismProvider(identity, names, CommunicationMechanismProvider.SERVER_PROFILES);
        ProfileCatalog catalog = new ProfileCatalog(names, profiles);
        this.hostedServices = new HostedServiceProvider(identity, names, objectManager.path());
        this.conformsToProfile = new ElementConformsToProfileProvider(names, catalog, context);
        this.providers = List.of(
                namespaceProvider,
                objectManager,
                mechanism,
                new NamespaceInManagerProvider(names, objectManager, namespaceProvider),
                new CommMechanismForManagerProvider(names, objectManager, mechanism),
                new HostedAccessPointProvider(identity, names, mechanism),
                hostedServices,
                new RegisteredProfileProvider(names, catalog),
                conformsToProfile,
                new ReferencedProfileProvider(names, catalog));
    }

    /** The providers, for registration in {@link InteropNamespace#NAME}. */
    public List<Provider> providers() {
        return providers;
    }

    /**
     * Adds a service of root/interop (e.g. the indication service) to CIM_HostedService, next to the
     * object manager.
     */
    public void hostService(CIMObjectPath service) {
        hostedServices.host(service);
    }

    /**
     * Registers every provider in root/interop and declares the Profile Registration profile; also
     * serves CIM_ElementConformsToProfile in each of {@code centralNamespaces} (the namespaces other
     * than interop whose schema has the class), so that a client can follow it from a central
     * instance back to its profile: DSP1033 lets the association live in either namespace, and a
     * client that starts from a managed element asks in the element's namespace.
     */
    public void registerWith(ProviderRegistry registry, Collection<String> centralNamespaces) {
        for (Provider provider : providers) {
            registry.register(InteropNamespace.NAME, provider);
        }
        for (String namespace : centralNamespaces) {
            if (!Paths.normalize(namespace).equalsIgnoreCase(InteropNamespace.NAME)) {
                registry.register(namespace, conformsToProfile);
            }
        }
        registry.registerProfile(ServerProfiles.profileRegistration(names));
    }

    /** Registers the providers in root/interop only (see {@link #registerWith(ProviderRegistry, Collection)}). */
    public void registerWith(ProviderRegistry registry) {
        registerWith(registry, List.of());
    }

    /** CIM_ObjectManager.GatherStatisticalData, for the wire's WBEMServerResponseTime header. */
    public BooleanSupplier gatherStatisticalData() {
        return objectManager.gatherStatisticalData();
    }
}
