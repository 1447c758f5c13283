package org.vemanager.wbem.spi;

import java.util.List;
import org.metricshub.wbem.javax.cim.CIMObjectPath;

/**
 * The server's job service (DSP1103). A method that takes time starts a job here and returns 4096
 * with the returned path as its {@code Job} output parameter; the server keeps the CIM_ConcreteJob
 * (JobState, PercentComplete, ErrorCode/ErrorDescription, TimeBeforeRemoval, GetError) and its
 * CIM_AffectedJobElement associations.
 */
public interface Jobs {

    /**
     * @param namespace the namespace the job instance lives in
     * @param name a short human name for the job ("Snapshot vm1")
     * @param affectedElements the managed elements the job acts on
     * @return the path of the new CIM_ConcreteJob (a VEM_ConcreteJob)
     */
    CIMObjectPath start(String namespace, String name, List<CIMObjectPath> affectedElements, JobTask task);
}
