package org.vemanager.agent.guest.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.vemanager.agent.guest.rpc.XmlRpcDispatcher;

/**
 * The guest-agent's HTTP(S) endpoint: Jetty core (no servlets) with one handler,
 * {@link XmlRpcHandler}, that feeds a size-bounded body to {@link XmlRpcDispatcher}.
 *
 * <p>Why Jetty core: Apache XML-RPC's own WebServer has no TLS and no limits; the JDK's
 * {@code com.sun.net.httpserver} does TLS but runs each handshake on a worker thread, so a few
 * connections that stall mid-handshake froze the whole agent until its request timer fired (we
 * measured it). Jetty does handshakes and body reads on its selector, with an idle timeout, a
 * connection limit and a header size limit; servlets would add nothing for one POST endpoint.
 */
public final class GuestAgentServer implements AutoCloseable {
    /** Connections idle (or stalled mid-handshake, or sending a body too slowly) this long are closed. */
    static final long IDLE_TIMEOUT_MILLIS = 30_000;
    static final int MAX_CONNECTIONS = 64;
    static final int MAX_HEADER_BYTES = 16 * 1024;

    private final Server server;
    private final ServerConnector connector;
    private final ExecutorService workers;
    private final boolean tls;

    private GuestAgentServer(Server server, ServerConnector connector, ExecutorService workers, boolean tls) {
        this.server = server;
        this.connector = connector;
        this.workers = workers;
        this.tls = tls;
    }

    /**
     * Binds and starts.
     *
     * @param tlsContext     the server's TLS context, or null for plain HTTP (only when asked for)
     * @param needClientCert whether clients must present a certificate (mutual TLS; the context's trust manager checks it)
     * @param authenticator  the token check, or null when mutual TLS alone authenticates
     */
    public static GuestAgentServer start(InetSocketAddress listen, SSLContext tlsContext, boolean needClientCert,
                                         TokenAuthenticator authenticator, XmlRpcDispatcher dispatcher,
                                         Limits limits) throws IOException {
        QueuedThreadPool threads = new QueuedThreadPool(16, 2);
        threads.setName("guest-agent-http");
        threads.setDaemon(true);
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setRequestHeaderSize(MAX_HEADER_BYTES);
        http.setSendServerVersion(false);
        http.setSendDateHeader(false);
        HttpConnectionFactory httpFactory = new HttpConnectionFactory(http);
        ServerConnector connector;
        if (tlsContext != null) {
            SslContextFactory.Server ssl = new SslContextFactory.Server();
            ssl.setSslContext(tlsContext);
            ssl.setNeedClientAuth(needClientCert);
            ssl.setIncludeProtocols("TLSv1.3", "TLSv1.2");
            // Clients pin our certificate; its name is meaningless, so Jetty must not match it to the Host/SNI.
            http.addCustomizer(new SecureRequestCustomizer(false));
            connector = new ServerConnector(server, 1, 1, new SslConnectionFactory(ssl, httpFactory.getProtocol()), httpFactory);
        } else {
            connector = new ServerConnector(server, 1, 1, httpFactory);
        }
        connector.setHost(listen.getHostString());
        connector.setPort(listen.getPort());
        connector.setIdleTimeout(IDLE_TIMEOUT_MILLIS);
        server.addConnector(connector);
        server.addBean(new NetworkConnectionLimit(MAX_CONNECTIONS, connector));
        ExecutorService workers = Executors.newFixedThreadPool(limits.workers(), daemonThreads());
        RateLimiter limiter = new RateLimiter(limits.ratePerSecond(), limits.burst(), System::nanoTime);
        server.setHandler(new XmlRpcHandler(dispatcher, authenticator, limiter, limits, workers));
        try {
            server.start();
        } catch (Exception e) {
            workers.shutdownNow();
            stopQuietly(server);
            throw e instanceof IOException io ? io : new IOException("cannot start the guest-agent's server: " + e.getMessage(), e);
        }
        return new GuestAgentServer(server, connector, workers, tlsContext != null);
    }

    /** The address actually bound (port 0 resolved). */
    public InetSocketAddress address() {
        String host = connector.getHost() == null ? "0.0.0.0" : connector.getHost();
        return new InetSocketAddress(host, connector.getLocalPort());
    }

    /** The URL clients use, with a loopback host when bound to the wildcard address. */
    public URI uri() {
        InetSocketAddress address = address();
        String host = address.getAddress().isAnyLocalAddress() ? "127.0.0.1" : address.getAddress().getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return URI.create((tls ? "https" : "http") + "://" + host + ":" + address.getPort() + "/RPC2");
    }

    @Override
    public void close() {
        stopQuietly(server);
        workers.shutdownNow();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception e) {
            // Stopping is best effort; the JVM is usually about to exit.
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "guest-agent-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** The bounds of the service: requests per second and burst, request body bytes, concurrent calls. */
    public record Limits(double ratePerSecond, int burst, int maxRequestBytes, int workers) {
        public Limits {
            if (ratePerSecond <= 0 || burst < 1 || maxRequestBytes < 1024 || workers < 1) {
                throw new IllegalArgumentException("rate > 0, burst >= 1, max request bytes >= 1024 and workers >= 1 are required");
            }
        }
    }
}
