package org.vemanager.provider.events;

import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMDateTimeAbsolute;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vemanager.provider.libvirt.DomainLifecycleEvent;
import org.vemanager.provider.libvirt.DomainLifecycleListener;
import org.vemanager.provider.libvirt.DomainView;
import org.vemanager.provider.profile.resourceallocation.ResourceAllocationSettingDataProvider;
import org.vemanager.provider.profile.virtualsystem.ComputerSystemProvider;
import org.vemanager.provider.support.VirtHost;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.IndicationPublisher;

/**
 * Publishes a process indication for every libvirt lifecycle event of a domain: CIM_InstCreation when a
 * system appears, CIM_InstModification (SourceInstance now, PreviousInstance as last seen) when it
 * changes state or definition, CIM_InstDeletion (SourceInstance as last seen) when it is undefined.
 * When a known system's definition changes (ModifyResourceSettings, AddResourceSettings, or any
 * libvirt client redefining it), its RASDs are compared with the last seen: InstModification for each
 * changed one (with PreviousInstance), InstCreation for an added one, InstDeletion for a removed one.
 * Events arrive on libvirt's event-loop thread, which must not call libvirt; they are handed in order to
 * one thread of ours that reads the system through the VEM_ComputerSystem provider and publishes.
 *
 * <p>The system is read when the event is handled, not when it happened: changes faster than one read
 * (define, start and undefine within milliseconds) may be reported with the state found at handling time,
 * and a system that came and went before its first read is not reported at all. Every system reported as
 * created is reported as deleted.
 */
public final class LifecycleIndications implements AutoCloseable {

    public static final String CREATION = "CIM_InstCreation";
    public static final String MODIFICATION = "CIM_InstModification";
    public static final String DELETION = "CIM_InstDeletion";

    private static final Logger LOG = LoggerFactory.getLogger(LifecycleIndications.class);

    private final VirtHost host;
    private final ComputerSystemProvider systems;
    private final IndicationPublisher publisher;
    private final Map<String, CIMInstance> lastSeen = new ConcurrentHashMap<>();
    private final Map<String, Map<String, CIMInstance>> lastRasds = new ConcurrentHashMap<>();
    private final DomainLifecycleListener listener = this::onEvent;
    private volatile ExecutorService worker;

    public LifecycleIndications(VirtHost host, ComputerSystemProvider systems, IndicationPublisher publisher) {
        this.host = host;
        this.systems = systems;
        this.publisher = publisher;
    }

