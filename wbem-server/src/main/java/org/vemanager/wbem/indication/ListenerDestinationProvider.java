package org.vemanager.wbem.indication;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;
import org.vemanager.wbem.interop.Paths;
import org.vemanager.wbem.interop.ServerIdentity;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.InstanceProvider;
import org.vemanager.wbem.spi.InstanceSink;
import org.vemanager.wbem.spi.InstanceWriteProvider;
import org.vemanager.wbem.spi.RequestContext;

/**
 * CIM_ListenerDestinationCIMXML (and any other class of {@link IndicationClassNames#destinations()}): where indications
 * go. Destination must be an absolute http or https URL with a host; Protocol, when given, must be
 * 2 (CIM-XML); PersistenceType defaults to 2 Permanent. Not modifiable: delete and create again.
 */
public final class ListenerDestinationProvider implements InstanceProvider, InstanceWriteProvider {

    private static final int CIM_XML = 2;

    private final ServerIdentity identity;
    private final IndicationClassNames names;
    private final SubscriptionStore store;

    public ListenerDestinationProvider(ServerIdentity identity, IndicationClassNames names, SubscriptionStore store) {
        this.identity = identity;
        this.names = names;
        this.store = store;
    }

    @Override
    public Set<String> classNames() {
        return new LinkedHashSet<>(names.destinations());
    }

    @Override
    public void enumerateInstances(RequestContext context, String className, InstanceSink sink) throws CimException {
        for (ListenerDestination destination : store.destinations()) {
            if (destination.keys().creationClassName().equalsIgnoreCase(className)) {
                sink.accept(instance(destination));
            }
        }
    }

    @Override
    public CIMInstance getInstance(RequestContext context, CIMObjectPath path) throws CimException {
        return instance(find(path));
    }

    private ListenerDestination find(CIMObjectPath path) throws CimException {
        return Keys.named(path, store::destination, ListenerDestination::keys, "listener destination");
    }

    static CIMInstance instance(ListenerDestination destination) {
        return Paths.instance(destination.keys().path(),
                new CIMProperty<>("ElementName", CIMDataType.STRING_T, destination.keys().name()),
                new CIMProperty<>("Destination", CIMDataType.STRING_T, destination.destination().toString()),
                new CIMProperty<>("PersistenceType", CIMDataType.UINT16_T, new UnsignedInteger16(destination.persistenceType())),
                new CIMProperty<>("Protocol", CIMDataType.UINT16_T, new UnsignedInteger16(CIM_XML)));
    }

    @Override
    public CIMObjectPath createInstance(RequestContext context, CIMInstance instance) throws CimException {
        String className = names.destinationClass(instance.getClassName());
        if (className == null) {
            throw new CimException(CimStatus.INVALID_CLASS, instance.getClassName() + " is not a CIM-XML listener destination class");
        }
        String name = InstanceValues.requiredString(instance, "Name");
        URI destination = destination(InstanceValues.requiredString(instance, "Destination"));
        Integer persistence = InstanceValues.integer(instance, "PersistenceType");
        int persistenceType = persistence == null ? ListenerDestination.PERMANENT : persistence;
        if (persistenceType < ListenerDestination.OTHER || persistenceType > ListenerDestination.TRANSIENT) {
            throw new CimException(CimStatus.INVALID_PARAMETER,
                    "PersistenceType " + persistenceType + " is not one of 1 (Other), 2 (Permanent), 3 (Transient)");
        }
        Integer protocol = InstanceValues.integer(instance, "Protocol");
        if (protocol != null && protocol != CIM_XML) {
            throw new CimException(CimStatus.INVALID_PARAMETER, "Protocol " + protocol + " is not supported; only 2 (CIM-XML) is");
        }
        ScopedKeys keys = Keys.of(instance, identity, className, name);
        store.addDestination(new ListenerDestination(keys, destination, persistenceType));
        return keys.path();
    }

    /** An absolute http(s) URL with a host, e.g. {@code https://console.example:5990/cimlistener}. */
    static URI destination(String text) throws CimException {
        URI uri;
        try {
            uri = new URI(text.trim());
        } catch (URISyntaxException e) {
            throw new CimException(CimStatus.INVALID_PARAMETER, "Destination '" + text + "' is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new CimException(CimStatus.INVALID_PARAMETER,
                    "Destination '" + text + "' must be an http:// or https:// URL (CIM-XML listeners only)");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new CimException(CimStatus.INVALID_PARAMETER, "Destination '" + text + "' has no host");
        }
        return uri;
    }

    @Override
    public void modifyInstance(RequestContext context, CIMInstance modified, String[] propertyList) throws CimException {
        throw new CimException(CimStatus.NOT_SUPPORTED,
                "Listener destinations cannot be modified; delete the destination and create a new one");
    }

    @Override
    public void deleteInstance(RequestContext context, CIMObjectPath path) throws CimException {
        store.removeDestination(find(path).keys().name());
    }
}
