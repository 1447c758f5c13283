package org.vemanager.provider.libvirt;

import com.sun.jna.Pointer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;
import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.DomainInfo.DomainState;
import org.libvirt.Error.ErrorNumber;
import org.libvirt.ErrorCallback;
import org.libvirt.LibvirtException;
import org.libvirt.NodeInfo;
import org.libvirt.event.DomainEvent;
import org.libvirt.event.LifecycleListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;

/**
 * One host's hypervisor: exactly one libvirt connection, opened once and shared by every thread (libvirt
 * connections are thread-safe; on the test driver a second connection would even be a second host).
 *
 * <p>Every libvirt call goes through {@link #call} or {@link #onDomain}, which translate errors in one
 * place ({@link LibvirtErrors}) and free domain objects as soon as the call returns instead of leaving
 * them to libvirt-java's finalizers. When the connection dies, calls fail with "hypervisor unreachable"
 * and the next call after a backoff (1 s doubling to 60 s) opens a new connection.
 */
public final class Hypervisor implements AutoCloseable {

    /** virDomainXMLFlags VIR_DOMAIN_XML_INACTIVE: the persistent definition, not the live one. */
    public static final int XML_INACTIVE = 2;
    /** virDomainUndefineFlags: also remove a managed-save image / snapshot metadata. */
    public static final int UNDEFINE_MANAGED_SAVE = 1;
    public static final int UNDEFINE_SNAPSHOTS_METADATA = 2;

    private static final Logger LOG = LoggerFactory.getLogger(Hypervisor.class);
    private static final long FIRST_BACKOFF_MS = 1_000;
    private static final long MAX_BACKOFF_MS = 60_000;
    /** libvirt prints every error to stderr unless a callback is set; JNA needs a strong reference. */
    private static final ErrorCallback QUIET_ERRORS = new ErrorCallback();

    private final String uri;
    private final LongSupplier clock;
    private final List<DomainLifecycleListener> listeners = new CopyOnWriteArrayList<>();
    private final LifecycleListener lifecycleBridge = this::dispatchLifecycle;
    private final Object connectLock = new Object();
    private volatile Connect connect;
    private volatile boolean closed;
    private long nextAttemptAt;
    private long backoffMs = FIRST_BACKOFF_MS;
    private String lastFailure = "";

    private Hypervisor(String uri, LongSupplier clock) {
        this.uri = uri;
        this.clock = clock;
    }

    /** Opens the connection to {@code uri} (e.g. {@code qemu:///system}, {@code test:///default}). */
    public static Hypervisor open(String uri) throws CimException {
        return open(uri, System::currentTimeMillis);
    }

    static Hypervisor open(String uri, LongSupplier clock) throws CimException {
        Objects.requireNonNull(uri, "uri");
        Hypervisor hypervisor = new Hypervisor(uri, clock);
        try {
            EventLoop.ensureRunning();
            Connect.setErrorCallback(QUIET_ERRORS);
        } catch (LinkageError e) {
            throw LibvirtErrors.libraryMissing(e);
        } catch (LibvirtException e) {
            throw LibvirtErrors.translate("start the libvirt event loop", e);
        }
        hypervisor.connect = hypervisor.openConnection();
        return hypervisor;
    }

    public String uri() {
        return uri;
    }

    /**
     * The host's CPUs, their MHz and its memory in KiB ({@code virNodeGetInfo}): cheap, unlike the
     * capabilities call, which takes many seconds on a QEMU host.
     */
    public NodeInfo nodeInfo() throws CimException {
        return call("read the host's node information", Connect::nodeInfo);
    }

    /** Runs {@code call} on the connection, reconnecting first if it was lost. */
    public <T> T call(String action, LibvirtCall<T> call) throws CimException {
        Connect current = connection();
        try {
            return call.apply(current);
        } catch (LibvirtException e) {
            throw failure(action, current, e);
        }
    }

    /** Looks the domain up by UUID, runs {@code call} and frees the domain object. */
    public <T> T onDomain(String uuid, String action, DomainCall<T> call) throws CimException {
        Connect current = connection();
        Domain domain = null;
        try {
            domain = current.domainLookupByUUIDString(uuid);
            return call.apply(domain);
        } catch (LibvirtException e) {
            if (LibvirtErrors.code(e) == org.libvirt.Error.ErrorNumber.VIR_ERR_NO_DOMAIN && domain == null) {
                throw new CimException(CimStatus.NOT_FOUND, action + ": no virtual system with UUID " + uuid, e);
            }
            throw failure(action, current, e);
        } finally {
            free(domain);
        }
    }

