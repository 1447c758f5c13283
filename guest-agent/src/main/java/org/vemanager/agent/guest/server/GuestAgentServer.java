package org.vemanager.agent.guest.server;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import org.vemanager.agent.guest.rpc.XmlRpcDispatcher;

/**
 * The guest-agent's HTTP(S) endpoint, on the JDK's own {@code com.sun.net.httpserver}.
 *
 * <p>Why this server: it ships with every JDK, so the guest needs nothing beyond the agent's
 * three small jars; it does TLS (and client-certificate checks) through a plain
 * {@link SSLContext}; and the one handler we need is ~100 lines. Apache XML-RPC's own WebServer
 * has no TLS and no limits; Jetty would do everything but triple the agent's footprint in every
 * VM for one POST endpoint. The limits Jetty would give us are ours instead: body size in
 * {@link XmlRpcExchangeHandler}, request and response time through the JDK server's
 * {@code sun.net.httpserver.*} limits (set below unless the operator set them),
 * a small fixed worker pool, and the rate limit.
 */
public final class GuestAgentServer implements AutoCloseable {
    // The JDK server reads these once, when its first instance is made; the operator's -D settings win.
    static {
        // Seconds a client may take to send its request (slow senders are cut off)…
        setDefault("sun.net.httpserver.maxReqTime", "30");
        // …and we to answer (above the 60 s limit of any tool we run).
        setDefault("sun.net.httpserver.maxRspTime", "120");
        setDefault("sun.net.httpserver.maxReqHeaders", "64");
        setDefault("sun.net.httpserver.maxReqHeaderSize", "16384");
        setDefault("sun.net.httpserver.maxConnections", "64");
    }

    private final HttpServer server;
    private final ExecutorService workers;
    private final boolean tls;

    private GuestAgentServer(HttpServer server, ExecutorService workers, boolean tls) {
        this.server = server;
        this.workers = workers;
        this.tls = tls;
    }

    /**
     * Binds and starts.
     *
     * @param tlsContext    the server's TLS context, or null for plain HTTP (only when asked for)
     * @param needClientCert whether clients must present a certificate (mutual TLS)
     * @param authenticator the token check, or null when mutual TLS alone authenticates
     */
    public static GuestAgentServer start(InetSocketAddress listen, SSLContext tlsContext, boolean needClientCert,
                                         TokenAuthenticator authenticator, XmlRpcDispatcher dispatcher,
                                         Limits limits) throws IOException {
        HttpServer server;
        if (tlsContext != null) {
            HttpsServer https = HttpsServer.create(listen, 64);
            https.setHttpsConfigurator(new HttpsConfigurator(tlsContext) {
                @Override
                public void configure(HttpsParameters params) {
                    SSLParameters ssl = tlsContext.getDefaultSSLParameters();
                    ssl.setProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
                    ssl.setNeedClientAuth(needClientCert);
                    params.setSSLParameters(ssl);
                }
            });
            server = https;
        } else {
            server = HttpServer.create(listen, 64);
        }
        RateLimiter limiter = new RateLimiter(limits.ratePerSecond(), limits.burst(), System::nanoTime);
        server.createContext("/", new XmlRpcExchangeHandler(dispatcher, authenticator, limiter,
            limits.maxRequestBytes(), limits.ratePerSecond()));
        ExecutorService workers = Executors.newFixedThreadPool(limits.workers(), daemonThreads());
        server.setExecutor(workers);
        server.start();
        return new GuestAgentServer(server, workers, tlsContext != null);
    }

    /** The address actually bound (port 0 resolved). */
    public InetSocketAddress address() {
        return server.getAddress();
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
        server.stop(0);
        workers.shutdownNow();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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

    private static void setDefault(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    /** The bounds of the service. */
    public record Limits(double ratePerSecond, int burst, int maxRequestBytes, int workers) {
        public Limits {
            if (ratePerSecond <= 0 || burst < 1 || maxRequestBytes < 1024 || workers < 1) {
                throw new IllegalArgumentException("rate > 0, burst >= 1, max request bytes >= 1024 and workers >= 1 are required");
            }
        }
    }
}
