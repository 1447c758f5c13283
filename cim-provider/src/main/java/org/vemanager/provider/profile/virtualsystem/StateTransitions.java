package org.vemanager.provider.profile.virtualsystem;

import java.util.List;
import org.libvirt.DomainInfo.DomainState;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMDateTime;
import org.metricshub.wbem.javax.cim.CIMDateTimeInterval;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.provider.libvirt.DomainJobMonitor;
import org.vemanager.provider.libvirt.DomainView;
import org.vemanager.provider.libvirt.InvalidTransitionException;
import org.vemanager.provider.libvirt.ShutOffWait;
import org.vemanager.provider.libvirt.xml.domain.DomainXml;
import org.vemanager.provider.mapping.CimNames;
import org.vemanager.provider.mapping.StateMapping;
import org.vemanager.provider.mapping.SupportedStates;
import org.vemanager.provider.support.VirtHost;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.JobProgress;
import org.vemanager.wbem.spi.MethodResult;

/**
 * RequestStateChange on a virtual system (DSP1057 1.0.0 with CIM_EnabledLogicalElement's return codes).
 *
 * <table>
 * <caption>requested state → libvirt call, by current EnabledState</caption>
 * <tr><th>RequestedState</th><th>from</th><th>does</th><th>returns</th></tr>
 * <tr><td>2 Enabled</td><td>3 Disabled, 6 Offline</td><td>virDomainCreate (restores a managed save)</td><td>0</td></tr>
 * <tr><td>2 Enabled</td><td>9 Quiesce</td><td>virDomainResume</td><td>0</td></tr>
 * <tr><td>3 Disabled</td><td>2, 4, 9</td><td>virDomainDestroy (power off)</td><td>0</td></tr>
 * <tr><td>3 Disabled</td><td>6 Offline</td><td>virDomainManagedSaveRemove (discard the saved state)</td><td>0</td></tr>
 * <tr><td>4 Shut Down</td><td>2</td><td>virDomainShutdown, then a job waits (TimeoutPeriod, default 120 s) for the
 * guest to power off, woken by libvirt's lifecycle event ({@link ShutOffWait})</td><td>0 when already off, else 4096 + Job</td></tr>
 * <tr><td>6 Offline</td><td>2, 9</td><td>a job runs virDomainManagedSave</td><td>4096 + Job</td></tr>
 * <tr><td>9 Quiesce</td><td>2</td><td>virDomainSuspend</td><td>0</td></tr>
 * <tr><td>10 Reboot</td><td>2</td><td>virDomainReboot</td><td>0</td></tr>
 * <tr><td>11 Reset</td><td>2, 9</td><td>virDomainReset</td><td>0</td></tr>
 * <tr><td>same as current, 5 No Change</td><td>any</td><td>nothing</td><td>0</td></tr>
 * </table>
 *
 * <p>Any other pairing answers 4097 (Invalid State Transition) and changes nothing; a value outside the
 * ValueMap or a missing RequestedState answers 5 (Invalid Parameter); a state the domain's driver cannot
 * reach (see {@link SupportedStates}) answers 1 (Not Supported); TimeoutPeriod that is not an interval
 * answers 5. If the domain changes state under us between our check and the libvirt call, the answer is
 * 4097 too.
 */
final class StateTransitions {

    static final int COMPLETED = 0;
    static final int NOT_SUPPORTED = 1;
    static final int INVALID_PARAMETER = 5;
    static final int JOB_STARTED = 4096;
    static final int INVALID_TRANSITION = 4097;

    private static final long DEFAULT_SHUTDOWN_TIMEOUT_MS = 120_000;
    private static final int LOCK_STRIPES = 64;

    private final VirtHost host;
    private final ComputerSystemProvider systems;
    private final Object[] locks = new Object[LOCK_STRIPES];

    StateTransitions(VirtHost host, ComputerSystemProvider systems) {
        this.host = host;
        this.systems = systems;
        for (int i = 0; i < LOCK_STRIPES; i++) {
            locks[i] = new Object();
        }
    }

