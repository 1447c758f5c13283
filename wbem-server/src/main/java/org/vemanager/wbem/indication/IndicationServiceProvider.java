package org.vemanager.wbem.indication;

import java.util.Set;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;
import org.metricshub.wbem.javax.cim.UnsignedInteger32;
import org.vemanager.wbem.interop.InteropNamespace;
import org.vemanager.wbem.interop.Paths;
import org.vemanager.wbem.interop.ServerIdentity;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.InstanceProvider;
import org.vemanager.wbem.spi.InstanceSink;
import org.vemanager.wbem.spi.RequestContext;

/**
 * The one CIM_IndicationService (DSP1054's central instance) and its
 * CIM_IndicationServiceCapabilities: what the delivery settings are and that none of them is
 * settable by clients. Read-only.
 */
public final class IndicationServiceProvider implements InstanceProvider {

    /** SubscriptionRemovalAction 4 = Ignore: subscriptions are never removed for being unreachable long. */
    private static final int REMOVAL_IGNORE = 4;

    private final ServerIdentity identity;
    private final IndicationClassNames names;
    private final DeliverySettings settings;

    public IndicationServiceProvider(ServerIdentity identity, IndicationClassNames names, DeliverySettings settings) {
        this.identity = identity;
        this.names = names;
        this.settings = settings;
    }

    @Override
    public Set<String> classNames() {
        return Set.of(names.service(), names.capabilities());
    }

    public CIMObjectPath servicePath() {
        return Paths.of(InteropNamespace.NAME, names.service(),
                "SystemCreationClassName", identity.systemCreationClassName(),
                "SystemName", identity.hostName(),
                "CreationClassName", names.service(),
                "Name", identity.objectManagerName() + ":IndicationService");
    }

    public CIMObjectPath capabilitiesPath() {
        return Paths.of(InteropNamespace.NAME, names.capabilities(), "InstanceID", identity.objectManagerName() + ":IndicationService");
    }

    @Override
    public void enumerateInstances(RequestContext context, String className, InstanceSink sink) throws CimException {
        sink.accept(className.equalsIgnoreCase(names.service()) ? service() : capabilities());
    }

    @Override
    public CIMInstance getInstance(RequestContext context, CIMObjectPath path) throws CimException {
        if (Paths.sameInstance(servicePath(), path)) {
            return service();
        }
        if (Paths.sameInstance(capabilitiesPath(), path)) {
            return capabilities();
        }
        throw new CimException(CimStatus.NOT_FOUND, "No " + path.getObjectName() + " instance " + path);
    }

    private CIMInstance service() {
        long intervalSeconds = Math.max(0, settings.retryInterval().toSeconds());
        return Paths.instance(servicePath(),
                new CIMProperty<>("ElementName", CIMDataType.STRING_T, "Indication Service"),
                new CIMProperty<>("FilterCreationEnabled", CIMDataType.BOOLEAN_T, Boolean.TRUE),
                new CIMProperty<>("DeliveryRetryAttempts", CIMDataType.UINT16_T, new UnsignedInteger16(settings.retryAttempts())),
                new CIMProperty<>("DeliveryRetryInterval", CIMDataType.UINT32_T, new UnsignedInteger32(intervalSeconds)),
                new CIMProperty<>("SubscriptionRemovalAction", CIMDataType.UINT16_T, new UnsignedInteger16(REMOVAL_IGNORE)),
                new CIMProperty<>("EnabledState", CIMDataType.UINT16_T, new UnsignedInteger16(2)),
                new CIMProperty<>("Started", CIMDataType.BOOLEAN_T, Boolean.TRUE));
    }

    private CIMInstance capabilities() {
        return Paths.instance(capabilitiesPath(),
                new CIMProperty<>("ElementName", CIMDataType.STRING_T, "Indication Service Capabilities"),
                new CIMProperty<>("FilterCreationEnabledIsSettable", CIMDataType.BOOLEAN_T, Boolean.FALSE),
                new CIMProperty<>("DeliveryRetryAttemptsIsSettable", CIMDataType.BOOLEAN_T, Boolean.FALSE),
                new CIMProperty<>("DeliveryRetryIntervalIsSettable", CIMDataType.BOOLEAN_T, Boolean.FALSE),
                new CIMProperty<>("SubscriptionRemovalActionIsSettable", CIMDataType.BOOLEAN_T, Boolean.FALSE),
                new CIMProperty<>("SubscriptionRemovalTimeIntervalIsSettable", CIMDataType.BOOLEAN_T, Boolean.FALSE),
                new CIMProperty<>("MaxListenerDestinations", CIMDataType.UINT32_T,
                        new UnsignedInteger32(SubscriptionStore.MAX_DESTINATIONS)),
                new CIMProperty<>("MaxActiveSubscriptions", CIMDataType.UINT32_T,
                        new UnsignedInteger32(SubscriptionStore.MAX_SUBSCRIPTIONS)),
                new CIMProperty<>("SubscriptionsPersisted", CIMDataType.BOOLEAN_T, Boolean.TRUE));
    }
}
