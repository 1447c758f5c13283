package org.vemanager.provider.profile.systemvirtualization;

import java.util.Set;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.provider.mapping.CimNames;
import org.vemanager.provider.mapping.InstanceBuilder;
import org.vemanager.provider.support.HostServiceProvider;
import org.vemanager.provider.support.MethodInputs;
import org.vemanager.provider.support.Paths;
import org.vemanager.provider.support.VirtHost;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.MethodResult;
import org.vemanager.wbem.spi.RequestContext;

/**
 * VEM_VirtualSystemManagementService: the host's one VSMS (Name {@value #NAME}); its methods are carried
 * out by {@link VirtualSystemManagement}.
 */
public final class VirtualSystemManagementServiceProvider extends HostServiceProvider {

    public static final String NAME = "VirtualSystemManagementService";

    private static final Set<String> METHODS = Set.of("DefineSystem", "DestroySystem", "ModifySystemSettings", "AddResourceSettings",
            "ModifyResourceSettings", "RemoveResourceSettings");

    private final VirtualSystemManagement management;

    public VirtualSystemManagementServiceProvider(VirtHost host, VirtualSystemManagement management) {
        super(host, CimNames.VSMS, NAME, "Virtual system management service");
        this.management = management;
    }

    @Override
    protected void describe(InstanceBuilder builder) {
        builder.bool("Started", true);
    }

    @Override
    protected String notFound(CIMObjectPath path) {
        return "no " + CimNames.VSMS + " " + path;
    }

    /** Also accepts the class's path without keys, as a static call: there is one VSMS per host. */
    @Override
    protected void checkTarget(RequestContext context, CIMObjectPath target) throws CimException {
        if (target.getKeys().length > 0 && !Paths.same(target, path())) {
            throw new CimException(CimStatus.NOT_FOUND, "no " + CimNames.VSMS + " " + target);
        }
    }

    @Override
    protected MethodResult invoke(String methodName, MethodInputs args) throws CimException {
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
