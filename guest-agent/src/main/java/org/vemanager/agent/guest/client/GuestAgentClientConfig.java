package org.vemanager.agent.guest.client;

import java.net.URI;
import java.time.Duration;
import org.vemanager.agent.guest.tls.Fingerprints;

/**
 * How to reach one guest-agent.
 *
 * @param endpoint         the agent's URL, {@code https://ADDR:PORT/RPC2} (http only with {@code allowPlainHttp})
 * @param token            the per-VM secret sent as {@code Authorization: Bearer}; "" sends none (mutual TLS only)
 * @param pinnedSha256     the SHA-256 fingerprint of the agent's certificate (printed at its start-up); required for https
 * @param connectTimeout   how long to wait for the TCP (and TLS) connection
 * @param replyTimeout     how long the whole exchange may take, from sending to the last byte of the reply
 * @param maxResponseBytes replies larger than this are abandoned unread ({@code RESPONSE_TOO_LARGE})
 * @param allowPlainHttp   whether an {@code http://} endpoint is acceptable (tests, or a trusted local channel)
 */
public record GuestAgentClientConfig(URI endpoint, String token, String pinnedSha256, Duration connectTimeout,
                                     Duration replyTimeout, int maxResponseBytes, boolean allowPlainHttp) {
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_REPLY_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_MAX_RESPONSE_BYTES = 16 << 20;

    public GuestAgentClientConfig {
        if (endpoint == null || endpoint.getHost() == null) {
            throw new IllegalArgumentException("endpoint: expected https://HOST:PORT/RPC2, got " + endpoint);
        }
        boolean https = "https".equals(endpoint.getScheme());
        if (!https && !("http".equals(endpoint.getScheme()) && allowPlainHttp)) {
            throw new IllegalArgumentException("endpoint: " + endpoint + " is not https (plain http only when explicitly allowed)");
        }
        if (https) {
            pinnedSha256 = Fingerprints.normalize(pinnedSha256);
        }
        if (token == null || token.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            throw new IllegalArgumentException("token: expected printable ASCII without spaces (\"\" for none)");
        }
        if (connectTimeout == null || connectTimeout.isNegative() || connectTimeout.isZero()
            || replyTimeout == null || replyTimeout.isNegative() || replyTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        if (maxResponseBytes < 1024) {
            throw new IllegalArgumentException("maxResponseBytes: expected at least 1024, got " + maxResponseBytes);
        }
    }

    /** An https endpoint with the pinned certificate and default timeouts and bound. */
    public static GuestAgentClientConfig https(URI endpoint, String token, String pinnedSha256) {
        return new GuestAgentClientConfig(endpoint, token, pinnedSha256, DEFAULT_CONNECT_TIMEOUT, DEFAULT_REPLY_TIMEOUT,
            DEFAULT_MAX_RESPONSE_BYTES, false);
    }

    /** A plain-http endpoint: only for tests and channels that are already private. */
    public static GuestAgentClientConfig insecurePlainHttp(URI endpoint, String token) {
        return new GuestAgentClientConfig(endpoint, token, null, DEFAULT_CONNECT_TIMEOUT, DEFAULT_REPLY_TIMEOUT,
            DEFAULT_MAX_RESPONSE_BYTES, true);
    }

    public GuestAgentClientConfig withTimeouts(Duration connect, Duration reply) {
        return new GuestAgentClientConfig(endpoint, token, pinnedSha256, connect, reply, maxResponseBytes, allowPlainHttp);
    }

    public GuestAgentClientConfig withMaxResponseBytes(int max) {
        return new GuestAgentClientConfig(endpoint, token, pinnedSha256, connectTimeout, replyTimeout, max, allowPlainHttp);
    }

    /** Never prints the token. */
    @Override
    public String toString() {
        return "GuestAgentClientConfig[" + endpoint + ", pin " + pinnedSha256 + ", connect " + connectTimeout
            + ", reply " + replyTimeout + ", max " + maxResponseBytes + " bytes]";
    }
}
