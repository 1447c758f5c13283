package org.vemanager.console.client;

import java.net.URI;

/**
 * Where a node-agent answers and who logs in. The URL is {@code https://host:5989} (or http:// when a
 * node was configured for plain HTTP).
 */
public record NodeEndpoint(URI url, String user) {

    public NodeEndpoint {
        String scheme = url.getScheme();
        if (!"https".equals(scheme) && !"http".equals(scheme)) {
            throw new IllegalArgumentException("node URL must start with https:// or http://: " + url);
        }
        if (url.getHost() == null) {
            throw new IllegalArgumentException("node URL has no host: " + url);
        }
    }

    public static NodeEndpoint parse(String url, String user) {
        return new NodeEndpoint(URI.create(url.strip()), user);
    }

    public int port() {
        if (url.getPort() > 0) {
            return url.getPort();
        }
        return "https".equals(url.getScheme()) ? 5989 : 5988;
    }

    public String hostPort() {
        return url.getHost() + ":" + port();
    }

    /** A short name for views: host:port. */
    public String label() {
        return hostPort();
    }
}
