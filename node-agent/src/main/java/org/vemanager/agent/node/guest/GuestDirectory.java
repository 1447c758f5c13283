package org.vemanager.agent.node.guest;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.libvirt.DomainInfo.DomainState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vemanager.agent.guest.client.GuestAgentClient;
import org.vemanager.agent.guest.client.GuestAgentClientConfig;
import org.vemanager.agent.node.guest.GuestVm.GuestCimException;
import org.vemanager.provider.libvirt.DomainConfigEditor;
import org.vemanager.provider.libvirt.DomainView;
import org.vemanager.provider.libvirt.Hypervisor;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;

/**
 * Which VM has which guest-agent: the endpoint from the VM's libvirt metadata ({@link GuestMetadata}),
 * the token from the state directory ({@link GuestTokens}), and one {@link GuestAgentClient} per VM,
 * kept while its configuration stays the same. Only running VMs have a guest to ask.
 */
public final class GuestDirectory {

    /** The limits the node-agent puts on every guest exchange (a guest is untrusted). */
    public record Limits(Duration connectTimeout, Duration replyTimeout, int maxResponseBytes) {
        public static final Limits DEFAULT = new Limits(Duration.ofSeconds(5), Duration.ofSeconds(5), 16 << 20);
    }

    /** What an enumeration does with one guest that answers. */
    @FunctionalInterface
    public interface GuestVisitor {
        void visit(GuestVm guest) throws CimException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(GuestDirectory.class);
    /**
     * How long enumerations leave out a guest that did not answer before asking it again, so a host
     * with dead guests does not pay the reply timeout for each of them in every enumeration.
     */
    static final long QUIET_PERIOD_NANOS = Duration.ofSeconds(30).toNanos();

    private final Hypervisor hypervisor;
    private final DomainConfigEditor editor;
    private final GuestTokens tokens;
    private final Limits limits;
    private final Map<String, Cached> clients = new ConcurrentHashMap<>();
    private final Set<String> silent = ConcurrentHashMap.newKeySet();
    private final Map<String, Long> quietUntil = new ConcurrentHashMap<>();

    private record Cached(GuestEndpoint endpoint, String token, GuestAgentClient client) {
    }

    public GuestDirectory(Hypervisor hypervisor, Path stateDir, Limits limits) {
        this.hypervisor = hypervisor;
        this.editor = new DomainConfigEditor(hypervisor);
        this.tokens = new GuestTokens(stateDir);
        this.limits = limits;
    }

    public Hypervisor hypervisor() {
        return hypervisor;
    }

