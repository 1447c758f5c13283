package org.vemanager.wbem.operation;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;

/**
 * The open enumeration contexts: unguessable ids (128 random bits), owned by the user who opened
 * them, expiring when not pulled within their OperationTimeout, limited per user. Expired contexts
 * are removed when next touched and swept whenever a context is opened, so no timer thread is needed.
 */
final class EnumerationContexts {

    private final Map<String, EnumerationContext> contexts = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final int maxPerUser;
    private final int capacity;

    EnumerationContexts(Clock clock, int maxPerUser, int capacity) {
        this.clock = clock;
        this.maxPerUser = maxPerUser;
        this.capacity = capacity;
    }

    /** A new context, held (acquired) by the caller until {@link #release}. */
    EnumerationContext open(String user, String namespace, EnumerationContext.Kind kind, Duration timeout,
            List<EnumerationContext.Step> steps) throws CimException {
        Instant now = clock.instant();
        contexts.values().removeIf(c -> !c.busy() && c.expired(now));
        long mine = contexts.values().stream().filter(c -> c.user.equals(user)).count();
        if (mine >= maxPerUser) {
            throw new CimException(CimStatus.SERVER_LIMITS_EXCEEDED, "user " + user + " already holds " + mine
                + " open enumeration contexts (the limit); close some with CloseEnumeration");
        }
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        EnumerationContext context = new EnumerationContext(HexFormat.of().formatHex(bytes), user, namespace, kind, timeout, steps,
            capacity);
        context.tryAcquire();
        contexts.put(context.id, context);
        return context;
    }

    /**
     * The context {@code id}, held by the caller until {@link #release}: INVALID_ENUMERATION_CONTEXT
     * when unknown, expired, closed, owned by someone else, opened in another namespace, of another
     * kind, or busy with another operation.
     */
    EnumerationContext acquire(String id, String user, String namespace, EnumerationContext.Kind kind) throws CimException {
        EnumerationContext context = id == null ? null : contexts.get(id);
        if (context == null || !context.user.equals(user)) {
            throw invalid("no open enumeration context " + id + " for this user");
        }
        if (!context.namespace.equals(namespace)) {
            throw invalid("enumeration context " + id + " belongs to namespace " + context.namespace);
        }
        if (kind != null && context.kind != kind) {
            throw invalid("enumeration context " + id + " cannot be continued by this pull operation");
        }
        if (!context.tryAcquire()) {
            throw invalid("enumeration context " + id + " is in use by another operation");
        }
        if (context.expired(clock.instant())) {
            contexts.remove(id, context);
            throw invalid("enumeration context " + id + " expired (not pulled within its OperationTimeout)");
        }
        return context;
    }

    /** Lets the context's timer run again, or closes it when {@code close}. */
    void release(EnumerationContext context, boolean close) {
        if (close) {
            contexts.remove(context.id, context);
        }
        context.release(clock.instant());
    }

    int size() {
        return contexts.size();
    }

    private static CimException invalid(String message) {
        return new CimException(CimStatus.INVALID_ENUMERATION_CONTEXT, message);
    }
}
