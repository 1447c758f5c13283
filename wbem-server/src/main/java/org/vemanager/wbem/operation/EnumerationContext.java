package org.vemanager.wbem.operation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;

/**
 * One open enumeration (DSP0200 pull operations). Results are produced lazily, one step at a time
 * (a step is one provider call: one class, or one association class), only when a pull needs more
 * items than are buffered; the buffer is bounded and overflowing it is SERVER_LIMITS_EXCEEDED.
 */
final class EnumerationContext {

    /** What the context yields, which decides the pull operation that may continue it. */
    enum Kind {
        /** VALUE.INSTANCEWITHPATH, continued by PullInstancesWithPath. */
        INSTANCES_WITH_PATH,
        /** Instance paths, continued by PullInstancePaths. */
        PATHS,
        /** Instances without path (OpenQueryInstances), continued by PullInstances. */
        INSTANCES
    }

    /** One provider call that pushes its items into the context. */
    @FunctionalInterface
    interface Step {
        void run(ItemSink sink) throws CimException;
    }

    @FunctionalInterface
    interface ItemSink {
        void add(Object item) throws CimException;
    }

    final String id;
    final String user;
    final String namespace;
    final Kind kind;
    /** Null: never expires. */
    final Duration timeout;
    private final Iterator<Step> steps;
    private final ArrayDeque<Object> buffer = new ArrayDeque<>();
    private final int capacity;
    private final AtomicBoolean busy = new AtomicBoolean();
    private volatile Instant expiresAt;

    EnumerationContext(String id, String user, String namespace, Kind kind, Duration timeout, List<Step> steps, int capacity) {
        this.id = id;
        this.user = user;
        this.namespace = namespace;
        this.kind = kind;
        this.timeout = timeout;
        this.steps = List.copyOf(steps).iterator();
        this.capacity = capacity;
    }

    boolean tryAcquire() {
        return busy.compareAndSet(false, true);
    }

    void release(Instant now) {
        expiresAt = timeout == null ? null : now.plus(timeout);
        busy.set(false);
    }

    boolean busy() {
        return busy.get();
    }

    boolean expired(Instant now) {
        Instant at = expiresAt;
        return at != null && now.isAfter(at);
    }

    /** Up to {@code max} items, producing more (step by step) only as needed. */
    List<Object> take(int max) throws CimException {
        while (buffer.size() < max && steps.hasNext()) {
            steps.next().run(this::add);
        }
        int n = Math.min(max, buffer.size());
        List<Object> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            items.add(buffer.poll());
        }
        return items;
    }

    private void add(Object item) throws CimException {
        if (buffer.size() >= capacity) {
            throw new CimException(CimStatus.SERVER_LIMITS_EXCEEDED, "the enumeration would buffer more than " + capacity
                + " items between pulls; use a smaller class or a filter");
        }
        buffer.add(item);
    }

    boolean exhausted() {
        return buffer.isEmpty() && !steps.hasNext();
    }

    /** The number of remaining items when every step has run, else null (unknown without producing them all). */
    Long knownRemaining() {
        return steps.hasNext() ? null : (long) buffer.size();
    }
}
