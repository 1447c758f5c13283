package org.vemanager.provider.support;

import java.util.Set;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.InstanceProvider;
import org.vemanager.wbem.spi.InstanceSink;
import org.vemanager.wbem.spi.RequestContext;

/**
 * A class with exactly one instance on this host (the host system, one of its services, their
 * capabilities): enumeration yields it, GetInstance returns it for its own path and says NOT_FOUND
 * for any other. The subclass builds the instance and its path, and words the NOT_FOUND.
 */
public abstract class HostSingletonProvider implements InstanceProvider {

    private final String className;

    protected HostSingletonProvider(String className) {
        this.className = className;
    }

    /** The path of the one instance. */
    public abstract CIMObjectPath path() throws CimException;

    /** The one instance. */
    public abstract CIMInstance instance() throws CimException;

    /** What GetInstance of {@code path}, which names no instance here, says. */
    protected abstract String notFound(CIMObjectPath path) throws CimException;

    /** True when {@code path} names the one instance. */
    protected boolean names(CIMObjectPath path) throws CimException {
        return Paths.same(path, path());
    }

    @Override
    public Set<String> classNames() {
        return Set.of(className);
    }

    @Override
    public void enumerateInstances(RequestContext context, String requested, InstanceSink sink) throws CimException {
        sink.accept(instance());
    }

    @Override
    public CIMInstance getInstance(RequestContext context, CIMObjectPath path) throws CimException {
        if (!names(path)) {
            throw new CimException(CimStatus.NOT_FOUND, notFound(path));
        }
        return instance();
    }
}
