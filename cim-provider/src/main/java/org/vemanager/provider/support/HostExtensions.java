package org.vemanager.provider.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.provider.support.BinaryAssociationProvider.Link;
import org.vemanager.wbem.spi.CimException;

/**
 * What the parts of one host contribute to classes that only one provider may serve: more links of
 * VEM_HostedService and VEM_ElementCapabilities (the VSMS, pool and snapshot services; services inside
 * guests) and VEM_SystemDevice (the host's own processors, memory and volumes), and instances of the
 * setting-data classes (VSSD, RASDs) that the virtual-system provider does not define itself
 * (snapshots and their RASDs, capability templates) with their links of
 * VEM_VirtualSystemSettingDataComponent. Each part adds its sources when it is registered,
 * in any order; the providers read the lists at every request.
 */
public final class HostExtensions {

    private final List<LinkSource> hostedServices = new CopyOnWriteArrayList<>();
    private final List<LinkSource> elementCapabilities = new CopyOnWriteArrayList<>();
    private final List<LinkSource> systemDevices = new CopyOnWriteArrayList<>();
    private final List<SettingSource> settings = new CopyOnWriteArrayList<>();
    private final List<LinkSource> settingComponents = new CopyOnWriteArrayList<>();

    /** Adds links of VEM_HostedService (Antecedent = a system, Dependent = a service it hosts). */
    public HostExtensions addHostedServices(LinkSource source) {
        hostedServices.add(source);
        return this;
    }

    /** Adds links of VEM_ElementCapabilities (ManagedElement = an element, Capabilities = its capabilities). */
    public HostExtensions addElementCapabilities(LinkSource source) {
        elementCapabilities.add(source);
        return this;
    }

    /** Adds links of VEM_SystemDevice besides the virtual systems' own (GroupComponent = the host, PartComponent = its device). */
    public HostExtensions addSystemDevices(LinkSource source) {
        systemDevices.add(source);
        return this;
    }

    /** Adds instances of the setting-data classes, found by InstanceID. */
    public HostExtensions addSettings(SettingSource source) {
        settings.add(source);
        return this;
    }

    /** Adds links of VEM_VirtualSystemSettingDataComponent (GroupComponent = a VSSD, PartComponent = its RASDs). */
    public HostExtensions addSettingComponents(LinkSource source) {
        settingComponents.add(source);
        return this;
    }

    /** A live view of the VEM_VirtualSystemSettingDataComponent sources. */
    public List<LinkSource> settingComponents() {
        return settingComponents;
    }

    /** A live view of the VEM_HostedService sources. */
    public List<LinkSource> hostedServices() {
        return hostedServices;
    }

    /** A live view of the VEM_ElementCapabilities sources. */
    public List<LinkSource> elementCapabilities() {
        return elementCapabilities;
    }

    /** A live view of the VEM_SystemDevice sources. */
    public List<LinkSource> systemDevices() {
        return systemDevices;
    }

    /**
     * The contributed setting data at {@code path}: the first source's instance with its InstanceID, if
     * it is of the class the path names; empty otherwise.
     */
    public Optional<CIMInstance> setting(CIMObjectPath path) throws CimException {
        Object id = Paths.keyValue(path, "InstanceID");
        if (id == null) {
            return Optional.empty();
        }
        for (SettingSource source : settings) {
            Optional<CIMInstance> found = source.find(id.toString());
            if (found.isPresent()) {
                return found.get().getClassName().equalsIgnoreCase(path.getObjectName()) ? found : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Every contributed instance of exactly the class {@code className}, source by source. */
    public List<CIMInstance> settings(String className) throws CimException {
        List<CIMInstance> out = new ArrayList<>();
        for (SettingSource source : settings) {
            out.addAll(source.all(className));
        }
        return out;
    }

    /** Every link of the sources. */
    public static List<Link> all(List<LinkSource> sources) throws CimException {
        List<Link> out = new ArrayList<>();
        for (LinkSource source : sources) {
            out.addAll(source.all());
        }
        return out;
    }

    /** The links of the sources in which {@code object} takes part. */
    public static List<Link> linksOf(List<LinkSource> sources, CIMObjectPath object) throws CimException {
        List<Link> out = new ArrayList<>();
        for (LinkSource source : sources) {
            out.addAll(source.linksOf(object));
        }
        return out;
    }
}
