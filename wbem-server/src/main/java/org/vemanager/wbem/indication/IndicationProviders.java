package org.vemanager.wbem.indication;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.wbem.interop.InteropNamespace;
import org.vemanager.wbem.interop.ServerIdentity;
import org.vemanager.wbem.interop.ServerProfiles;
import org.vemanager.wbem.query.ClassHierarchy;
import org.vemanager.wbem.spi.IndicationPublisher;
import org.vemanager.wbem.spi.Provider;
import org.vemanager.wbem.spi.ProviderRegistry;

/**
 * The indication side of the server (DSP1054 Indications 1.1.0), wired: the subscription store
 * loaded from the state directory, the delivering {@link IndicationService} and the providers of
 * root/interop through which clients subscribe.
 *
 * <pre>
 * IndicationProviders indications = IndicationProviders.open(identity, stateDir, repository::isA,
 *         DeliverySettings.defaults());
 * indications.registerWith(registry);            // providers + the Indications profile
 * context.indications() returns indications.publisher();
 * ... at shutdown: indications.close();
 * </pre>
 */
public final class IndicationProviders implements AutoCloseable {

    private final IndicationClassNames names;
    private final SubscriptionStore store;
    private final IndicationService service;
    private final IndicationServiceProvider serviceProvider;
    private final List<Provider> providers;

    public IndicationProviders(ServerIdentity identity, IndicationClassNames names, SubscriptionStore store, ClassHierarchy hierarchy,
            DeliverySettings settings) {
        this.names = names;
        this.store = store;
        this.service = new IndicationService(store, hierarchy, settings);
        this.serviceProvider = new IndicationServiceProvider(identity, names, settings);
        this.providers = List.of(
                new IndicationFilterProvider(identity, names, store),
                new ListenerDestinationProvider(identity, names, store),
                new IndicationSubscriptionProvider(names, store),
                serviceProvider,
                new ServiceCapabilitiesProvider(names, serviceProvider));
    }

    /**
     * With the DMTF class names and the subscriptions persisted in {@code stateDirectory}.
     *
     * @param hierarchy isA from the class repository, used to match filters' FROM and ISA
     */
    public static IndicationProviders open(ServerIdentity identity, Path stateDirectory, ClassHierarchy hierarchy,
            DeliverySettings settings) throws IOException {
        return new IndicationProviders(identity, IndicationClassNames.DMTF, SubscriptionStore.open(stateDirectory), hierarchy, settings);
    }

    /** Where providers raise indications (what ProviderContext.indications() should return). */
    public IndicationPublisher publisher() {
        return service;
    }

    /** The filters, destinations and subscriptions (for diagnostics and tests). */
    public SubscriptionStore store() {
        return store;
    }

    /** The CIM_IndicationService path, for CIM_HostedService ({@code InteropProviders.hostService}). */
    public CIMObjectPath servicePath() {
        return serviceProvider.servicePath();
    }

    public IndicationService service() {
        return service;
    }

    public List<Provider> providers() {
        return providers;
    }

    /** Registers the providers in root/interop and declares the Indications profile. */
    public void registerWith(ProviderRegistry registry) {
        for (Provider provider : providers) {
            registry.register(InteropNamespace.NAME, provider);
        }
        registry.registerProfile(ServerProfiles.indications(names.service()));
    }

    @Override
    public void close() {
        service.close();
    }
}