    /** Remembers every system as it is now, then listens. */
    public synchronized void start() throws CimException {
        if (worker != null) {
            throw new IllegalStateException("lifecycle indications already started");
        }
        for (DomainView view : host.domains()) {
            lastSeen.put(view.uuid(), systems.instance(view));
            lastRasds.put(view.uuid(), rasds(view));
        }
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "lifecycle-indications");
            t.setDaemon(true);
            return t;
        });
        host.hypervisor().addLifecycleListener(listener);
    }

    @Override
    public synchronized void close() {
        host.hypervisor().removeLifecycleListener(listener);
        if (worker != null) {
            worker.shutdown();
            worker = null;
        }
    }

    private void onEvent(DomainLifecycleEvent event) {
        ExecutorService w = worker;
        if (w != null && !w.isShutdown()) {
            w.execute(() -> handle(event));
        }
    }

    private void handle(DomainLifecycleEvent event) {
        try {
            CIMInstance previous = lastSeen.get(event.uuid());
            if (event.type() == DomainLifecycleEvent.Type.UNDEFINED) {
                deleted(event.uuid(), previous);
                return;
            }
            DomainView view;
            try {
                view = host.domain(event.uuid());
            } catch (CimException e) {
                if (e.status() == CimStatus.NOT_FOUND) {
                    deleted(event.uuid(), previous);
                    return;
                }
                throw e;
            }
            CIMInstance now = systems.instance(view);
            lastSeen.put(event.uuid(), now);
            Map<String, CIMInstance> rasdsNow = rasds(view);
            Map<String, CIMInstance> rasdsBefore = lastRasds.put(event.uuid(), rasdsNow);
            if (previous == null) {
                publish(indication(CREATION, now, null));
            } else {
                publish(indication(MODIFICATION, now, previous));
                publishRasdChanges(rasdsBefore == null ? Map.of() : rasdsBefore, rasdsNow);
            }
        } catch (CimException | RuntimeException e) {
            LOG.warn("no indication for {}: {}", event, e.getMessage());
        }
    }

    /** The system's RASDs (its persistent definition) by InstanceID, in document order. */
    private Map<String, CIMInstance> rasds(DomainView view) {
        Map<String, CIMInstance> out = new LinkedHashMap<>();
        for (CIMInstance rasd : ResourceAllocationSettingDataProvider.allOf(host, view)) {
            out.put(String.valueOf(rasd.getPropertyValue("InstanceID")), rasd);
        }
        return out;
    }

    /**
     * A changed definition of a known system: InstModification for each RASD whose properties changed,
     * InstCreation for a new one (a disk added), InstDeletion for one that is gone.
     */
    private void publishRasdChanges(Map<String, CIMInstance> before, Map<String, CIMInstance> now) {
        for (Map.Entry<String, CIMInstance> e : now.entrySet()) {
            CIMInstance old = before.get(e.getKey());
            if (old == null) {
                publish(indication(CREATION, e.getValue(), null));
            } else if (!sameProperties(old, e.getValue())) {
                publish(indication(MODIFICATION, e.getValue(), old));
            }
        }
        for (Map.Entry<String, CIMInstance> e : before.entrySet()) {
            if (!now.containsKey(e.getKey())) {
                publish(indication(DELETION, e.getValue(), null));
            }
        }
    }

    private static boolean sameProperties(CIMInstance a, CIMInstance b) {
        if (!a.getClassName().equals(b.getClassName()) || a.getPropertyCount() != b.getPropertyCount()) {
            return false;
        }
        for (CIMProperty<?> p : a.getProperties()) {
            CIMProperty<?> q = b.getProperty(p.getName());
            if (q == null || !Objects.deepEquals(p.getValue(), q.getValue())) {
                return false;
            }
        }
        return true;
    }

    private void deleted(String uuid, CIMInstance previous) {
        lastSeen.remove(uuid);
        lastRasds.remove(uuid);
        if (previous != null) {
            publish(indication(DELETION, previous, null));
        }
    }

    private void publish(CIMInstance indication) {
        publisher.publish(host.namespace(), indication);
    }

    private CIMInstance indication(String className, CIMInstance source, CIMInstance previous) {
        Calendar now = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        CIMObjectPath sourcePath = source.getObjectPath();
        CIMProperty<?>[] props = previous == null
                ? new CIMProperty<?>[] {
                    new CIMProperty<>("IndicationTime", CIMDataType.DATETIME_T, new CIMDateTimeAbsolute(now)),
                    new CIMProperty<>("SourceInstance", CIMDataType.OBJECT_T, source),
                    new CIMProperty<>("SourceInstanceModelPath", CIMDataType.STRING_T, sourcePath.toString())}
                : new CIMProperty<?>[] {
                    new CIMProperty<>("IndicationTime", CIMDataType.DATETIME_T, new CIMDateTimeAbsolute(now)),
                    new CIMProperty<>("SourceInstance", CIMDataType.OBJECT_T, source),
                    new CIMProperty<>("PreviousInstance", CIMDataType.OBJECT_T, previous),
                    new CIMProperty<>("SourceInstanceModelPath", CIMDataType.STRING_T, sourcePath.toString())};
        return new CIMInstance(new CIMObjectPath(null, null, null, host.namespace(), className, null), props);
    }
}
