package org.vemanager.wbem.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.vemanager.wbem.cimxml.XmlLimits;

/**
 * Everything a {@link WbemServer} needs besides its dispatcher. Secure by default: HTTPS on 5989,
 * no plain HTTP unless {@code httpPort} is set, authentication always on.
 *
 * @param httpsPort HTTPS port (0: any free port; -1: no HTTPS, allowed only with an HTTP port)
 * @param httpPort plain HTTP port, or -1 for none (0: any free port)
 * @param bindAddress the address to listen on (null: all interfaces)
 * @param keystore a PKCS12 keystore with the server's key and certificate, or null to generate a
 *     self-signed one in {@code stateDir}
 * @param keystorePassword the keystore's password (null with a generated keystore)
 * @param stateDir where a generated certificate is kept across restarts
 * @param passwordFile the users (see {@code PasswordFile}); required
 * @param truststore PKCS12 truststore of client CAs: when set, a client certificate whose subject CN
 *     names a user of the password file authenticates that user
 * @param truststorePassword the truststore's password
 * @param hostName the host written in INSTANCEPATH/CLASSPATH elements
 * @param limits request and resource bounds
 * @param statisticsEnabled whether to answer {@code WBEMServerResponseTime} (CIM_ObjectManager.GatherStatisticalData)
 */
public record WbemServerConfig(
        int httpsPort,
        int httpPort,
        String bindAddress,
        Path keystore,
        String keystorePassword,
        Path stateDir,
        Path passwordFile,
        Path truststore,
        String truststorePassword,
        String hostName,
        Limits limits,
        BooleanSupplier statisticsEnabled) {

    public static final int DEFAULT_HTTPS_PORT = 5989;

    public WbemServerConfig {
        if (passwordFile == null) {
            throw new IllegalArgumentException("a password file is required: the server has no anonymous access");
        }
        if (httpsPort < 0 && httpPort < 0) {
            throw new IllegalArgumentException("neither an HTTPS nor an HTTP port is configured");
        }
        if (httpsPort >= 0 && keystore == null && stateDir == null) {
            throw new IllegalArgumentException("HTTPS needs a keystore or a state directory to keep a generated certificate in");
        }
        if (limits == null) {
            limits = Limits.DEFAULT;
        }
        if (statisticsEnabled == null) {
            statisticsEnabled = () -> false;
        }
        if (hostName == null) {
            hostName = "localhost";
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Resource bounds. A body over {@code maxBodyBytes} is answered 413 with {@code CIMError:
     * request-not-valid}; more than {@code maxConcurrentRequests} at once are answered 503 with
     * {@code Retry-After} before authentication or parsing.
     *
     * @param maxBodyBytes request body size
     * @param xml element count, depth and text length of a request document
     * @param maxConcurrentRequests requests served at once
     * @param idleTimeout a connection silent this long is closed
     * @param bodyTimeout the whole body must arrive within this (against clients trickling bytes)
     * @param maxHeaderBytes request header size
     * @param responseBufferBytes response bytes buffered before the first is sent (smaller responses get a Content-Length)
     * @param loginBackoff the first failed-login delay (doubling per failure up to {@code 64 *} this)
     */
    public record Limits(
            long maxBodyBytes,
            XmlLimits xml,
            int maxConcurrentRequests,
            Duration idleTimeout,
            Duration bodyTimeout,
            int maxHeaderBytes,
            int responseBufferBytes,
            Duration loginBackoff) {

        public static final Limits DEFAULT = new Limits(16L * 1024 * 1024, XmlLimits.DEFAULT, 32, Duration.ofSeconds(30),
            Duration.ofSeconds(60), 16 * 1024, 64 * 1024, Duration.ofMillis(250));

        public Limits withMaxBodyBytes(long value) {
            return new Limits(value, xml, maxConcurrentRequests, idleTimeout, bodyTimeout, maxHeaderBytes, responseBufferBytes,
                loginBackoff);
        }

        public Limits withXml(XmlLimits value) {
            return new Limits(maxBodyBytes, value, maxConcurrentRequests, idleTimeout, bodyTimeout, maxHeaderBytes, responseBufferBytes,
                loginBackoff);
        }

        public Limits withMaxConcurrentRequests(int value) {
            return new Limits(maxBodyBytes, xml, value, idleTimeout, bodyTimeout, maxHeaderBytes, responseBufferBytes, loginBackoff);
        }

        public Limits withTimeouts(Duration idle, Duration body) {
            return new Limits(maxBodyBytes, xml, maxConcurrentRequests, idle, body, maxHeaderBytes, responseBufferBytes, loginBackoff);
        }

        public Limits withLoginBackoff(Duration value) {
            return new Limits(maxBodyBytes, xml, maxConcurrentRequests, idleTimeout, bodyTimeout, maxHeaderBytes, responseBufferBytes,
                value);
        }
    }

    /** Builds a config; unset values take the secure defaults. */
    public static final class Builder {
        private int httpsPort = DEFAULT_HTTPS_PORT;
        private int httpPort = -1;
        private String bindAddress;
        private Path keystore;
        private String keystorePassword;
        private Path stateDir;
        private Path passwordFile;
        private Path truststore;
        private String truststorePassword;
        private String hostName;
        private Limits limits = Limits.DEFAULT;
        private BooleanSupplier statisticsEnabled = () -> false;

        public Builder httpsPort(int port) {
            this.httpsPort = port;
            return this;
        }

        public Builder httpPort(int port) {
            this.httpPort = port;
            return this;
        }

        public Builder bindAddress(String address) {
            this.bindAddress = address;
            return this;
        }

        public Builder keystore(Path path, String password) {
            this.keystore = path;
            this.keystorePassword = password;
            return this;
        }

        public Builder stateDir(Path dir) {
            this.stateDir = dir;
            return this;
        }

        public Builder passwordFile(Path file) {
            this.passwordFile = file;
            return this;
        }

        public Builder truststore(Path path, String password) {
            this.truststore = path;
            this.truststorePassword = password;
            return this;
        }

        public Builder hostName(String name) {
            this.hostName = name;
            return this;
        }

        public Builder limits(Limits value) {
            this.limits = value;
            return this;
        }

        public Builder statisticsEnabled(BooleanSupplier value) {
            this.statisticsEnabled = value;
            return this;
        }

        public WbemServerConfig build() {
            return new WbemServerConfig(httpsPort, httpPort, bindAddress, keystore, keystorePassword, stateDir, passwordFile,
                truststore, truststorePassword, hostName, limits, statisticsEnabled);
        }
    }
}
