package org.vemanager.conformance.operations;

import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.wbem.CloseableIterator;
import org.metricshub.wbem.javax.wbem.WBEMException;
import org.metricshub.wbem.javax.wbem.client.WBEMClient;

/** Finding things the way a client would: by enumerating and matching ElementName. */
final class DiscoveryPaths {

    private DiscoveryPaths() {
    }

    static CIMObjectPath vm(WBEMClient client, String name) throws WBEMException {
        CloseableIterator<CIMInstance> it = client.enumerateInstances(
                new CIMObjectPath(null, null, null, "root/virt", "VEM_ComputerSystem", null), true, false, false, null);
        try {
            while (it.hasNext()) {
                CIMInstance vm = it.next();
                if (name.equals(vm.getPropertyValue("ElementName"))) {
                    return vm.getObjectPath();
                }
            }
        } finally {
            it.close();
        }
        throw new AssertionError("no VM named " + name);
    }
}
