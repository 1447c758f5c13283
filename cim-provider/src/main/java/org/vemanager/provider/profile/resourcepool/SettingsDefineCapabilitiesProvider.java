package org.vemanager.provider.profile.resourcepool;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.provider.mapping.InstanceBuilder;
import org.vemanager.provider.support.BinaryAssociationProvider;
import org.vemanager.provider.support.Paths;
import org.vemanager.wbem.spi.CimException;

/**
 * VEM_SettingsDefineCapabilities: a pool's allocation capabilities (GroupComponent) to its four RASD
 * templates (PartComponent), with ValueRole/ValueRange saying which bound each one is: Default (0
 * Default, 0 Point), Minimum (3 Supported, 1 Minimums), Maximum (3, 2 Maximums), Increment (3, 3
 * Increments).
 */
public final class SettingsDefineCapabilitiesProvider extends BinaryAssociationProvider {

    public static final String CLASS = "VEM_SettingsDefineCapabilities";

    private final ResourcePools pools;
    private final AllocationCapabilitiesProvider capabilities;
    private final CapabilityTemplates templates;

    public SettingsDefineCapabilitiesProvider(ResourcePools pools, AllocationCapabilitiesProvider capabilities,
            CapabilityTemplates templates) {
        super(pools.host(), CLASS, "GroupComponent", "PartComponent");
        this.pools = pools;
        this.capabilities = capabilities;
        this.templates = templates;
    }

    @Override
    protected List<Link> all() throws CimException {
        ResourcePools.View view = pools.read();
        List<Link> out = new ArrayList<>();
        for (PoolId pool : ResourcePools.ids(view)) {
            out.addAll(links(view, pool));
        }
        return out;
    }

    @Override
    protected List<Link> linksOf(CIMObjectPath object) throws CimException {
        if (Paths.isClass(object, AllocationCapabilitiesProvider.CLASS)) {
            return orNone(() -> links(pools.read(), AllocationCapabilitiesProvider.poolOf(object)));
        }
        Object id = Paths.keyValue(object, "InstanceID");
        Optional<CIMInstance> template = id == null ? Optional.empty() : templates.find(id.toString());
        if (template.isEmpty()) {
            return List.of();
        }
        String templateId = id.toString();
        PoolId pool = PoolId.parse(templateId.substring(0, templateId.indexOf("/" + PoolId.TEMPLATE + "/"))).orElseThrow();
        return links(pools.read(), pool);
    }

    @Override
    protected void describe(InstanceBuilder builder, Link link) {
        String id = String.valueOf(Paths.keyValue(link.right(), "InstanceID"));
        for (CapabilityTemplates.Role role : CapabilityTemplates.Role.values()) {
            if (id.endsWith("/" + role.label())) {
                builder.uint16("ValueRole", role.valueRole()).uint16("ValueRange", role.valueRange()).uint16("PropertyPolicy", 0);
            }
        }
    }

    private List<Link> links(ResourcePools.View view, PoolId pool) throws CimException {
        List<Link> out = new ArrayList<>();
        for (CapabilityTemplates.Template t : templates.of(view, pool)) {
            out.add(new Link(capabilities.path(pool), t.instance().getObjectPath()));
        }
        return out;
    }
}
