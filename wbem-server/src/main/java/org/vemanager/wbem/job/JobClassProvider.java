package org.vemanager.wbem.job;

import java.util.Set;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.InstanceProvider;
import org.vemanager.wbem.spi.InstanceSink;
import org.vemanager.wbem.spi.RequestContext;

/**
 * One class the job service serves, under the name it registered (CIM_ or VEM_, as the schema has it):
 * its instances are enumerated job by job over the live jobs of the request's namespace; the subclass
 * says what one job contributes.
 */
abstract class JobClassProvider implements InstanceProvider {

    protected final JobService service;
    protected final String className;

    JobClassProvider(JobService service, String className) {
        this.service = service;
        this.className = className;
    }

    /** The instances of this class that {@code job} gives. */
    protected abstract void instancesOf(RequestContext context, Job job, InstanceSink sink) throws CimException;

    @Override
    public final Set<String> classNames() {
        return Set.of(className);
    }

    @Override
    public final void enumerateInstances(RequestContext context, String name, InstanceSink sink) throws CimException {
        for (Job job : service.jobs(context.namespace())) {
            instancesOf(context, job, sink);
        }
    }
}
