package org.vemanager.console.client;

import java.util.Set;

/**
 * What the console can ask of a VM, each one RequestStateChange value (DSP1057). Destructive
 * actions lose guest state and are confirmed by the UI first.
 */
public enum VmAction {
    START("Start", 2, false, Set.of(VmState.OFF, VmState.SAVED)),
    RESUME("Resume", 2, false, Set.of(VmState.PAUSED)),
    PAUSE("Pause", 9, false, Set.of(VmState.RUNNING)),
    SHUT_DOWN("Shut down", 4, false, Set.of(VmState.RUNNING)),
    POWER_OFF("Power off", 3, true, Set.of(VmState.RUNNING, VmState.PAUSED, VmState.SHUTTING_DOWN, VmState.SAVED)),
    REBOOT("Reboot", 10, false, Set.of(VmState.RUNNING)),
    RESET("Reset", 11, true, Set.of(VmState.RUNNING, VmState.PAUSED)),
    SAVE("Save", 6, false, Set.of(VmState.RUNNING, VmState.PAUSED));

    private final String label;
    private final int requestedState;
    private final boolean destructive;
    private final Set<VmState> from;

    VmAction(String label, int requestedState, boolean destructive, Set<VmState> from) {
        this.label = label;
        this.requestedState = requestedState;
        this.destructive = destructive;
        this.from = from;
    }

    public String label() {
        return label;
    }

    public int requestedState() {
        return requestedState;
    }

    public boolean destructive() {
        return destructive;
    }

    /** Whether the action makes sense in {@code state}; the node still has the last word. */
    public boolean appliesTo(VmState state) {
        return from.contains(state);
    }
}