    /**
     * Points VM {@code uuid} at its guest-agent: writes the token to the state directory (named after
     * the UUID) and the endpoint into the VM's metadata (fetch → edit → redefine).
     */
    public GuestEndpoint configure(String uuid, URI url, String fingerprint, String token) throws CimException, IOException {
        GuestEndpoint endpoint;
        try {
            endpoint = new GuestEndpoint(url, fingerprint, uuid.toLowerCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CimException(CimStatus.INVALID_PARAMETER, e.getMessage());
        }
        hypervisor.domain(uuid);
        tokens.write(endpoint.tokenRef(), token);
        editor.edit(uuid, "configure the guest-agent of " + uuid, config -> GuestMetadata.write(config, endpoint));
        forget(uuid);
        return endpoint;
    }

    /** Removes the VM's guest-agent configuration from its metadata (the token file stays until reconfigured). */
    public void unconfigure(String uuid) throws CimException {
        editor.edit(uuid, "remove the guest-agent of " + uuid, config -> GuestMetadata.write(config, null));
        forget(uuid);
    }

    private void forget(String uuid) {
        String key = uuid.toLowerCase(java.util.Locale.ROOT);
        clients.remove(key);
        quietUntil.remove(key);
        silent.remove(key);
    }

    /** The endpoint in the VM's metadata, if any. */
    public Optional<GuestEndpoint> endpoint(DomainView view) throws CimException {
        try {
            return GuestMetadata.read(view.persistentXml());
        } catch (IllegalArgumentException e) {
            throw new CimException(CimStatus.FAILED, "the guest-agent metadata of VM '" + view.name() + "' ("
                    + view.uuid() + ") is not valid: " + e.getMessage());
        }
    }

    /** The guest of VM {@code uuid}; NOT_FOUND when the VM is unknown, not running or has no guest-agent configured. */
    public GuestVm guest(String uuid) throws CimException {
        DomainView view = hypervisor.domain(uuid);
        if (view.state() != DomainState.VIR_DOMAIN_RUNNING) {
            throw new CimException(CimStatus.NOT_FOUND, "VM '" + view.name() + "' (" + uuid + ") is not running, "
                    + "so its guest has nothing to show");
        }
        Optional<GuestEndpoint> endpoint = endpoint(view);
        if (endpoint.isEmpty()) {
            throw new CimException(CimStatus.NOT_FOUND, "VM '" + view.name() + "' (" + uuid + ") has no guest-agent "
                    + "configured (see docs/guest-agent.md, \"Configuring a VM's guest-agent\")");
        }
        return new GuestVm(view.uuid(), view.name(), client(view, endpoint.get()));
    }

    /**
     * Visits every running VM with a configured guest-agent. A guest that does not answer is skipped
     * (logged once until it answers again). A guest that answers with an error (say "not available in
     * this guest") is skipped too, so one guest cannot spoil the listing of the others; only when no
     * guest at all could answer does the caller get the first such error.
     */
    public void forEachGuest(GuestVisitor visitor) throws CimException {
        CimException firstError = null;
        boolean anyAnswered = false;
        for (DomainView view : hypervisor.domains()) {
            if (view.state() != DomainState.VIR_DOMAIN_RUNNING || quiet(view.uuid())) {
                continue;
            }
            Optional<GuestEndpoint> endpoint;
            GuestVm guest;
            try {
                endpoint = endpoint(view);
                if (endpoint.isEmpty()) {
                    continue;
                }
                guest = new GuestVm(view.uuid(), view.name(), client(view, endpoint.get()));
            } catch (CimException e) {
                skip(view.uuid(), e.description());
                continue;
            }
            try {
                visitor.visit(guest);
                anyAnswered = true;
                if (silent.remove(guest.uuid())) {
                    LOG.info("{} answers again", guest.label());
                }
            } catch (GuestCimException e) {
                if (GuestVm.unanswered(e.fault())) {
                    skip(guest.uuid(), e.description());
                    quietUntil.put(guest.uuid(), System.nanoTime() + QUIET_PERIOD_NANOS);
                } else {
                    LOG.debug("left out of an enumeration: {}", e.description());
                    firstError = firstError == null ? e : firstError;
                }
            }
        }
        if (!anyAnswered && firstError != null) {
            throw firstError;
        }
    }

    private boolean quiet(String uuid) {
        Long until = quietUntil.get(uuid);
        if (until == null) {
            return false;
        }
        if (System.nanoTime() - until < 0) {
            return true;
        }
        quietUntil.remove(uuid, until);
        return false;
    }

    private void skip(String uuid, String why) {
        if (silent.add(uuid)) {
            LOG.warn("{}; its objects are left out of enumerations until it answers (asked again every {} s)", why,
                    Duration.ofNanos(QUIET_PERIOD_NANOS).toSeconds());
        }
    }

    private GuestAgentClient client(DomainView view, GuestEndpoint endpoint) throws CimException {
        String token;
        try {
            token = tokens.read(endpoint.tokenRef());
        } catch (IOException e) {
            throw new CimException(CimStatus.FAILED, "the guest-agent token of VM '" + view.name() + "' ("
                    + view.uuid() + ") cannot be used: " + e.getMessage());
        }
        Cached cached = clients.get(view.uuid());
        if (cached != null && cached.endpoint().equals(endpoint) && cached.token().equals(token)) {
            return cached.client();
        }
        GuestAgentClientConfig config = GuestAgentClientConfig.https(endpoint.url(), token, endpoint.fingerprint())
                .withTimeouts(limits.connectTimeout(), limits.replyTimeout())
                .withMaxResponseBytes(limits.maxResponseBytes());
        GuestAgentClient client = new GuestAgentClient(config);
        clients.put(view.uuid(), new Cached(endpoint, token, client));
        return client;
    }
}
