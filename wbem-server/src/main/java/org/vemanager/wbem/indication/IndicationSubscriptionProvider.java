package org.vemanager.wbem.indication;

import java.util.Set;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;
import org.vemanager.wbem.interop.InteropNamespace;
import org.vemanager.wbem.interop.Paths;
import org.vemanager.wbem.spi.AssociationProvider;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.InstanceSink;
import org.vemanager.wbem.spi.InstanceWriteProvider;
import org.vemanager.wbem.spi.RequestContext;

/**
 * CIM_IndicationSubscription: Filter and Handler must name an existing filter and destination
 * (else INVALID_PARAMETER), one subscription per pair (else ALREADY_EXISTS). SubscriptionState is 2
 * Enabled or 4 Disabled (default Enabled), OnFatalErrorPolicy 2 Ignore, 3 Disable or 4 Remove
 * (default Ignore); both can be modified. RepeatNotificationPolicy and the other repeat properties
 * are accepted and ignored: every matching indication is delivered.
 */
public final class IndicationSubscriptionProvider implements AssociationProvider, InstanceWriteProvider {

    private final IndicationClassNames names;
    private final SubscriptionStore store;

    public IndicationSubscriptionProvider(IndicationClassNames names, SubscriptionStore store) {
        this.names = names;
        this.store = store;
    }

    @Override
    public Set<String> classNames() {
        return Set.of(names.subscription());
    }

    @Override
    public void enumerateInstances(RequestContext context, String className, InstanceSink sink) throws CimException {
        for (Subscription subscription : store.subscriptions()) {
            CIMInstance instance = instance(subscription);
            if (instance != null) {
                sink.accept(instance);
            }
        }
    }

    @Override
    public CIMInstance getInstance(RequestContext context, CIMObjectPath path) throws CimException {
        return instance(find(path));
    }

    @Override
    public void references(RequestContext context, String associationClass, CIMObjectPath objectName, String role,
            InstanceSink sink) throws CimException {
        for (Subscription subscription : store.subscriptions()) {
            CIMInstance instance = instance(subscription);
            if (instance == null) {
                continue;
            }
            boolean anyRole = role == null || role.isEmpty();
            boolean asFilter = (anyRole || role.equalsIgnoreCase("Filter"))
                    && Paths.sameInstance((CIMObjectPath) instance.getPropertyValue("Filter"), objectName);
            boolean asHandler = (anyRole || role.equalsIgnoreCase("Handler"))
                    && Paths.sameInstance((CIMObjectPath) instance.getPropertyValue("Handler"), objectName);
            if (asFilter || asHandler) {
                sink.accept(instance);
            }
        }
    }

    private Subscription find(CIMObjectPath path) throws CimException {
        CIMObjectPath filter = refKey(path, "Filter");
        CIMObjectPath handler = refKey(path, "Handler");
        String filterName = filter == null ? null : Paths.keyString(filter, "Name");
        String handlerName = handler == null ? null : Paths.keyString(handler, "Name");
        for (Subscription subscription : store.subscriptions()) {
            if (subscription.filterName().equals(filterName) && subscription.destinationName().equals(handlerName)) {
                CIMInstance instance = instance(subscription);
                if (instance != null && Paths.sameInstance(instance.getObjectPath(), path)) {
                    return subscription;
                }
            }
        }
        throw new CimException(CimStatus.NOT_FOUND, "No indication subscription " + path);
    }

    private static CIMObjectPath refKey(CIMObjectPath path, String name) {
        return Paths.keyValue(path, name) instanceof CIMObjectPath ref ? ref : null;
    }

