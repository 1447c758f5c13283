package org.vemanager.wbem.indication;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The indications waiting for one destination and the one thread that delivers them, in order: the
 * next indication is sent only once the one before is delivered or given up. {@link #offer} never
 * blocks: when the queue is full it drops the oldest waiting indication, counts it and logs a WARN
 * (the first drop, then every 1000th, so a dead listener cannot flood the log).
 */
final class DeliveryQueue {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryQueue.class);

    /** An indication on its way, with the subscription that selected it (for OnFatalErrorPolicy). */
    record Pending(Subscription subscription, CIMInstance indication) {
    }

    private final ListenerDestination destination;
    private final DeliverySettings settings;
    private final ExportSender sender;
    private final Consumer<Subscription> onFatalError;
    private final AtomicLong messageIds;
    private final ArrayDeque<Pending> waiting = new ArrayDeque<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final Thread worker;
    private boolean closed;

    DeliveryQueue(ListenerDestination destination, DeliverySettings settings, ExportSender sender, Consumer<Subscription> onFatalError,
            AtomicLong messageIds) {
        this.destination = destination;
        this.settings = settings;
        this.sender = sender;
        this.onFatalError = onFatalError;
        this.messageIds = messageIds;
        this.worker = new Thread(this::run, "indication-delivery-" + destination.keys().name());
        worker.setDaemon(true);
        worker.start();
    }

    ListenerDestination destination() {
        return destination;
    }

    void offer(Pending pending) {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            if (waiting.size() >= settings.queueCapacity()) {
                waiting.pollFirst();
                long count = dropped.incrementAndGet();
                if (count == 1 || count % 1000 == 0) {
                    LOG.warn("Indication queue for {} ({}) is full ({} waiting): dropped the oldest indication ({} dropped so far)",
                            destination.keys().name(), destination.destination(), settings.queueCapacity(), count);
                }
            }
            waiting.addLast(pending);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    DeliveryStatistics statistics() {
        return new DeliveryStatistics(delivered.get(), dropped.get(), failed.get());
    }

    /** Indications waiting (not counting the one being delivered). */
    int waiting() {
        lock.lock();
        try {
            return waiting.size();
        } finally {
            lock.unlock();
        }
    }

    /** Stops the worker; indications still waiting are discarded. */
    void close() {
        lock.lock();
        try {
            closed = true;
            waiting.clear();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        worker.interrupt();
    }

    private Pending take() throws InterruptedException {
        lock.lock();
        try {
            while (!closed && waiting.isEmpty()) {
                changed.await();
            }
            return closed ? null : waiting.pollFirst();
        } finally {
            lock.unlock();
        }
    }

    private void run() {
        try {
            for (Pending pending = take(); pending != null; pending = take()) {
                deliver(pending);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void deliver(Pending pending) throws InterruptedException {
        String body = ExportMessageWriter.exportIndication(messageIds.incrementAndGet(), pending.indication());
        ExportSender.Result result = sender.send(destination.destination(), body);
        for (int retry = 1; result.outcome() == ExportSender.Outcome.RETRY && retry <= settings.retryAttempts(); retry++) {
            Duration wait = settings.backoff(retry);
            LOG.debug("Delivery to {} failed ({}); retry {} of {} in {}", destination.destination(), result.detail(), retry,
                    settings.retryAttempts(), wait);
            if (!sleep(wait)) {
                return;
            }
            result = sender.send(destination.destination(), body);
        }
        if (result.outcome() == ExportSender.Outcome.DELIVERED) {
            delivered.incrementAndGet();
            return;
        }
        failed.incrementAndGet();
        LOG.warn("Indication {} to {} ({}) was not delivered: {}", pending.indication().getClassName(), destination.keys().name(),
                destination.destination(), result.detail());
        onFatalError.accept(pending.subscription());
    }

    /** Waits, returning false when the queue was closed meanwhile. */
    private boolean sleep(Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        lock.lock();
        try {
            long remaining = deadline - System.nanoTime();
            while (!closed && remaining > 0) {
                changed.awaitNanos(remaining);
                remaining = deadline - System.nanoTime();
            }
            return !closed;
        } finally {
            lock.unlock();
        }
    }
}
