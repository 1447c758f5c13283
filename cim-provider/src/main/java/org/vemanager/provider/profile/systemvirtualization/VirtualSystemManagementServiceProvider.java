package org.vemanager.provider.profile.systemvirtualization;

import java.util.Set;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.provider.mapping.CimNames;
import org.vemanager.provider.mapping.InstanceBuilder;
import org.vemanager.provider.support.HostSingletonProvider;
import org.vemanager.provider.support.MethodInputs;
import org.vemanager.provider.support.Paths;
import org.vemanager.provider.support.VirtHost;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.MethodProvider;
import org.vemanager.wbem.spi.MethodResult;
import org.vemanager.wbem.spi.RequestContext;

/**
 * VEM_VirtualSystemManagementService: the host's one VSMS (Name {@value #NAME}); its methods are carried
 * out by {@link VirtualSystemManagement}.
 */
public final class VirtualSystemManagementServiceProvider extends HostSingletonProvider implements MethodProvider {

    public static final String NAME = "VirtualSystemManagementService";

    private static final Set<String> METHODS = Set.of("DefineSystem", "DestroySystem", "ModifySystemSettings", "AddResourceSettings",
            "ModifyResourceSettings", "RemoveResourceSettings");

    private final VirtHost host;
    private final HostSystemProvider hostSystem;
    private final VirtualSystemManagement management;

    public VirtualSystemManagementServiceProvider(VirtHost host, HostSystemProvider hostSystem, VirtualSystemManagement management) {
        super(CimNames.VSMS);
        this.host = host;
        this.hostSystem = hostSystem;
        this.management = management;
    }

    @Override
    public CIMObjectPath path() throws CimException {
        return InstanceBuilder.path(host.namespace(), CimNames.VSMS,
                InstanceBuilder.stringKey("SystemCreationClassName", CimNames.HOST_SYSTEM),
                InstanceBuilder.stringKey("SystemName", hostSystem.name()),
                InstanceBuilder.stringKey("CreationClassName", CimNames.VSMS),
                InstanceBuilder.stringKey("Name", NAME));
    }

    @Override
    public CIMInstance instance() throws CimException {
        return new InstanceBuilder(host.namespace(), CimNames.VSMS)
                .key("SystemCreationClassName", CimNames.HOST_SYSTEM)
                .key("SystemName", hostSystem.name())
                .key("CreationClassName", CimNames.VSMS)
                .key("Name", NAME)
                .string("ElementName", "Virtual system management service")
                .uint16("EnabledState", 2)
                .uint16("RequestedState", 12)
                .uint16s("OperationalStatus", 2)
                .bool("Started", true)
                .build();
    }

    @Override
    protected String notFound(CIMObjectPath path) {
        return "no " + CimNames.VSMS + " " + path;
    }

    @Override
    public MethodResult invokeMethod(RequestContext context, CIMObjectPath target, String methodName, CIMArgument<?>[] in)
            throws CimException {
        if (target.getKeys().length > 0 && !Paths.same(target, path())) {
            throw new CimException(CimStatus.NOT_FOUND, "no " + CimNames.VSMS + " " + target);
        }
        MethodInputs args = new MethodInputs(in);
        String method = METHODS.stream().filter(m -> m.equalsIgnoreCase(methodName)).findFirst().orElse(methodName);
        return switch (method) {
            case "DefineSystem" -> management.defineSystem(args);
            case "DestroySystem" -> management.destroySystem(args);
            case "ModifySystemSettings" -> management.modifySystemSettings(args);
            case "AddResourceSettings" -> management.addResourceSettings(args);
            case "ModifyResourceSettings" -> management.modifyResourceSettings(args);
            case "RemoveResourceSettings" -> management.removeResourceSettings(args);
            default -> throw new CimException(CimStatus.METHOD_NOT_AVAILABLE, methodName + " is not implemented by " + CimNames.VSMS);
        };
    }
}
