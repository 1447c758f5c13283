package org.vemanager.agent.node;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vemanager.agent.node.guest.GuestDirectory;
import org.vemanager.agent.node.guest.GuestProviders;
import org.vemanager.mof.ServedClasses;
import org.vemanager.provider.ResourceProviders;
import org.vemanager.provider.VirtualizationProviders;
import org.vemanager.provider.events.LifecycleIndications;
import org.vemanager.provider.profile.metrics.MetricsSampler;
import org.vemanager.provider.libvirt.Hypervisor;
import org.vemanager.provider.support.VirtHost;
import org.vemanager.wbem.server.WbemServerConfig;
import org.vemanager.wbem.server.WbemStack;
import org.vemanager.wbem.spi.CimException;

/**
 * One running node-agent: exactly one libvirt connection for the host, the WBEM server with the
 * interop namespace, indications and jobs, and the virtualization providers. AutoCloseable so a
 * shutdown (SIGTERM, Ctrl-C, the demo ending) closes listeners first and libvirt last.
 */
public final class NodeAgent implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NodeAgent.class);
    static final String VERSION = "0.1.0";
    /** How often the host's and VMs' metrics are sampled (one bulk libvirt call per period). */
    static final Duration METRICS_PERIOD = Duration.ofSeconds(10);

    private final NodeAgentConfig config;
    private final Hypervisor hypervisor;
    private final WbemStack stack;
    private final GuestDirectory guests;
    private final HostServices services;

    /** What runs beside the server: the metrics sampler and the lifecycle-event publisher. */
    private record HostServices(ScheduledExecutorService timer, MetricsSampler sampler, LifecycleIndications lifecycle) {
        void close() {
            lifecycle.close();
            sampler.stop();
            timer.shutdownNow();
        }
    }

    private NodeAgent(NodeAgentConfig config, Hypervisor hypervisor, WbemStack stack, GuestDirectory guests, HostServices services) {
        this.config = config;
        this.hypervisor = hypervisor;
        this.stack = stack;
        this.guests = guests;
        this.services = services;
    }

    /** Connects to libvirt, builds the server, registers the providers and starts listening. */
    public static NodeAgent start(NodeAgentConfig config) throws Exception {
        Hypervisor hypervisor = connect(config.libvirtUri());
        try {
            Files.createDirectories(config.stateDir());
            WbemServerConfig server = WbemServerConfig.builder()
                    .httpsPort(config.httpsPort())
                    .httpPort(config.httpPort())
                    .bindAddress(config.bindAddress())
                    .stateDir(config.stateDir())
                    .passwordFile(config.authFile())
                    .hostName(hostName())
                    .build();
            WbemStack stack = WbemStack.create(server, ServedClasses.load(), VERSION, config.stateDir());
            // one host for the VM providers and the guest relay: one domain editor for both
            VirtHost host = new VirtHost(hypervisor, stack.registry().context().jobs());
            VirtualizationProviders.register(stack.registry(), host);
            GuestDirectory guests = new GuestDirectory(host, config.stateDir(), GuestDirectory.Limits.DEFAULT);
            GuestProviders.register(stack.registry(), guests);
            MetricsSampler sampler = ResourceProviders.register(stack.registry(), hypervisor);
            LifecycleIndications lifecycle = ResourceProviders.lifecycleIndications(stack.registry(), hypervisor);
            stack.start();
            ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "vem-metrics");
                t.setDaemon(true);
                return t;
            });
            sampler.start(timer, METRICS_PERIOD);
            lifecycle.start();
            return new NodeAgent(config, hypervisor, stack, guests, new HostServices(timer, sampler, lifecycle));
        } catch (Exception | Error e) {
            hypervisor.close();
            throw e;
        }
    }

    /**
     * The libvirt connection: the given URI, or the host's default connection when none was given.
     * With neither there is nothing to manage, and the message says how to try the agent anyway.
     */
    private static Hypervisor connect(String uri) throws CimException {
        if (uri != null) {
            return Hypervisor.open(uri);
        }
        try {
            // An empty URI lets libvirt choose: LIBVIRT_DEFAULT_URI, uri_default, then probing.
            return Hypervisor.open("");
        } catch (CimException e) {
            throw new CimException(e.status(), "no --libvirt URI given and the host has no default hypervisor connection ("
                    + e.description() + "); to try the agent without a hypervisor use --libvirt test:///default");
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getCanonicalHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    public int httpsPort() {
        return stack.server().httpsPort();
    }

    public int httpPort() {
        return stack.server().httpPort();
    }

    /** The SHA-256 fingerprint of the HTTPS certificate, for clients to pin. */
    public String certificateFingerprint() {
        return stack.server().certificateFingerprint();
    }

    /** Which VM has which guest-agent: to configure a VM's guest-agent (tests, the guest-config command). */
    public GuestDirectory guests() {
        return guests;
    }

    public NodeAgentConfig config() {
        return config;
    }

    @Override
    public void close() {
        try {
            services.close();
            stack.close();
        } catch (Exception e) {
            LOG.warn("stopping the WBEM server failed: {}", e.getMessage());
        } finally {
            hypervisor.close();
        }
    }
}
