package org.vemanager.wbem.job;

import java.util.List;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.InstanceSink;
import org.vemanager.wbem.spi.MethodProvider;
import org.vemanager.wbem.spi.MethodResult;
import org.vemanager.wbem.spi.RequestContext;

/**
 * Serves the job class: the live jobs, GetError, GetErrors, RequestStateChange (Terminate 4, Kill 5) and
 * the deprecated KillJob (a Kill; 7 Not Found for a job removed since the dispatcher found it).
 */
final class JobProvider extends JobClassProvider implements MethodProvider {

    private static final int KILL_NOT_FOUND = 7;

    JobProvider(JobService service, String className) {
        super(service, className);
    }

    @Override
    protected void instancesOf(RequestContext context, Job job, InstanceSink sink) throws CimException {
        sink.accept(service.instance(job));
    }

    @Override
    public CIMInstance getInstance(RequestContext context, CIMObjectPath path) throws CimException {
        return service.instance(job(path));
    }

    private Job job(CIMObjectPath path) throws CimException {
        Job job = service.job(path);
        if (job == null) {
            throw new CimException(CimStatus.NOT_FOUND, "no job " + path.getKeyValue("InstanceID")
                + " (it may have been removed after its TimeBeforeRemoval)");
        }
        return job;
    }

    @Override
    public MethodResult invokeMethod(RequestContext context, CIMObjectPath target, String methodName, CIMArgument<?>[] in)
            throws CimException {
        String method = methodName.toLowerCase(java.util.Locale.ROOT);
        if (method.equals("killjob") && service.job(target) == null) {
            return MethodResult.of(KILL_NOT_FOUND);
        }
        Job job = job(target);
        switch (method) {
            case "geterror" -> {
                List<CIMInstance> errors = service.errors(job);
                CIMInstance first = errors.isEmpty() ? null : errors.get(0);
                return MethodResult.of(0, List.of(new CIMArgument<>("Error", CIMDataType.OBJECT_T, first)));
            }
            case "geterrors" -> {
                CIMInstance[] errors = service.errors(job).toArray(CIMInstance[]::new);
                return MethodResult.of(0, List.of(new CIMArgument<>("Errors", CIMDataType.OBJECT_ARRAY_T, errors)));
            }
            case "requeststatechange" -> {
                Object requested = argument(in, "RequestedState");
                if (requested == null) {
                    return MethodResult.of(5);
                }
                return MethodResult.of(service.requestStateChange(job, ((Number) requested).intValue()));
            }
            case "killjob" -> {
                return MethodResult.of(service.killJob(job, Boolean.TRUE.equals(argument(in, "DeleteOnKill"))));
            }
            default -> throw new CimException(CimStatus.METHOD_NOT_AVAILABLE, "jobs do not implement " + methodName);
        }
    }

    private static Object argument(CIMArgument<?>[] in, String name) {
        for (CIMArgument<?> arg : in) {
            if (arg.getName().equalsIgnoreCase(name)) {
                return arg.getValue();
            }
        }
        return null;
    }
}