    /** Work on the connection's raw libvirt API ({@link NativeLibvirt}); errors translated as for {@link #call}. */
    @FunctionalInterface
    interface NativeCall<T> {
        T apply(NativeLibvirt.Api api, Pointer connection) throws NativeLibvirt.Failure;
    }

    <T> T callNative(String action, NativeCall<T> call) throws CimException {
        NativeLibvirt.Api api = NativeLibvirt.api();
        Connect current = connection();
        try {
            return call.apply(api, NativeLibvirt.connectionOf(current));
        } catch (NativeLibvirt.Failure e) {
            throw failure(action, current, e.code(), e.getMessage(), e);
        }
    }

    /**
     * UUIDs of every domain, running or only defined, from one atomic listing ({@link AllDomains}), so a
     * domain that starts or stops meanwhile is never missed. One that has been undefined since is dropped
     * by the callers' lookups (NOT_FOUND).
     */
    public List<String> domainUuids() throws CimException {
        return callNative("list domains", AllDomains::uuids);
    }

    /** UUID and name of every domain that has at least one snapshot, from one listing that libvirt filters. */
    public List<DomainName> domainsWithSnapshots() throws CimException {
        return callNative("list the domains with snapshots", AllDomains::withSnapshots);
    }

    /** Identity and run state of every domain, read in one pass without any XML. */
    public List<DomainStatus> statuses() throws CimException {
        return callNative("read the state of every domain", AllDomains::statuses);
    }

    /** Identity and persistent definition of every domain, read in one pass. */
    public List<DomainDefinition> definitions() throws CimException {
        return callNative("read the definition of every domain", AllDomains::definitions);
    }

    /** Reads one domain completely; NOT_FOUND when it does not exist. */
    public DomainView domain(String uuid) throws CimException {
        return onDomain(uuid, "read virtual system " + uuid, Hypervisor::view);
    }

    /** Reads every domain; a domain undefined while we list is skipped. */
    public List<DomainView> domains() throws CimException {
        List<DomainView> views = new ArrayList<>();
        for (String uuid : domainUuids()) {
            try {
                views.add(domain(uuid));
            } catch (CimException e) {
                if (e.status() != CimStatus.NOT_FOUND) {
                    throw e;
                }
            }
        }
        return views;
    }

