package org.vemanager.provider.profile.resourcepool;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.provider.libvirt.xml.network.NetworkXml;
import org.vemanager.provider.mapping.CimNames;
import org.vemanager.provider.mapping.Props;
import org.vemanager.provider.support.HostServiceProvider;
import org.vemanager.provider.support.MethodInputs;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.MethodResult;

/**
 * VEM_ResourcePoolConfigurationService: creates and deletes storage pools and virtual networks with the
 * CIM 2.41 methods.
 *
 * <p>{@code CreateChildResourcePool(ElementName, Settings[], ParentPool[])} takes one embedded RASD:
 * <ul>
 * <li>storage (ResourceType 17, 19 or 31): ResourceSubType {@code dir} (the default; the only type
 * offered), HostResource[0] = the absolute directory (a {@code file://} URI is accepted);</li>
 * <li>network (ResourceType 10 or 33): ResourceSubType {@code nat} (default), {@code isolated} or
 * {@code bridge}; Address = the host side's {@code a.b.c.d/prefix} (required for nat and isolated);
 * Connection[0] = the bridge (required for bridge: an existing host bridge).</li>
 * </ul>
 * The pool's name is ElementName (letters, digits, {@code . _ -}); ParentPool must be empty (storage and
 * network pools have no parent here). Both run synchronously (return 0, Job NULL): libvirt answers in
 * milliseconds.
 *
 * <p>{@code DeleteResourcePool(Pool)} stops and undefines a storage pool (its files stay on disk) or a
 * network; refused while any virtual system's definition uses it, naming them. The host's processor
 * and memory pools cannot be deleted. Errors are CimExceptions with a message naming the parameter;
 * nothing is left half-done.
 *
 * <p>{@code CreateResourceInPool} and {@code DeleteResourceInPool} create and delete storage volumes: our
 * extension, see {@link StorageVolumeMethods}.
 */
public final class ResourcePoolConfigurationServiceProvider extends HostServiceProvider {

    public static final String CLASS = "VEM_ResourcePoolConfigurationService";
    public static final String NAME = "ResourcePoolConfigurationService";

    private static final Pattern POOL_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern ADDRESS = Pattern.compile("(\\d{1,3}(\\.\\d{1,3}){3})/(\\d{1,2})");

    private final ResourcePools pools;
    private final StorageVolumeMethods volumes;

    public ResourcePoolConfigurationServiceProvider(ResourcePools pools) {
        super(pools.host(), CLASS, NAME, "Resource pool configuration service");
        this.pools = pools;
        this.volumes = new StorageVolumeMethods(pools);
    }

    @Override
    protected MethodResult invoke(String methodName, MethodInputs inputs) throws CimException {
        return switch (methodName.toLowerCase(java.util.Locale.ROOT)) {
            case "createchildresourcepool" -> createChildPool(inputs);
            case "deleteresourcepool" -> deletePool(inputs);
            case "createresourceinpool" -> volumes.create(inputs);
            case "deleteresourceinpool" -> volumes.delete(inputs);
            default -> throw new CimException(CimStatus.NOT_SUPPORTED, methodName + " is not supported by " + CLASS
                    + "; create storage pools and networks with CreateChildResourcePool, volumes with CreateResourceInPool");
        };
    }

    private MethodResult createChildPool(MethodInputs in) throws CimException {
        String name = in.string("ElementName");
        if (name == null || !POOL_NAME.matcher(name).matches()) {
            throw MethodInputs.invalid("ElementName", "must name the new pool with 1 to 64 letters, digits, '.', '_' or '-' (got '"
                    + name + "')");
        }
        if (in.references("ParentPool").length > 0) {
            throw MethodInputs.invalid("ParentPool", "must be empty: storage and network pools have no parent pool on this host");
        }
        CIMInstance settings = in.instance("Settings", true);
        Long type = Props.number(settings, "ResourceType", "Settings");
        PoolKind kind = type == null ? null : PoolKind.ofResourceType(type.intValue()).orElse(null);
        PoolId created;
        if (kind == PoolKind.STORAGE) {
            created = createStoragePool(name, settings);
        } else if (kind == PoolKind.NETWORK) {
            created = createNetwork(name, settings);
        } else {
            throw MethodInputs.invalid("Settings", "ResourceType must be 17/19/31 (storage) or 10/33 (network), not " + type);
        }
        return MethodResult.of(0, List.of(
                new CIMArgument<>("Pool", new CIMDataType(ResourcePoolProvider.CLASS), pools.path(created)),
                new CIMArgument<>("Job", new CIMDataType(CimNames.CONCRETE_JOB), null)));
    }

