package org.vemanager.wbem.indication;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;

/**
 * The filters, destinations and subscriptions, with their rules (DSP1054): names are unique, a
 * subscription needs an existing filter and destination, a filter or destination in use by a
 * subscription cannot be deleted. Every change is written to the state file before it becomes
 * visible; if writing fails, nothing changes and the client gets FAILED.
 */
public final class SubscriptionStore {

    /** CIM_IndicationServiceCapabilities.MaxListenerDestinations: one delivery thread each. */
    public static final int MAX_DESTINATIONS = 100;
    /** CIM_IndicationServiceCapabilities.MaxActiveSubscriptions. */
    public static final int MAX_SUBSCRIPTIONS = 1000;

    private final StateFile file;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile SubscriptionState state;

    private SubscriptionStore(StateFile file, SubscriptionState state) {
        this.file = file;
        this.state = state;
    }

    /** Loads the store kept in {@code stateDirectory} (empty when there is none yet). */
    public static SubscriptionStore open(Path stateDirectory) throws IOException {
        StateFile file = new StateFile(stateDirectory);
        return new SubscriptionStore(file, file.load());
    }

    /** A store that forgets everything at exit (tests, or a server run without a state directory). */
    public static SubscriptionStore inMemory() {
        return new SubscriptionStore(null, SubscriptionState.EMPTY);
    }

    /** Called after each change (the delivery side drops queues of deleted destinations). */
    void onChange(Runnable listener) {
        listeners.add(listener);
    }

    SubscriptionState snapshot() {
        return state;
    }

    public List<FilterDefinition> filters() {
        return List.copyOf(state.filters().values());
    }

    public List<ListenerDestination> destinations() {
        return List.copyOf(state.destinations().values());
    }

    public List<Subscription> subscriptions() {
        return state.subscriptions();
    }

    public Optional<FilterDefinition> filter(String name) {
        return Optional.ofNullable(state.filters().get(name));
    }

    public Optional<ListenerDestination> destination(String name) {
        return Optional.ofNullable(state.destinations().get(name));
    }

    public void addFilter(FilterDefinition filter) throws CimException {
        update(current -> current.withFilter(filter), current -> {
            if (current.filters().containsKey(filter.keys().name())) {
                throw new CimException(CimStatus.ALREADY_EXISTS,
                        "An indication filter named '" + filter.keys().name() + "' already exists");
            }
        });
    }

    public void removeFilter(String name) throws CimException {
        update(current -> current.withoutFilter(name), current -> {
            if (!current.filters().containsKey(name)) {
                throw new CimException(CimStatus.NOT_FOUND, "No indication filter named '" + name + "'");
            }
            for (Subscription subscription : current.subscriptions()) {
                if (subscription.filterName().equals(name)) {
                    throw new CimException(CimStatus.FAILED, "Indication filter '" + name + "' is used by the subscription to destination '"
                            + subscription.destinationName() + "'; delete the subscription first");
                }
            }
        });
    }

    public void addDestination(ListenerDestination destination) throws CimException {
        update(current -> current.withDestination(destination), current -> {
            if (current.destinations().containsKey(destination.keys().name())) {
                throw new CimException(CimStatus.ALREADY_EXISTS,
                        "A listener destination named '" + destination.keys().name() + "' already exists");
            }
            if (current.destinations().size() >= MAX_DESTINATIONS) {
                throw new CimException(CimStatus.SERVER_LIMITS_EXCEEDED,
                        "The server already has " + MAX_DESTINATIONS + " listener destinations, its limit; delete unused ones first");
            }
        });
    }

    public void removeDestination(String name) throws CimException {
        update(current -> current.withoutDestination(name), current -> {
            if (!current.destinations().containsKey(name)) {
                throw new CimException(CimStatus.NOT_FOUND, "No listener destination named '" + name + "'");
            }
            for (Subscription subscription : current.subscriptions()) {
                if (subscription.destinationName().equals(name)) {
                    throw new CimException(CimStatus.FAILED, "Listener destination '" + name + "' is used by the subscription of filter '"
                            + subscription.filterName() + "'; delete the subscription first");
                }
            }
        });
    }

    public void addSubscription(Subscription subscription) throws CimException {
        update(current -> current.withSubscription(subscription), current -> {
            if (!current.filters().containsKey(subscription.filterName())) {
                throw new CimException(CimStatus.INVALID_PARAMETER,
                        "Filter: no indication filter named '" + subscription.filterName() + "' exists; create it first");
            }
            if (!current.destinations().containsKey(subscription.destinationName())) {
                throw new CimException(CimStatus.INVALID_PARAMETER,
                        "Handler: no listener destination named '" + subscription.destinationName() + "' exists; create it first");
            }
            if (current.subscription(subscription.filterName(), subscription.destinationName()).isPresent()) {
                throw new CimException(CimStatus.ALREADY_EXISTS, "Filter '" + subscription.filterName()
                        + "' is already subscribed to destination '" + subscription.destinationName() + "'");
            }
            if (current.subscriptions().size() >= MAX_SUBSCRIPTIONS) {
                throw new CimException(CimStatus.SERVER_LIMITS_EXCEEDED,
                        "The server already has " + MAX_SUBSCRIPTIONS + " subscriptions, its limit; delete unused ones first");
            }
        });
    }

    /** Replaces an existing subscription (same filter and destination), e.g. to change its state. */
    public void replaceSubscription(Subscription subscription) throws CimException {
        update(current -> current.withSubscription(subscription),
                current -> requireSubscription(current, subscription.filterName(), subscription.destinationName()));
    }

    public void removeSubscription(String filterName, String destinationName) throws CimException {
        update(current -> current.withoutSubscription(filterName, destinationName),
                current -> requireSubscription(current, filterName, destinationName));
    }

    private static void requireSubscription(SubscriptionState current, String filterName, String destinationName)
            throws CimException {
        if (current.subscription(filterName, destinationName).isEmpty()) {
            throw new CimException(CimStatus.NOT_FOUND,
                    "No subscription of filter '" + filterName + "' to destination '" + destinationName + "'");
        }
    }

    @FunctionalInterface
    private interface Check {
        void verify(SubscriptionState current) throws CimException;
    }

    private void update(UnaryOperator<SubscriptionState> change, Check check) throws CimException {
        synchronized (this) {
            SubscriptionState current = state;
            check.verify(current);
            SubscriptionState next = change.apply(current);
            if (file != null) {
                try {
                    file.save(next);
                } catch (IOException e) {
                    throw new CimException(CimStatus.FAILED, "The subscription state could not be saved to " + file.path() + ": "
                            + e.getMessage() + "; nothing was changed", e);
                }
            }
            state = next;
        }
        for (Runnable listener : listeners) {
            listener.run();
        }
    }
}