    MethodResult requestStateChange(String uuid, CIMArgument<?>[] in) throws CimException {
        Object requestedValue = argument(in, "RequestedState");
        if (!(requestedValue instanceof Number)) {
            return MethodResult.of(INVALID_PARAMETER);
        }
        int requested = ((Number) requestedValue).intValue();
        Object timeoutValue = argument(in, "TimeoutPeriod");
        if (timeoutValue != null && !(timeoutValue instanceof CIMDateTimeInterval)) {
            return MethodResult.of(INVALID_PARAMETER);
        }
        long timeoutMs = timeoutMs((CIMDateTime) timeoutValue);
        if (requested < 2 || requested > 12) {
            return MethodResult.of(INVALID_PARAMETER);
        }
        synchronized (locks[Math.floorMod(uuid.toLowerCase(java.util.Locale.ROOT).hashCode(), LOCK_STRIPES)]) {
            DomainView view = host.domain(uuid);
            int current = StateMapping.enabledState(view.state(), view.managedSaveImage());
            if (requested == StateMapping.NO_CHANGE) {
                return MethodResult.of(COMPLETED);
            }
            if (!SupportedStates.supports(DomainXml.readOnly(view.persistentXml()).type, requested)) {
                return MethodResult.of(NOT_SUPPORTED);
            }
            try {
                MethodResult result = apply(view, current, requested, timeoutMs);
                if (result.returnValue() instanceof Number n && (n.intValue() == COMPLETED || n.intValue() == JOB_STARTED)) {
                    host.requestedStates().remember(uuid, requested);
                }
                return result;
            } catch (InvalidTransitionException e) {
                return MethodResult.of(INVALID_TRANSITION);
            } catch (CimException e) {
                if (e.status() == CimStatus.FAILED && stateChangedSince(uuid, current)) {
                    return MethodResult.of(INVALID_TRANSITION);
                }
                throw e;
            }
        }
    }

    private MethodResult apply(DomainView view, int current, int requested, long timeoutMs) throws CimException {
        String uuid = view.uuid();
        String name = view.name();
        switch (requested) {
            case StateMapping.ENABLED -> {
                if (current == StateMapping.ENABLED) {
                    return MethodResult.of(COMPLETED);
                }
                if (current == StateMapping.QUIESCE) {
                    return call(uuid, "resume " + name, d -> d.resume());
                }
                if (current == StateMapping.DISABLED || current == StateMapping.OFFLINE) {
                    return call(uuid, "start " + name, d -> d.create());
                }
                return MethodResult.of(INVALID_TRANSITION);
            }
            case StateMapping.DISABLED -> {
                if (current == StateMapping.DISABLED) {
                    return MethodResult.of(COMPLETED);
                }
                if (current == StateMapping.OFFLINE) {
                    return call(uuid, "discard the saved state of " + name, d -> d.managedSaveRemove());
                }
                if (current == StateMapping.ENABLED || current == StateMapping.QUIESCE || current == StateMapping.SHUT_DOWN) {
                    return call(uuid, "power off " + name, d -> d.destroy());
                }
                return MethodResult.of(INVALID_TRANSITION);
            }
            case StateMapping.SHUT_DOWN -> {
                if (current == StateMapping.DISABLED) {
                    return MethodResult.of(COMPLETED);
                }
                if (current != StateMapping.ENABLED) {
                    return MethodResult.of(INVALID_TRANSITION);
                }
                call(uuid, "shut down " + name, d -> d.shutdown());
                if (host.domain(uuid).state() == DomainState.VIR_DOMAIN_SHUTOFF) {
                    return MethodResult.of(COMPLETED);
                }
                return job("Shut down " + name, uuid, progress -> awaitShutOff(uuid, name, timeoutMs, progress));
            }
            case StateMapping.OFFLINE -> {
                if (current == StateMapping.OFFLINE) {
                    return MethodResult.of(COMPLETED);
                }
                if (current != StateMapping.ENABLED && current != StateMapping.QUIESCE) {
                    return MethodResult.of(INVALID_TRANSITION);
                }
                return job("Save " + name, uuid, progress ->
                        DomainJobMonitor.run(host.hypervisor(), uuid, "save " + name + " to disk", progress,
                                () -> host.hypervisor().onDomain(uuid, "save " + name + " to disk", d -> d.managedSave())));
            }
            case StateMapping.QUIESCE -> {
                if (current == StateMapping.QUIESCE) {
                    return MethodResult.of(COMPLETED);
                }
                return current == StateMapping.ENABLED ? call(uuid, "pause " + name, d -> d.suspend())
                        : MethodResult.of(INVALID_TRANSITION);
            }
            case StateMapping.REBOOT -> {
                return current == StateMapping.ENABLED ? call(uuid, "reboot " + name, d -> d.reboot(0))
                        : MethodResult.of(INVALID_TRANSITION);
            }
            case StateMapping.RESET -> {
                return current == StateMapping.ENABLED || current == StateMapping.QUIESCE
                        ? call(uuid, "reset " + name, d -> d.reset()) : MethodResult.of(INVALID_TRANSITION);
            }
            default -> {
                // 7 Test, 8 Defer, 12 Not Applicable: valid values no virtual system can honour
                return MethodResult.of(NOT_SUPPORTED);
            }
        }
    }

