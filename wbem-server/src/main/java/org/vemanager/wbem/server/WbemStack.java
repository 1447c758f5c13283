package org.vemanager.wbem.server;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import org.vemanager.mof.MofRepository;
import org.vemanager.wbem.indication.DeliverySettings;
import org.vemanager.wbem.indication.IndicationProviders;
import org.vemanager.wbem.interop.InteropProviders;
import org.vemanager.wbem.interop.ServerIdentity;
import org.vemanager.wbem.interop.InteropClassNames;
import org.vemanager.wbem.job.JobService;
import org.vemanager.wbem.operation.DefaultOperationDispatcher;
import org.vemanager.wbem.operation.DispatcherSettings;
import org.vemanager.wbem.operation.PreparedQuery;
import org.vemanager.wbem.operation.QueryEngine;
import org.vemanager.wbem.query.Query;
import org.vemanager.wbem.repository.ClassInfo;
import org.vemanager.wbem.repository.ClassRepository;
import org.vemanager.wbem.repository.DefaultProviderRegistry;
import org.vemanager.wbem.spi.ProviderRegistry;

/**
 * A complete WBEM server, assembled: the class repository from compiled MOF, the provider registry,
 * the job service, the interop namespace, indications, the dispatcher with its query engine, and the
 * HTTP(S) front door. Embedders (the node-agent, tests, benchmarks) register their providers with
 * {@link #registry()} and then {@link #start()}.
 */
public final class WbemStack implements AutoCloseable {

    /** Where the server's own classes (jobs) live when the repository has them. */
    private static final String JOB_NAMESPACE = "root/virt";

    private final ClassRepository classes;
    private final DefaultProviderRegistry registry;
    private final ExecutorService jobThreads;
    private final IndicationProviders indications;
    private final WbemServer server;

    private WbemStack(WbemServerConfig config, MofRepository mof, String version, Path stateDir) throws IOException {
        this.classes = ClassRepository.of(mof);
        this.registry = new DefaultProviderRegistry(classes);
        this.jobThreads = JobService.boundedExecutor(4, 256);
        JobService jobs = new JobService(registry, Clock.systemUTC(), jobThreads, JobService.DEFAULT_TIME_BEFORE_REMOVAL);
        if (classes.namespaces().contains(JOB_NAMESPACE)) {
            jobs.registerProviders(JOB_NAMESPACE);
        }
        ServerIdentity identity = ServerIdentity.of(config.hostName());
        this.indications = IndicationProviders.open(identity, stateDir, this::isA, DeliverySettings.defaults());
        registry.indicationPublisher(indications.publisher());
        indications.registerWith(registry);
        InteropProviders interop = new InteropProviders(identity, InteropClassNames.DMTF, version, this::namespaces,
                registry::profiles, registry.context());
        interop.registerWith(registry, classes.namespaces().stream()
            .filter(ns -> classes.classInfo(ns, InteropClassNames.DMTF.elementConformsToProfile()) != null).toList());
        interop.hostService(indications.servicePath());
        DispatcherSettings settings = DispatcherSettings.defaults().withQueryEngine(new WqlEngine())
                .withHostName(config.hostName());
        // The object manager's GatherStatisticalData switch decides the WBEMServerResponseTime header.
        WbemServerConfig withStatistics = new WbemServerConfig(config.httpsPort(), config.httpPort(), config.bindAddress(),
                config.keystore(), config.keystorePassword(), config.stateDir(), config.passwordFile(), config.truststore(),
                config.truststorePassword(), config.hostName(), config.limits(), interop.gatherStatisticalData());
        this.server = new WbemServer(withStatistics, new DefaultOperationDispatcher(registry, settings));
    }

    /**
     * Builds the stack (nothing listens yet).
     *
     * @param stateDir where subscriptions that must survive a restart are kept
     */
    public static WbemStack create(WbemServerConfig config, MofRepository classes, String version, Path stateDir)
            throws IOException {
        return new WbemStack(config, classes, version, stateDir);
    }

    /** Where providers are registered, before {@link #start()}. */
    public ProviderRegistry registry() {
        return registry;
    }

    public void start() throws Exception {
        server.start();
    }

    public WbemServer server() {
        return server;
    }

    private Set<String> namespaces() {
        return classes.namespaces();
    }

    private boolean isA(String className, String ancestor) {
        for (String namespace : classes.namespaces()) {
            ClassInfo info = classes.classInfo(namespace, className);
            if (info != null) {
                return info.isA(ancestor);
            }
        }
        return false;
    }

    /** WQL and DMTF:CQL from the query package, as the dispatcher's engine. */
    private static final class WqlEngine implements QueryEngine {
        @Override
        public PreparedQuery prepare(String language, String text) throws org.vemanager.wbem.spi.CimException {
            Query query = Query.parse(language, text);
            return new PreparedQuery() {
                @Override
                public String fromClass() {
                    return query.fromClass();
                }

                @Override
                public boolean matches(org.metricshub.wbem.javax.cim.CIMInstance instance, IsA isA) {
                    return query.matches(instance, isA::test);
                }

                @Override
                public org.metricshub.wbem.javax.cim.CIMInstance project(org.metricshub.wbem.javax.cim.CIMInstance instance) {
                    return query.project(instance);
                }
            };
        }
    }

    @Override
    public void close() throws Exception {
        try {
            server.close();
        } finally {
            indications.close();
            jobThreads.shutdownNow();
        }
    }
}
