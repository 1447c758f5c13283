package org.vemanager.agent.guest.api;

import java.util.List;

/**
 * The {@code services} namespace: systemd service units. Without systemd every method answers
 * {@link GuestFault#NOT_SUPPORTED} ("services: systemd is not running on this system"); changes
 * need root ({@link GuestFault#NOT_PERMITTED}).
 */
public interface ServicesApi {
    String LIST = "services.list";
    String START = "services.start";
    String STOP = "services.stop";
    String RESTART = "services.restart";
    String ENABLE = "services.enable";
    String DISABLE = "services.disable";

    /** {@code services.list()} → array of {@link ServiceUnit} (service units, loaded or with a unit file). */
    List<ServiceUnit> listServices() throws GuestAgentException;

    void start(String unit) throws GuestAgentException;

    void stop(String unit) throws GuestAgentException;

    void restart(String unit) throws GuestAgentException;

    void enable(String unit) throws GuestAgentException;

    void disable(String unit) throws GuestAgentException;
}
