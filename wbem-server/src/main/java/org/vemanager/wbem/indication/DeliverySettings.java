package org.vemanager.wbem.indication;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * How indications are delivered.
 *
 * @param retryAttempts CIM_IndicationService.DeliveryRetryAttempts: retries after the first failed
 *     attempt, before the indication is given up (and the subscription's OnFatalErrorPolicy applies)
 * @param retryInterval CIM_IndicationService.DeliveryRetryInterval: the wait before the first
 *     retry; each further retry waits twice as long as the one before (exponential backoff), at
 *     most {@link #MAX_BACKOFF}
 * @param queueCapacity indications waiting per destination; when full the oldest is dropped
 * @param connectTimeout TCP/TLS connect timeout of one attempt
 * @param requestTimeout time allowed for one attempt's response
 * @param sslContext trust for https destinations; {@code null} means the JDK default trust store
 *     (the {@code javax.net.ssl.trustStore} system property or the JDK's cacerts)
 */
public record DeliverySettings(int retryAttempts, Duration retryInterval, int queueCapacity, Duration connectTimeout,
        Duration requestTimeout, SSLContext sslContext) {

    public static final Duration MAX_BACKOFF = Duration.ofMinutes(10);

    public DeliverySettings {
        if (retryAttempts < 0 || queueCapacity < 1 || retryInterval.isNegative()) {
            throw new IllegalArgumentException("retryAttempts >= 0, queueCapacity >= 1 and a non-negative retryInterval are required");
        }
    }

    /** The MOF defaults (3 retries, 30 s), 1000 queued indications per destination, 10 s / 30 s timeouts. */
    public static DeliverySettings defaults() {
        return new DeliverySettings(3, Duration.ofSeconds(30), 1000, Duration.ofSeconds(10), Duration.ofSeconds(30), null);
    }

    /** The wait before retry number {@code retry} (1-based). */
    Duration backoff(int retry) {
        Duration wait = retryInterval;
        for (int i = 1; i < retry && wait.compareTo(MAX_BACKOFF) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }

    public DeliverySettings withRetries(int attempts, Duration interval) {
        return new DeliverySettings(attempts, interval, queueCapacity, connectTimeout, requestTimeout, sslContext);
    }

    public DeliverySettings withQueueCapacity(int capacity) {
        return new DeliverySettings(retryAttempts, retryInterval, capacity, connectTimeout, requestTimeout, sslContext);
    }

    public DeliverySettings withSslContext(SSLContext context) {
        return new DeliverySettings(retryAttempts, retryInterval, queueCapacity, connectTimeout, requestTimeout, context);
    }

    /** An SSL context trusting exactly the certificates in a PKCS12 (or JKS) trust store. */
    public static SSLContext trustStore(Path file, char[] password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
