package org.vemanager.wbem.operation;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * The dispatcher's limits and plugs.
 *
 * @param clock time for pull-context expiry (tests inject a fixed clock they advance)
 * @param defaultOperationTimeout used when a pull Open sends OperationTimeout NULL
 * @param maxOperationTimeout larger requested timeouts answer INVALID_OPERATION_TIMEOUT
 * @param allowNoTimeout whether OperationTimeout 0 (never expire) is accepted; DSP0200 lets the
 *     server refuse it with INVALID_OPERATION_TIMEOUT, which we do by default so that abandoned
 *     contexts cannot pile up
 * @param maxContextsPerUser open enumeration contexts one user may hold (SERVER_LIMITS_EXCEEDED beyond)
 * @param maxBufferedPerContext items one context may hold between pulls (SERVER_LIMITS_EXCEEDED beyond)
 * @param maxObjectsPerPull a larger MaxObjectCount is answered with this many (DSP0200 allows fewer)
 * @param hostName the host written into full paths (Associators, pull with path)
 * @param queryEngine the query languages, or null until the query package is plugged
 */
public record DispatcherSettings(
        Clock clock,
        Duration defaultOperationTimeout,
        Duration maxOperationTimeout,
        boolean allowNoTimeout,
        int maxContextsPerUser,
        int maxBufferedPerContext,
        int maxObjectsPerPull,
        String hostName,
        QueryEngine queryEngine) {

    public DispatcherSettings {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(defaultOperationTimeout, "defaultOperationTimeout");
        Objects.requireNonNull(maxOperationTimeout, "maxOperationTimeout");
        Objects.requireNonNull(hostName, "hostName");
        if (maxContextsPerUser < 1 || maxBufferedPerContext < 1 || maxObjectsPerPull < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** 60 s default, 10 min maximum, no unlimited contexts, 32 contexts per user, 100,000 buffered. */
    public static DispatcherSettings defaults() {
        return new DispatcherSettings(Clock.systemUTC(), Duration.ofSeconds(60), Duration.ofMinutes(10), false, 32, 100_000,
            10_000, localHostName(), null);
    }

    public DispatcherSettings withClock(Clock newClock) {
        return new DispatcherSettings(newClock, defaultOperationTimeout, maxOperationTimeout, allowNoTimeout, maxContextsPerUser,
            maxBufferedPerContext, maxObjectsPerPull, hostName, queryEngine);
    }

    public DispatcherSettings withQueryEngine(QueryEngine engine) {
        return new DispatcherSettings(clock, defaultOperationTimeout, maxOperationTimeout, allowNoTimeout, maxContextsPerUser,
            maxBufferedPerContext, maxObjectsPerPull, hostName, engine);
    }

    public DispatcherSettings withTimeouts(Duration defaultTimeout, Duration maxTimeout, boolean noTimeoutAllowed) {
        return new DispatcherSettings(clock, defaultTimeout, maxTimeout, noTimeoutAllowed, maxContextsPerUser,
            maxBufferedPerContext, maxObjectsPerPull, hostName, queryEngine);
    }

    public DispatcherSettings withLimits(int contextsPerUser, int bufferedPerContext, int objectsPerPull) {
        return new DispatcherSettings(clock, defaultOperationTimeout, maxOperationTimeout, allowNoTimeout, contextsPerUser,
            bufferedPerContext, objectsPerPull, hostName, queryEngine);
    }

    public DispatcherSettings withHostName(String name) {
        return new DispatcherSettings(clock, defaultOperationTimeout, maxOperationTimeout, allowNoTimeout, maxContextsPerUser,
            maxBufferedPerContext, maxObjectsPerPull, name, queryEngine);
    }

    private static String localHostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException | SecurityException e) {
            return "localhost";
        }
    }
}
