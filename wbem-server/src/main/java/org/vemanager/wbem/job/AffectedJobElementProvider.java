package org.vemanager.wbem.job;

import org.metricshub.wbem.javax.cim.CIMClass;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;
import org.vemanager.wbem.repository.PathIdentity;
import org.vemanager.wbem.spi.AssociationProvider;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.InstanceSink;
import org.vemanager.wbem.spi.RequestContext;

/** CIM_AffectedJobElement: AffectingElement = the job, AffectedElement = each element the job acts on. */
final class AffectedJobElementProvider extends JobClassProvider implements AssociationProvider {

    AffectedJobElementProvider(JobService service, String className) {
        super(service, className);
    }

    @Override
    protected void instancesOf(RequestContext context, Job job, InstanceSink sink) throws CimException {
        for (CIMObjectPath element : job.affected) {
            sink.accept(link(context, job, element));
        }
    }

    @Override
    public CIMInstance getInstance(RequestContext context, CIMObjectPath path) throws CimException {
        if (path.getKeyValue("AffectingElement") instanceof CIMObjectPath jobPath
                && path.getKeyValue("AffectedElement") instanceof CIMObjectPath element) {
            Job job = service.job(jobPath);
            if (job != null) {
                String wanted = PathIdentity.of(element);
                for (CIMObjectPath affected : job.affected) {
                    if (PathIdentity.of(affected).equals(wanted)) {
                        return link(context, job, affected);
                    }
                }
            }
        }
        throw new CimException(CimStatus.NOT_FOUND, "no such " + className);
    }

    @Override
    public void references(RequestContext context, String associationClass, CIMObjectPath objectName, String role,
            InstanceSink sink) throws CimException {
        String target = PathIdentity.of(objectName);
        for (Job job : service.jobs(context.namespace())) {
            boolean isJob = PathIdentity.of(job.path).equals(target);
            for (CIMObjectPath element : job.affected) {
                if (isJob || PathIdentity.of(element).equals(target)) {
                    sink.accept(link(context, job, element));
                }
            }
        }
    }

    private CIMInstance link(RequestContext context, Job job, CIMObjectPath element) {
        CIMClass cls = service.classDefinition(context.namespace(), className);
        return new InstanceBuilder(cls, context.namespace())
            .set("AffectingElement", job.path)
            .set("AffectedElement", element)
            .set("ElementEffects", new UnsignedInteger16[] {new UnsignedInteger16(0)})
            .build();
    }
}