    /** The instance, or {@code null} in the instant between a filter's removal and its subscription's. */
    private CIMInstance instance(Subscription subscription) {
        FilterDefinition filter = store.filter(subscription.filterName()).orElse(null);
        ListenerDestination destination = store.destination(subscription.destinationName()).orElse(null);
        if (filter == null || destination == null) {
            return null;
        }
        CIMObjectPath path = Paths.association(InteropNamespace.NAME, names.subscription(),
                Paths.reference("Filter", "CIM_IndicationFilter", filter.keys().path()),
                Paths.reference("Handler", "CIM_ListenerDestination", destination.keys().path()));
        return Paths.instance(path,
                new CIMProperty<>("SubscriptionState", CIMDataType.UINT16_T, new UnsignedInteger16(subscription.state())),
                new CIMProperty<>("OnFatalErrorPolicy", CIMDataType.UINT16_T, new UnsignedInteger16(subscription.onFatalErrorPolicy())));
    }

    @Override
    public CIMObjectPath createInstance(RequestContext context, CIMInstance instance) throws CimException {
        CIMObjectPath filter = InstanceValues.reference(instance, "Filter");
        CIMObjectPath handler = InstanceValues.reference(instance, "Handler");
        if (!filter.getObjectName().equalsIgnoreCase(names.filter())) {
            throw new CimException(CimStatus.INVALID_PARAMETER, "Filter must reference a " + names.filter() + ", not " + filter);
        }
        if (names.destinationClass(handler.getObjectName()) == null) {
            throw new CimException(CimStatus.INVALID_PARAMETER,
                    "Handler must reference one of " + names.destinations() + ", not " + handler);
        }
        Subscription subscription = new Subscription(nameOf(filter, "Filter"), nameOf(handler, "Handler"),
                state(instance, Subscription.ENABLED), policy(instance, Subscription.IGNORE));
        store.addSubscription(subscription);
        return instance(subscription).getObjectPath();
    }

    private static String nameOf(CIMObjectPath ref, String property) throws CimException {
        String name = Paths.keyString(ref, "Name");
        if (name == null) {
            throw new CimException(CimStatus.INVALID_PARAMETER, property + " reference has no Name key: " + ref);
        }
        return name;
    }

    private static int state(CIMInstance instance, int fallback) throws CimException {
        Integer state = InstanceValues.integer(instance, "SubscriptionState");
        if (state == null) {
            return fallback;
        }
        if (state != Subscription.ENABLED && state != Subscription.DISABLED) {
            throw new CimException(CimStatus.INVALID_PARAMETER,
                    "SubscriptionState " + state + " is not supported; use 2 (Enabled) or 4 (Disabled)");
        }
        return state;
    }

    private static int policy(CIMInstance instance, int fallback) throws CimException {
        Integer policy = InstanceValues.integer(instance, "OnFatalErrorPolicy");
        if (policy == null) {
            return fallback;
        }
        if (policy < Subscription.IGNORE || policy > Subscription.REMOVE) {
            throw new CimException(CimStatus.INVALID_PARAMETER,
                    "OnFatalErrorPolicy " + policy + " is not supported; use 2 (Ignore), 3 (Disable) or 4 (Remove)");
        }
        return policy;
    }

    /** Changes SubscriptionState and/or OnFatalErrorPolicy; the references are keys and cannot change. */
    @Override
    public void modifyInstance(RequestContext context, CIMInstance modified, String[] propertyList) throws CimException {
        Subscription current = find(modified.getObjectPath());
        int state = selected("SubscriptionState", propertyList) ? state(modified, current.state()) : current.state();
        int policy = selected("OnFatalErrorPolicy", propertyList) ? policy(modified, current.onFatalErrorPolicy())
                : current.onFatalErrorPolicy();
        store.replaceSubscription(new Subscription(current.filterName(), current.destinationName(), state, policy));
    }

    private static boolean selected(String name, String[] propertyList) {
        if (propertyList == null) {
            return true;
        }
        for (String wanted : propertyList) {
            if (wanted.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void deleteInstance(RequestContext context, CIMObjectPath path) throws CimException {
        Subscription subscription = find(path);
        store.removeSubscription(subscription.filterName(), subscription.destinationName());
    }
}
