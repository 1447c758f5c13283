package org.vemanager.provider.support;

import java.util.Optional;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.vemanager.wbem.spi.CimException;

/**
 * Instances of a setting-data class served by the virtualization provider that another part of the
 * host defines: RASD templates of allocation capabilities, snapshots as VSSDs. The class's provider asks
 * each source by InstanceID before answering NOT_FOUND.
 */
@FunctionalInterface
public interface SettingSource {

    /**
     * The instance with this InstanceID; empty when it is none of this source's (an InstanceID of
     * another form, or one of its form that names nothing that exists).
     */
    Optional<CIMInstance> find(String instanceId) throws CimException;
}
