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
        this.providers = List.of(
                namespaceProvider,
                objectManager,
                mechanism,
                new NamespaceInManagerProvider(names, objectManager, namespaceProvider),
                new CommMechanismForManagerProvider(names, objectManager, mechanism),
                new HostedAccessPointProvider(identity, names, mechanism),
                hostedServices,
                new RegisteredProfileProvider(names, catalog),
                new ElementConformsToProfileProvider(names, catalog, context),
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

    /** Registers every provider in root/interop and declares the Profile Registration profile. */
    public void registerWith(ProviderRegistry registry) {
        for (Provider provider : providers) {
            registry.register(InteropNamespace.NAME, provider);
        }
        registry.registerProfile(ServerProfiles.profileRegistration(names));
    }

    /** CIM_ObjectManager.GatherStatisticalData, for the wire's WBEMServerResponseTime header. */
    public BooleanSupplier gatherStatisticalData() {
        return objectManager.gatherStatisticalData();
    }
}
