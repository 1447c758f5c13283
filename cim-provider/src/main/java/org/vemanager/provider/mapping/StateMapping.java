package org.vemanager.provider.mapping;

import org.libvirt.DomainInfo.DomainState;

/**
 * How a libvirt domain's run state reads in CIM (DSP1057 1.0.0, CIM_EnabledLogicalElement).
 *
 * <table>
 * <caption>libvirt state → EnabledState / OperationalStatus</caption>
 * <tr><th>libvirt</th><th>EnabledState</th><th>OperationalStatus</th></tr>
 * <tr><td>running, blocked</td><td>2 Enabled</td><td>2 OK</td></tr>
 * <tr><td>paused</td><td>9 Quiesce</td><td>15 Dormant</td></tr>
 * <tr><td>shutdown (in progress)</td><td>4 Shutting Down</td><td>9 Stopping</td></tr>
 * <tr><td>shut off with a managed-save image</td><td>6 Enabled but Offline</td><td>15 Dormant</td></tr>
 * <tr><td>shut off</td><td>3 Disabled</td><td>10 Stopped</td></tr>
 * <tr><td>crashed</td><td>3 Disabled</td><td>6 Error</td></tr>
 * <tr><td>no state / unknown</td><td>0 Unknown</td><td>0 Unknown</td></tr>
 * </table>
 *
 * <p>EnabledState 10 Starting is never reported: libvirt's start call returns only once the domain runs.
 */
public final class StateMapping {

    public static final int UNKNOWN = 0;
    public static final int ENABLED = 2;
    public static final int DISABLED = 3;
    public static final int SHUT_DOWN = 4;
    public static final int NO_CHANGE = 5;
    public static final int OFFLINE = 6;
    public static final int TEST = 7;
    public static final int DEFER = 8;
    public static final int QUIESCE = 9;
    /** As a RequestedState: reboot (as an EnabledState the same number means Starting). */
    public static final int REBOOT = 10;
    public static final int RESET = 11;
    public static final int NOT_APPLICABLE = 12;

    public static final int STATUS_UNKNOWN = 0;
    public static final int STATUS_OK = 2;
    public static final int STATUS_ERROR = 6;
    public static final int STATUS_STOPPING = 9;
    public static final int STATUS_STOPPED = 10;
    public static final int STATUS_DORMANT = 15;

    private StateMapping() {
    }

    public static int enabledState(DomainState state, boolean managedSaveImage) {
        if (state == null) {
            return UNKNOWN;
        }
        return switch (state) {
            case VIR_DOMAIN_RUNNING, VIR_DOMAIN_BLOCKED -> ENABLED;
            case VIR_DOMAIN_PAUSED -> QUIESCE;
            case VIR_DOMAIN_SHUTDOWN -> SHUT_DOWN;
            case VIR_DOMAIN_SHUTOFF -> managedSaveImage ? OFFLINE : DISABLED;
            case VIR_DOMAIN_CRASHED -> DISABLED;
            default -> UNKNOWN;
        };
    }

    public static int operationalStatus(DomainState state, boolean managedSaveImage) {
        if (state == null) {
            return STATUS_UNKNOWN;
        }
        return switch (state) {
            case VIR_DOMAIN_RUNNING, VIR_DOMAIN_BLOCKED -> STATUS_OK;
            case VIR_DOMAIN_PAUSED -> STATUS_DORMANT;
            case VIR_DOMAIN_SHUTDOWN -> STATUS_STOPPING;
            case VIR_DOMAIN_SHUTOFF -> managedSaveImage ? STATUS_DORMANT : STATUS_STOPPED;
            case VIR_DOMAIN_CRASHED -> STATUS_ERROR;
            default -> STATUS_UNKNOWN;
        };
    }
}