    /** A libvirt action that returns nothing of interest. */
    @FunctionalInterface
    private interface Action {
        void run(org.libvirt.Domain domain) throws org.libvirt.LibvirtException;
    }

    private MethodResult call(String uuid, String what, Action action) throws CimException {
        host.hypervisor().onDomain(uuid, what, d -> {
            action.run(d);
            return null;
        });
        return MethodResult.of(COMPLETED);
    }

    private MethodResult job(String name, String uuid, org.vemanager.wbem.spi.JobTask task) {
        CIMObjectPath job = host.jobs().start(host.namespace(), name, List.of(systems.path(uuid)), task);
        return MethodResult.of(JOB_STARTED, List.of(new CIMArgument<>("Job", new CIMDataType(CimNames.CONCRETE_JOB), job)));
    }

    private void awaitShutOff(String uuid, String name, long timeoutMs, JobProgress progress) throws CimException {
        ShutOffWait.Outcome outcome;
        try {
            outcome = ShutOffWait.await(host.hypervisor(), uuid, timeoutMs, progress);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CimException(CimStatus.FAILED, "shutdown of " + name + " interrupted");
        }
        switch (outcome) {
            case SHUT_OFF -> progress.percentComplete(100);
            case CANCELLED -> throw new CimException(CimStatus.FAILED, "shutdown of " + name
                    + " cancelled; the guest may still shut down");
            default -> throw new CimException(CimStatus.FAILED, "the guest of " + name + " did not shut down within "
                    + timeoutMs / 1000 + " s; request 3 (Disabled) to power it off");
        }
    }

    private boolean stateChangedSince(String uuid, int before) {
        try {
            DomainView now = host.domain(uuid);
            return StateMapping.enabledState(now.state(), now.managedSaveImage()) != before;
        } catch (CimException e) {
            return false;
        }
    }

    private static long timeoutMs(CIMDateTime timeout) {
        if (!(timeout instanceof CIMDateTimeInterval interval)) {
            return DEFAULT_SHUTDOWN_TIMEOUT_MS;
        }
        long ms = interval.getTotalMilliseconds();
        return ms <= 0 ? DEFAULT_SHUTDOWN_TIMEOUT_MS : ms;
    }

    static Object argument(CIMArgument<?>[] in, String name) {
        if (in == null) {
            return null;
        }
        for (CIMArgument<?> a : in) {
            if (a != null && a.getName().equalsIgnoreCase(name)) {
                return a.getValue();
            }
        }
        return null;
    }
}
