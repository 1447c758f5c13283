package org.vemanager.console.client;

/** A virtual system's state, from CIM_EnabledLogicalElement.EnabledState as DSP1057 maps it. */
public enum VmState {
    RUNNING(2, "Running"),
    OFF(3, "Off"),
    SHUTTING_DOWN(4, "Shutting down"),
    SAVED(6, "Saved"),
    PAUSED(9, "Paused"),
    STARTING(10, "Starting"),
    UNKNOWN(0, "Unknown");

    private final int enabledState;
    private final String label;

    VmState(int enabledState, String label) {
        this.enabledState = enabledState;
        this.label = label;
    }

    public static VmState ofEnabledState(Number value) {
        if (value != null) {
            for (VmState state : values()) {
                if (state.enabledState == value.intValue()) {
                    return state;
                }
            }
        }
        return UNKNOWN;
    }

    public String label() {
        return label;
    }
}