    private PoolId createStoragePool(String name, CIMInstance settings) throws CimException {
        String subType = Props.string(settings, "ResourceSubType", "Settings");
        if (subType != null && !subType.equals("dir")) {
            throw new CimException(CimStatus.NOT_SUPPORTED, "Settings: ResourceSubType '" + subType
                    + "' is not offered; storage pools of type 'dir' can be created");
        }
        String dir = Props.string(settings, "HostResource", "Settings");
        if (dir != null && dir.startsWith("file://")) {
            dir = dir.substring("file://".length());
        }
        if (dir == null || !dir.startsWith("/") || dir.contains("/../") || dir.endsWith("/..")) {
            throw MethodInputs.invalid("Settings", "HostResource[0] must be the pool's absolute directory, not '" + dir + "'");
        }
        pools.storagePools().create("dir", name, dir);
        return new PoolId(PoolKind.STORAGE, name);
    }

    private PoolId createNetwork(String name, CIMInstance settings) throws CimException {
        String mode = Props.string(settings, "ResourceSubType", "Settings");
        mode = mode == null ? "nat" : mode;
        String address = Props.string(settings, "Address", "Settings");
        String bridge = Props.string(settings, "Connection", "Settings");
        NetworkXml xml = new NetworkXml();
        xml.name = name;
        switch (mode) {
            case "nat", "isolated" -> {
                xml.ips.add(ip(address));
                if (mode.equals("nat")) {
                    xml.forward = new NetworkXml.Forward();
                    xml.forward.mode = "nat";
                }
                if (bridge != null) {
                    xml.bridge = new NetworkXml.Bridge();
                    xml.bridge.name = bridge;
                }
            }
            case "bridge" -> {
                if (bridge == null || bridge.isBlank()) {
                    throw MethodInputs.invalid("Settings", "Connection[0] must name the host bridge for a bridge network");
                }
                xml.forward = new NetworkXml.Forward();
                xml.forward.mode = "bridge";
                xml.bridge = new NetworkXml.Bridge();
                xml.bridge.name = bridge;
            }
            default -> throw MethodInputs.invalid("Settings", "ResourceSubType must be nat, isolated or bridge, not '" + mode + "'");
        }
        pools.networks().create(xml);
        return new PoolId(PoolKind.NETWORK, name);
    }

    private static NetworkXml.Ip ip(String address) throws CimException {
        var m = address == null ? null : ADDRESS.matcher(address);
        if (m == null || !m.matches() || Integer.parseInt(m.group(3)) > 30) {
            throw MethodInputs.invalid("Settings", "Address must be the host's address and prefix, e.g. 10.0.5.1/24, not '"
                    + address + "'");
        }
        for (String octet : m.group(1).split("\\.")) {
            if (Integer.parseInt(octet) > 255) {
                throw MethodInputs.invalid("Settings", "Address '" + address + "' is not an IPv4 address");
            }
        }
        NetworkXml.Ip ip = new NetworkXml.Ip();
        ip.address = m.group(1);
        ip.prefix = Integer.parseInt(m.group(3));
        return ip;
    }

    private MethodResult deletePool(MethodInputs in) throws CimException {
        CIMObjectPath poolPath = in.reference("Pool", true);
        PoolId pool;
        ResourcePools.View view = pools.read();
        try {
            pool = ResourcePools.idOf(poolPath);
            pools.instance(view, pool);
        } catch (CimException e) {
            throw MethodInputs.invalid("Pool", "names no pool of this host: " + poolPath);
        }
        if (pool.kind() == PoolKind.PROCESSOR || pool.kind() == PoolKind.MEMORY) {
            throw MethodInputs.invalid("Pool", "is the host's primordial " + pool.kind().segment() + " pool, which cannot be deleted");
        }
        List<ResourcePools.Allocation> users = ResourcePools.allocationsOf(view, pool);
        if (!users.isEmpty()) {
            // sorted, so the same pool in use gives the same message whatever order libvirt lists domains in
            String who = users.stream()
                    .map(a -> a.domainName() + " (" + a.rasd().getPropertyValue("ElementName") + ")")
                    .sorted()
                    .collect(Collectors.joining(", "));
            throw new CimException(CimStatus.FAILED, "In use: " + pool.kind().segment() + " pool '" + pool.name()
                    + "' is used by " + who + "; remove those resources first");
        }
        if (pool.kind() == PoolKind.STORAGE) {
            pools.storagePools().delete(pool.name());
        } else {
            pools.networks().delete(pool.name());
        }
        return MethodResult.of(0, List.of(new CIMArgument<>("Job", new CIMDataType(CimNames.CONCRETE_JOB), null)));
    }
}
