package org.vemanager.provider.support;

import java.util.List;
import java.util.Optional;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.vemanager.wbem.spi.CimException;

/**
 * Instances of a setting-data class served by the virtualization provider that another part of the
 * host defines: RASD templates of allocation capabilities, snapshots as VSSDs and their RASDs. The class's
 * provider asks each source by InstanceID before answering NOT_FOUND, and lists each source's instances
 * of the class in its enumerations, so that enumeration and GetInstance agree (DSP0200).
 */
public interface SettingSource {

    /**
     * The instance with this InstanceID; empty when it is none of this source's (an InstanceID of
     * another form, or one of its form that names nothing that exists).
     */
    Optional<CIMInstance> find(String instanceId) throws CimException;

    /**
     * Every instance of exactly the class {@code className} (compared ignoring case) that this source
     * defines; empty, without asking libvirt, for a class it defines none of.
     */
    List<CIMInstance> all(String className) throws CimException;
}