    public void addLifecycleListener(DomainLifecycleListener listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public void removeLifecycleListener(DomainLifecycleListener listener) {
        listeners.remove(listener);
    }

    /** True while the connection is believed healthy. */
    public boolean connected() {
        return connect != null;
    }

    @Override
    public void close() {
        synchronized (connectLock) {
            closed = true;
            closeQuietly(connect);
            connect = null;
        }
    }

    /** Drops the connection as a dying libvirtd would; tests use it to exercise reconnection. */
    void dropConnection() {
        synchronized (connectLock) {
            closeQuietly(connect);
        }
    }

    private static DomainView view(Domain d) throws LibvirtException {
        DomainState state;
        try {
            state = d.getInfo().state;
        } catch (RuntimeException e) {
            // libvirt-java 0.5.2 knows no state above CRASHED (e.g. PMSUSPENDED = 7)
            state = DomainState.VIR_DOMAIN_NOSTATE;
        }
        String persistent = d.getXMLDesc(XML_INACTIVE);
        String live = state == DomainState.VIR_DOMAIN_SHUTOFF ? persistent : d.getXMLDesc(0);
        return new DomainView(d.getUUIDString(), d.getName(), state, d.hasManagedSaveImage() == 1, persistent, live);
    }

    static void free(Domain domain) {
        if (domain == null) {
            return;
        }
        try {
            domain.free();
        } catch (LibvirtException e) {
            LOG.debug("freeing a domain object failed: {}", e.getMessage());
        }
    }

    private CimException failure(String action, Connect used, LibvirtException e) {
        return failure(action, used, LibvirtErrors.code(e), LibvirtErrors.detail(e), e);
    }

    private CimException failure(String action, Connect used, ErrorNumber code, String detail, Exception e) {
        boolean lost = LibvirtErrors.CONNECTION_LOST.contains(code) || !alive(used);
        if (lost) {
            markLost(used, detail);
            return new CimException(CimStatus.FAILED, "hypervisor unreachable: " + uri + ": " + action + ": " + detail, e);
        }
        return LibvirtErrors.translate(action, code, detail, e);
    }

    private static boolean alive(Connect c) {
        try {
            return c.isAlive();
        } catch (LibvirtException | RuntimeException e) {
            return false;
        }
    }

    private void markLost(Connect used, String why) {
        synchronized (connectLock) {
            if (connect == used && connect != null) {
                LOG.warn("lost the libvirt connection to {}: {}", uri, why);
                // Not closed here: another thread may still be inside a call on it, and closing would free
                // the native handle under it. Once unreachable, libvirt-java's finalizer closes it.
                connect = null;
                lastFailure = why;
                nextAttemptAt = clock.getAsLong();
                backoffMs = FIRST_BACKOFF_MS;
            }
        }
    }

    private Connect connection() throws CimException {
        Connect current = connect;
        if (current != null) {
            return current;
        }
        synchronized (connectLock) {
            if (closed) {
                throw new CimException(CimStatus.FAILED, "hypervisor " + uri + " is closed");
            }
            if (connect != null) {
                return connect;
            }
            long now = clock.getAsLong();
            if (now < nextAttemptAt) {
                throw new CimException(CimStatus.FAILED, "hypervisor unreachable: " + uri + " (" + lastFailure
                        + "); next reconnection attempt in " + (nextAttemptAt - now) / 1000 + " s");
            }
            try {
                connect = openConnection();
                backoffMs = FIRST_BACKOFF_MS;
                LOG.info("reconnected to {}", uri);
                return connect;
            } catch (CimException e) {
                lastFailure = e.getMessage();
                nextAttemptAt = now + backoffMs;
                backoffMs = Math.min(MAX_BACKOFF_MS, backoffMs * 2);
                throw e;
            }
        }
    }

    private Connect openConnection() throws CimException {
        try {
            Connect c = new Connect(uri);
            try {
                c.addLifecycleListener(lifecycleBridge);
            } catch (LibvirtException e) {
                // some drivers have no events; the provider still works, only without live updates
                LOG.info("no lifecycle events from {}: {}", uri, e.getMessage());
            }
            return c;
        } catch (LinkageError e) {
            throw LibvirtErrors.libraryMissing(e);
        } catch (LibvirtException e) {
            throw new CimException(CimStatus.FAILED, "hypervisor unreachable: cannot connect to " + uri + ": "
                    + (e.getError() == null ? e.getMessage() : e.getError().getMessage()), e);
        }
    }

    private void closeQuietly(Connect c) {
        if (c == null) {
            return;
        }
        try {
            c.removeLifecycleListener(lifecycleBridge);
        } catch (LibvirtException | RuntimeException e) {
            LOG.debug("removing the lifecycle listener failed: {}", e.getMessage());
        }
        try {
            c.close();
        } catch (LibvirtException e) {
            LOG.debug("closing {} failed: {}", uri, e.getMessage());
        }
    }

    private int dispatchLifecycle(Domain domain, DomainEvent event) {
        DomainLifecycleEvent ours;
        try {
            ours = new DomainLifecycleEvent(domain.getUUIDString(), domain.getName(), type(event),
                    String.valueOf((Object) event.getDetail()));
        } catch (LibvirtException | RuntimeException e) {
            LOG.debug("unreadable lifecycle event: {}", e.getMessage());
            return 0;
        } finally {
            free(domain);
        }
        for (DomainLifecycleListener listener : listeners) {
            try {
                listener.onLifecycleEvent(ours);
            } catch (RuntimeException e) {
                LOG.warn("lifecycle listener failed on {}: {}", ours, e.getMessage(), e);
            }
        }
        return 0;
    }

    private static DomainLifecycleEvent.Type type(DomainEvent event) {
        try {
            return DomainLifecycleEvent.Type.valueOf(event.getType().name());
        } catch (IllegalArgumentException | NullPointerException e) {
            return DomainLifecycleEvent.Type.UNKNOWN;
        }
    }
}
