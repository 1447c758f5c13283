package org.vemanager.agent.node.guest;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
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
import org.vemanager.provider.support.VirtHost;
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

    /** Something asked of one guest. */
    @FunctionalInterface
    public interface GuestQuery<T> {
        List<T> ask() throws CimException;
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

    /**
     * @param host the virtualization providers' host: its one libvirt connection, and its one domain
     *     editor, so a guest-agent configuration and a VSMS change to the same VM are serialized
     *     (fetch → edit → redefine) and never overwrite each other
     */
    public GuestDirectory(VirtHost host, Path stateDir, Limits limits) {
        this.hypervisor = host.hypervisor();
        this.editor = host.editor();
        this.tokens = new GuestTokens(stateDir);
        this.limits = limits;
    }

    public Hypervisor hypervisor() {
        return hypervisor;
    }

    /**
     * Points VM {@code uuid} at its guest-agent: the token goes to the state directory (named after the
     * UUID), the endpoint into the VM's metadata (fetch → edit → redefine). Every input is checked
     * before anything is written, and a failed redefinition puts the previous token back, so a
     * failure changes nothing.
     *
     * @param token the secret; {@code null} or empty keeps the token already stored for this VM
     */
    public GuestEndpoint configure(String uuid, URI url, String fingerprint, String token) throws CimException {
        DomainView view = hypervisor.domain(uuid);
        GuestEndpoint endpoint;
        try {
            endpoint = new GuestEndpoint(url, fingerprint, view.uuid().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CimException(CimStatus.INVALID_PARAMETER, e.getMessage());
        }
        String ref = endpoint.tokenRef();
        String previous = tokens.stored(ref) ? readToken(view, ref) : null;
        boolean newToken = token != null && !token.isEmpty();
        if (newToken) {
            try {
                GuestTokens.check(token);
            } catch (IllegalArgumentException e) {
                throw new CimException(CimStatus.INVALID_PARAMETER, e.getMessage());
            }
            storeToken(ref, token);
        } else if (previous == null) {
            throw new CimException(CimStatus.INVALID_PARAMETER, "token: VM '" + view.name() + "' (" + view.uuid()
                    + ") has no token stored yet, so one must be given");
        }
        try {
            editor.edit(view.uuid(), "configure the guest-agent of " + view.uuid(), config -> GuestMetadata.write(config, endpoint));
        } catch (CimException | RuntimeException e) {
            if (newToken) {
                restoreToken(ref, previous);
            }
            throw e;
        }
        forget(view.uuid());
        return endpoint;
    }

    /**
     * Removes the VM's guest-agent configuration: the endpoint from its metadata, then the token it
     * named from the state directory (a secret nobody uses should not stay behind).
     */
    public void unconfigure(String uuid) throws CimException {
        DomainView view = hypervisor.domain(uuid);
        Optional<GuestEndpoint> endpoint = GuestMetadata.lenientRead(view.persistentXml());
        editor.edit(view.uuid(), "remove the guest-agent of " + view.uuid(), config -> GuestMetadata.write(config, null));
        forget(view.uuid());
        // the token named by the metadata, or, when that could not be read, the one we would have written
        String ref = endpoint.map(GuestEndpoint::tokenRef).orElse(view.uuid().toLowerCase(Locale.ROOT));
        try {
            tokens.delete(ref);
        } catch (IOException e) {
            throw new CimException(CimStatus.FAILED, "the guest-agent of VM '" + view.name() + "' (" + view.uuid()
                    + ") is removed, but its token file could not be deleted: " + e.getMessage());
        }
    }

    /** Whether the node-agent holds a usable token for {@code endpoint} (the token itself never leaves). */
    public boolean tokenStored(GuestEndpoint endpoint) {
        return tokens.stored(endpoint.tokenRef());
    }

    private String readToken(DomainView view, String ref) throws CimException {
        try {
            return tokens.read(ref);
        } catch (IOException e) {
            throw new CimException(CimStatus.FAILED, "the guest-agent token of VM '" + view.name() + "' (" + view.uuid()
                    + ") cannot be read: " + e.getMessage());
        }
    }

    private void storeToken(String ref, String token) throws CimException {
        try {
            tokens.write(ref, token);
        } catch (IOException e) {
            throw new CimException(CimStatus.FAILED, "the guest-agent token cannot be stored in the state directory: "
                    + e.getMessage());
        }
    }

    private void restoreToken(String ref, String previous) {
        try {
            if (previous != null) {
                tokens.write(ref, previous);
            } else {
                tokens.delete(ref);
            }
        } catch (IOException e) {
            LOG.warn("could not put back the previous guest-agent token {}: {}", ref, e.getMessage());
        }
    }

    private void forget(String uuid) {
        String key = uuid.toLowerCase(Locale.ROOT);
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
                answered(guest);
            } catch (GuestCimException e) {
                if (GuestVm.unanswered(e.fault())) {
                    silence(guest, e);
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

    /**
     * Asks {@code guest} for what a walk from its VM needs. A guest that fails gives nothing: a broken
     * guest must not break Associators/References on its VM. One that does not answer (or answers
     * nonsense) is also left quiet like in enumerations, so the walks do not each wait for the reply
     * timeout. Walks from a guest's own objects still fail with the error naming the VM.
     */
    public <T> List<T> fromVm(GuestVm guest, GuestQuery<T> query) throws CimException {
        if (quiet(guest.uuid())) {
            return List.of();
        }
        try {
            List<T> answer = query.ask();
            answered(guest);
            return answer;
        } catch (GuestCimException e) {
            if (GuestVm.unanswered(e.fault())) {
                silence(guest, e);
            } else {
                LOG.debug("left out of a walk from its VM: {}", e.description());
            }
            return List.of();
        }
    }

    private void answered(GuestVm guest) {
        if (silent.remove(guest.uuid())) {
            LOG.info("{} answers again", guest.label());
        }
    }

    private void silence(GuestVm guest, GuestCimException e) {
        skip(guest.uuid(), e.description());
        quietUntil.put(guest.uuid(), System.nanoTime() + QUIET_PERIOD_NANOS);
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
