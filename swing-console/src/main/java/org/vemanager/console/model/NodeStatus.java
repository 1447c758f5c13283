package org.vemanager.console.model;

/** A node's health as the console last saw it. */
public enum NodeStatus {
    CONNECTING("Connecting…"),
    ONLINE("Online"),
    UNREACHABLE("Unreachable"),
    LOGIN_FAILED("Login failed"),
    UNTRUSTED("Certificate not trusted");

    private final String label;

    NodeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
