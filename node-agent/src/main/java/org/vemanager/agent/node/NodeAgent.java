package org.vemanager.agent.node;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vemanager.agent.node.balance.Level1Round;
import org.vemanager.agent.node.guest.GuestDirectory;
import org.vemanager.agent.node.guest.GuestProviders;
import org.vemanager.mof.ServedClasses;
import org.vemanager.provider.ResourceProviders;
import org.vemanager.provider.VirtualizationProviders;
import org.vemanager.provider.events.LifecycleIndications;
import org.vemanager.provider.profile.metrics.MetricsSampler;
import org.vemanager.provider.libvirt.Hypervisor;
import org.vemanager.provider.support.VirtHost;
import org.vemanager.wbem.security.SelfSignedKeystore;
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

    /** What runs beside the server: the metrics sampler, the lifecycle-event publisher and level 1 (null when off). */
    private record HostServices(ScheduledExecutorService timer, MetricsSampler sampler, LifecycleIndications lifecycle,
            Level1Round level1) {
        void close() {
            if (level1 != null) {
                level1.stop();
            }
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

    /**
     * Connects to libvirt, builds the server, registers the providers and starts listening. The slow,
     * independent parts of a start run side by side: the libvirt connection (loading the native library)
     * and, on a first start, making the TLS certificate (a keytool process) go to other threads while this
     * one loads the served classes and builds the server.
     */
    public static NodeAgent start(NodeAgentConfig config) throws Exception {
        CompletableFuture<Hypervisor> connecting = CompletableFuture.supplyAsync(() -> {
            try {
                return connect(config.libvirtUri());
            } catch (CimException e) {
                throw new CompletionException(e);
            }
        }, StartThreads.INSTANCE);
        WbemStack stack = null;
        Hypervisor hypervisor = null;
        try {
            Files.createDirectories(config.stateDir());
            String hostName = hostName();
            CompletableFuture<Void> certificate = config.httpsPort() < 0 ? CompletableFuture.completedFuture(null)
                    : CompletableFuture.runAsync(() -> ensureCertificate(config, hostName), StartThreads.INSTANCE);
            WbemServerConfig server = WbemServerConfig.builder()
                    .httpsPort(config.httpsPort())
                    .httpPort(config.httpPort())
                    .bindAddress(config.bindAddress())
                    .stateDir(config.stateDir())
                    .passwordFile(config.authFile())
                    .hostName(hostName)
                    .build();
            stack = WbemStack.create(server, ServedClasses.load(), VERSION, config.stateDir());
            hypervisor = await(connecting);
            // one VirtHost for every part of the host: their contributions to shared classes meet in it
            VirtHost host = new VirtHost(hypervisor, stack.registry().context().jobs());
            VirtualizationProviders.register(stack.registry(), host);
            GuestDirectory guests = new GuestDirectory(host, config.stateDir(), GuestDirectory.Limits.DEFAULT);
            GuestProviders.register(stack.registry(), guests);
            MetricsSampler sampler = ResourceProviders.register(stack.registry(), host);
            LifecycleIndications lifecycle = ResourceProviders.lifecycleIndications(stack.registry(), host);
            await(certificate);
            stack.start();
            ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "vem-metrics");
                t.setDaemon(true);
                return t;
            });
            sampler.start(timer, METRICS_PERIOD);
            lifecycle.start();
            Level1Round level1 = config.level1() ? new Level1Round(hypervisor, sampler::latest) : null;
            if (level1 != null) {
                level1.start(timer, METRICS_PERIOD);
            }
            return new NodeAgent(config, hypervisor, stack, guests, new HostServices(timer, sampler, lifecycle, level1));
        } catch (Exception | Error e) {
            closeQuietly(stack);
            if (hypervisor == null) {
                hypervisor = connecting.handle((h, failure) -> h).join();
            }
            if (hypervisor != null) {
                hypervisor.close();
            }
            throw e;
        }
    }

    /** The server's self-signed certificate, made ahead of the server so that a first start overlaps it with other work. */
    private static void ensureCertificate(NodeAgentConfig config, String hostName) {
        try {
            SelfSignedKeystore.ensure(config.stateDir(), hostName);
        } catch (IOException e) {
            throw new CompletionException(e);
        }
    }

    /** The result of a start step run on another thread, with its own exception. */
    private static <T> T await(CompletableFuture<T> step) throws Exception {
        try {
            return step.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private static void closeQuietly(WbemStack stack) {
        if (stack == null) {
            return;
        }
        try {
            stack.close();
        } catch (Exception e) {
            LOG.debug("closing the half-built server failed: {}", e.getMessage());
        }
    }

    /** Daemon threads for the parallel start steps; they end once idle. */
    private static final class StartThreads {
        static final Executor INSTANCE = command -> {
            Thread t = new Thread(command, "vem-start");
            t.setDaemon(true);
            t.start();
        };

        private StartThreads() {
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
