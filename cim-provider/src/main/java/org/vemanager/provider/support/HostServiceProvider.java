package org.vemanager.provider.support;

import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.provider.mapping.CimNames;
import org.vemanager.provider.mapping.InstanceBuilder;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.MethodProvider;
import org.vemanager.wbem.spi.MethodResult;
import org.vemanager.wbem.spi.RequestContext;

/**
 * A service of the host (a CIM_Service scoped by the host system, one per host): its instance is keyed by
 * the host's name and the service's Name and is enabled and OK; a method called on any other path is
 * NOT_FOUND before an argument is read. The subclass names the class and the service, may add
 * properties, and carries out its methods on the inputs read through {@link MethodInputs}.
 */
public abstract class HostServiceProvider extends HostSingletonProvider implements MethodProvider {

    private final VirtHost host;
    private final String className;
    private final String name;
    private final String elementName;

    protected HostServiceProvider(VirtHost host, String className, String name, String elementName) {
        super(className);
        this.host = host;
        this.className = className;
        this.name = name;
        this.elementName = elementName;
    }

    /** Runs {@code methodName} (as the client spelled it) on this service. */
    protected abstract MethodResult invoke(String methodName, MethodInputs in) throws CimException;

    /** Properties of the service beyond its keys, ElementName and states, if it has any. */
    protected void describe(InstanceBuilder builder) throws CimException {
        // most services have none
    }

    @Override
    public CIMObjectPath path() throws CimException {
        return InstanceBuilder.path(host.namespace(), className,
                InstanceBuilder.stringKey("SystemCreationClassName", CimNames.HOST_SYSTEM),
                InstanceBuilder.stringKey("SystemName", host.identity().name()),
                InstanceBuilder.stringKey("CreationClassName", className),
                InstanceBuilder.stringKey("Name", name));
    }

    @Override
    public CIMInstance instance() throws CimException {
        InstanceBuilder builder = new InstanceBuilder(host.namespace(), className)
                .key("SystemCreationClassName", CimNames.HOST_SYSTEM)
                .key("SystemName", host.identity().name())
                .key("CreationClassName", className)
                .key("Name", name)
                .string("ElementName", elementName)
                .uint16("EnabledState", 2)
                .uint16("RequestedState", 12)
                .uint16s("OperationalStatus", 2);
        describe(builder);
        return builder.build();
    }

    @Override
    protected String notFound(CIMObjectPath path) {
        return "no " + className + " " + Paths.keyValue(path, "Name") + " on this host";
    }

    /** Refuses a method call on a path that does not name this service: NOT_FOUND, as GetInstance says. */
    protected void checkTarget(RequestContext context, CIMObjectPath target) throws CimException {
        getInstance(context, target);
    }

    @Override
    public final MethodResult invokeMethod(RequestContext context, CIMObjectPath target, String methodName, CIMArgument<?>[] in)
            throws CimException {
        checkTarget(context, target);
        return invoke(methodName, new MethodInputs(in));
    }
}
