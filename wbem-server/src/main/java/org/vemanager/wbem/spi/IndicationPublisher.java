package org.vemanager.wbem.spi;

import org.metricshub.wbem.javax.cim.CIMInstance;

/**
 * Where a provider raises indications (CIM_InstCreation, CIM_InstDeletion, CIM_InstModification, …).
 * The server matches them against subscriptions' filters and delivers them; publishing never blocks
 * the provider (delivery queues are bounded and drop with a log line when full).
 */
public interface IndicationPublisher {

    /**
     * @param sourceNamespace the namespace whose instances changed (what SourceNamespaces filters on)
     * @param indication an instance of a CIM_Indication subclass
     */
    void publish(String sourceNamespace, CIMInstance indication);
}
