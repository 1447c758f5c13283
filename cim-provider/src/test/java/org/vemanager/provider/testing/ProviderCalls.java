package org.vemanager.provider.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.provider.mapping.CimNames;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.MethodResult;
import org.vemanager.wbem.spi.RequestContext;

/**
 * One-line calls into the providers of a {@link RecordingRegistry}, as the server's dispatcher would
 * make them: what the test hosts ({@link TestHost}, {@code resourcetest.ResourceHost}) share.
 */
public abstract class ProviderCalls {

    public static final RequestContext CONTEXT = new RequestContext(CimNames.NAMESPACE, "tester");

    /** The registry the host's providers are registered in. */
    public abstract RecordingRegistry registry();

    public List<CIMInstance> enumerate(String className) throws CimException {
        // Synchronized: a provider may hand instances over from more than one thread.
        List<CIMInstance> out = Collections.synchronizedList(new ArrayList<>());
        registry().instanceProvider(className).enumerateInstances(CONTEXT, className, out::add);
        return out;
    }

    public CIMInstance get(CIMObjectPath path) throws CimException {
        return registry().instanceProvider(path.getObjectName()).getInstance(CONTEXT, path);
    }

    /** The association instances of {@code associationClass} that reference {@code object}. */
    public List<CIMInstance> references(String associationClass, CIMObjectPath object, String role) throws CimException {
        List<CIMInstance> out = new ArrayList<>();
        registry().associationProvider(associationClass).references(CONTEXT, associationClass, object, role, out::add);
        return out;
    }

    public MethodResult invoke(CIMObjectPath target, String method, CIMArgument<?>... in) throws CimException {
        return registry().methodProvider(target.getObjectName()).invokeMethod(CONTEXT, target, method, in);
    }

    /** The one instance of a class that has exactly one (the host, a service, its capabilities). */
    public CIMInstance single(String className) throws CimException {
        List<CIMInstance> all = enumerate(className);
        if (all.size() != 1) {
            throw new IllegalStateException(className + " has " + all.size() + " instances");
        }
        return all.get(0);
    }

    /** The path of the one instance of a class that has exactly one. */
    public CIMObjectPath only(String className) throws CimException {
        return single(className).getObjectPath();
    }
}
