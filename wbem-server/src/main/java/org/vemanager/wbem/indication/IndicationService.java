package org.vemanager.wbem.indication;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vemanager.wbem.query.ClassHierarchy;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.IndicationPublisher;

/**
 * Matches published indications against the enabled subscriptions (the filter's source namespaces,
 * then its query, with class inheritance from the server's repository) and hands each match, projected
 * to the filter's SELECT list, to its destination's {@link DeliveryQueue}. Publishing only matches
 * and enqueues: it never waits for the network.
 */
public final class IndicationService implements IndicationPublisher, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IndicationService.class);

    private final SubscriptionStore store;
    private final ClassHierarchy hierarchy;
    private final DeliverySettings settings;
    private final ExportSender sender;
    private final AtomicLong messageIds = new AtomicLong();
    private final Map<String, DeliveryQueue> queues = new ConcurrentHashMap<>();
    private volatile List<SubscriptionState.Route> routes;
    private volatile boolean closed;

    /**
     * @param hierarchy answers isA from the class repository (the FROM class and ISA of filters)
     */
    public IndicationService(SubscriptionStore store, ClassHierarchy hierarchy, DeliverySettings settings) {
        this.store = store;
        this.hierarchy = hierarchy;
        this.settings = settings;
        this.sender = new ExportSender(settings);
        this.routes = store.snapshot().routes();
        store.onChange(this::subscriptionsChanged);
    }

    public DeliverySettings settings() {
        return settings;
    }

    @Override
    public void publish(String sourceNamespace, CIMInstance indication) {
        if (closed) {
            return;
        }
        if (sourceNamespace == null || indication == null) {
            LOG.warn("An indication was published without {}; ignored", sourceNamespace == null ? "a source namespace" : "an instance");
            return;
        }
        for (SubscriptionState.Route route : routes) {
            try {
                FilterDefinition filter = route.filter();
                if (filter.listensTo(sourceNamespace) && filter.query().matches(indication, hierarchy)) {
                    DeliveryQueue queue = queue(route.destination());
                    if (queue != null) {
                        queue.offer(new DeliveryQueue.Pending(route.subscription(), filter.query().project(indication)));
                    }
                }
            } catch (RuntimeException e) {
                // A bad indication or filter must not stop the others, nor reach the provider.
                LOG.error("Indication {} could not be matched against filter {}", indication.getClassName(),
                        route.filter().keys().name(), e);
            }
        }
    }

    /** Delivery counters of one destination (all zero when nothing was sent to it yet). */
    public DeliveryStatistics statistics(String destinationName) {
        DeliveryQueue queue = queues.get(destinationName);
        return queue == null ? new DeliveryStatistics(0, 0, 0) : queue.statistics();
    }

    /** Indications waiting for {@code destinationName}, not counting the one being delivered. */
    public int waiting(String destinationName) {
        DeliveryQueue queue = queues.get(destinationName);
        return queue == null ? 0 : queue.waiting();
    }

    /** The destination's queue, made on first use; {@code null} once the destination was deleted. */
    private DeliveryQueue queue(ListenerDestination destination) {
        return queues.compute(destination.keys().name(), (name, existing) -> {
            if (existing != null && existing.destination().equals(destination)) {
                return existing;
            }
            if (existing != null) {
                existing.close();
            }
            // The route may be older than a deletion that happened meanwhile: make no orphan queue.
            if (closed || !destination.equals(store.snapshot().destinations().get(name))) {
                return null;
            }
            return new DeliveryQueue(destination, settings, sender, this::fatalError, messageIds);
        });
    }

    private void subscriptionsChanged() {
        SubscriptionState state = store.snapshot();
        routes = state.routes();
        queues.entrySet().removeIf(entry -> {
            boolean gone = !entry.getValue().destination().equals(state.destinations().get(entry.getKey()));
            if (gone) {
                entry.getValue().close();
            }
            return gone;
        });
    }

    /** Applies the subscription's OnFatalErrorPolicy once an indication was given up. */
    private void fatalError(Subscription subscription) {
        try {
            switch (subscription.onFatalErrorPolicy()) {
                case Subscription.DISABLE -> {
                    LOG.warn("Disabling the subscription of filter {} to {} (OnFatalErrorPolicy Disable)", subscription.filterName(),
                            subscription.destinationName());
                    store.replaceSubscription(subscription.withState(Subscription.DISABLED));
                }
                case Subscription.REMOVE -> {
                    LOG.warn("Removing the subscription of filter {} to {} (OnFatalErrorPolicy Remove)", subscription.filterName(),
                            subscription.destinationName());
                    store.removeSubscription(subscription.filterName(), subscription.destinationName());
                }
                default -> {
                    // Ignore: the next indication is tried as usual.
                }
            }
        } catch (CimException e) {
            LOG.debug("OnFatalErrorPolicy of {} -> {} not applied: {}", subscription.filterName(), subscription.destinationName(),
                    e.getMessage());
        }
    }

    /** Stops every delivery thread; indications still queued are discarded. */
    @Override
    public void close() {
        closed = true;
        queues.values().forEach(DeliveryQueue::close);
        queues.clear();
    }
}
