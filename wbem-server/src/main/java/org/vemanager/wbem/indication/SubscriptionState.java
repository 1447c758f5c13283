package org.vemanager.wbem.indication;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One immutable snapshot of every filter, destination and subscription (copy-on-write: publishing
 * reads a snapshot without locking while clients create and delete).
 */
record SubscriptionState(Map<String, FilterDefinition> filters, Map<String, ListenerDestination> destinations,
        List<Subscription> subscriptions) {

    static final SubscriptionState EMPTY = new SubscriptionState(Map.of(), Map.of(), List.of());

    /** An enabled subscription with its filter and destination resolved. */
    record Route(Subscription subscription, FilterDefinition filter, ListenerDestination destination) {
    }

    SubscriptionState {
        filters = Collections.unmodifiableMap(new LinkedHashMap<>(filters));
        destinations = Collections.unmodifiableMap(new LinkedHashMap<>(destinations));
        subscriptions = List.copyOf(subscriptions);
    }

    List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        for (Subscription subscription : subscriptions) {
            FilterDefinition filter = filters.get(subscription.filterName());
            ListenerDestination destination = destinations.get(subscription.destinationName());
            if (subscription.enabled() && filter != null && destination != null) {
                routes.add(new Route(subscription, filter, destination));
            }
        }
        return routes;
    }

    Optional<Subscription> subscription(String filterName, String destinationName) {
        return subscriptions.stream()
                .filter(s -> s.filterName().equals(filterName) && s.destinationName().equals(destinationName))
                .findFirst();
    }

    SubscriptionState withFilter(FilterDefinition filter) {
        Map<String, FilterDefinition> copy = new LinkedHashMap<>(filters);
        copy.put(filter.keys().name(), filter);
        return new SubscriptionState(copy, destinations, subscriptions);
    }

    SubscriptionState withoutFilter(String name) {
        Map<String, FilterDefinition> copy = new LinkedHashMap<>(filters);
        copy.remove(name);
        return new SubscriptionState(copy, destinations, subscriptions);
    }

    SubscriptionState withDestination(ListenerDestination destination) {
        Map<String, ListenerDestination> copy = new LinkedHashMap<>(destinations);
        copy.put(destination.keys().name(), destination);
        return new SubscriptionState(filters, copy, subscriptions);
    }

    SubscriptionState withoutDestination(String name) {
        Map<String, ListenerDestination> copy = new LinkedHashMap<>(destinations);
        copy.remove(name);
        return new SubscriptionState(filters, copy, subscriptions);
    }

    /** Adds {@code subscription}, or replaces the one with the same filter and destination. */
    SubscriptionState withSubscription(Subscription subscription) {
        List<Subscription> copy = new ArrayList<>(subscriptions);
        int index = indexOf(subscription.filterName(), subscription.destinationName());
        if (index >= 0) {
            copy.set(index, subscription);
        } else {
            copy.add(subscription);
        }
        return new SubscriptionState(filters, destinations, copy);
    }

    SubscriptionState withoutSubscription(String filterName, String destinationName) {
        List<Subscription> copy = new ArrayList<>(subscriptions);
        int index = indexOf(filterName, destinationName);
        if (index >= 0) {
            copy.remove(index);
        }
        return new SubscriptionState(filters, destinations, copy);
    }

    private int indexOf(String filterName, String destinationName) {
        for (int i = 0; i < subscriptions.size(); i++) {
            Subscription s = subscriptions.get(i);
            if (s.filterName().equals(filterName) && s.destinationName().equals(destinationName)) {
                return i;
            }
        }
        return -1;
    }
}
