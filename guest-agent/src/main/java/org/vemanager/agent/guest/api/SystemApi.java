package org.vemanager.agent.guest.api;

/** The {@code system} namespace: what the guest is. */
public interface SystemApi {
    String INFO = "system.info";

    /** {@code system.info()} → struct {@link SystemInfo}. */
    SystemInfo info() throws GuestAgentException;
}
