package org.vemanager.wbem.indication;

import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;
import org.vemanager.wbem.interop.InteropNamespace;
import org.vemanager.wbem.spi.RequestContext;

/** The instances a WBEM client sends in CreateInstance to subscribe, as pywbem builds them. */
final class Clients {

    static final RequestContext ADMIN = new RequestContext(InteropNamespace.NAME, "admin");

    private Clients() {
    }

    static CIMInstance filter(String name, String language, String query, String... sourceNamespaces) {
        return new CIMInstance(new CIMObjectPath(null, null, null, InteropNamespace.NAME, "CIM_IndicationFilter", null),
                new CIMProperty<?>[] {
                    new CIMProperty<>("Name", CIMDataType.STRING_T, name),
                    new CIMProperty<>("QueryLanguage", CIMDataType.STRING_T, language),
                    new CIMProperty<>("Query", CIMDataType.STRING_T, query),
                    new CIMProperty<>("SourceNamespaces", CIMDataType.STRING_ARRAY_T,
                            sourceNamespaces.length == 0 ? null : sourceNamespaces),
                });
    }

    static CIMInstance destination(String name, String url, Integer persistenceType) {
        return new CIMInstance(new CIMObjectPath(null, null, null, InteropNamespace.NAME, "CIM_ListenerDestinationCIMXML", null),
                new CIMProperty<?>[] {
                    new CIMProperty<>("Name", CIMDataType.STRING_T, name),
                    new CIMProperty<>("Destination", CIMDataType.STRING_T, url),
                    new CIMProperty<>("PersistenceType", CIMDataType.UINT16_T,
                            persistenceType == null ? null : new UnsignedInteger16(persistenceType)),
                });
    }

    static CIMInstance subscription(CIMObjectPath filter, CIMObjectPath handler, CIMProperty<?>... others) {
        CIMProperty<?>[] properties = new CIMProperty<?>[2 + others.length];
        properties[0] = new CIMProperty<>("Filter", new CIMDataType("CIM_IndicationFilter"), filter);
        properties[1] = new CIMProperty<>("Handler", new CIMDataType("CIM_ListenerDestination"), handler);
        System.arraycopy(others, 0, properties, 2, others.length);
        return new CIMInstance(new CIMObjectPath(null, null, null, InteropNamespace.NAME, "CIM_IndicationSubscription", null),
                properties);
    }
}
