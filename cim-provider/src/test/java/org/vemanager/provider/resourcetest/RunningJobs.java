package org.vemanager.provider.resourcetest;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.provider.mapping.CimNames;
import org.vemanager.provider.mapping.InstanceBuilder;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.JobProgress;
import org.vemanager.wbem.spi.JobTask;
import org.vemanager.wbem.spi.Jobs;

/** Our Jobs SPI for tests: runs each task at once on the caller's thread and records how it ended. */
public final class RunningJobs implements Jobs {

    /** How one job ended: {@code error} null when it completed. */
    public record Ended(String name, List<CIMObjectPath> affected, CIMObjectPath path, CimException error, int percent) {
    }

    private final AtomicInteger ids = new AtomicInteger();
    private final List<Ended> ended = new CopyOnWriteArrayList<>();

    @Override
    public CIMObjectPath start(String namespace, String name, List<CIMObjectPath> affectedElements, JobTask task) {
        CIMObjectPath path = InstanceBuilder.path(namespace, CimNames.CONCRETE_JOB,
                InstanceBuilder.stringKey("InstanceID", "VEM:job-" + ids.incrementAndGet()));
        int[] percent = {0};
        CimException error = null;
        try {
            task.run(new JobProgress() {
                @Override
                public void percentComplete(int p) {
                    percent[0] = p;
                }

                @Override
                public boolean cancelRequested() {
                    return false;
                }
            });
        } catch (CimException e) {
            error = e;
        }
        ended.add(new Ended(name, List.copyOf(affectedElements), path, error, percent[0]));
        return path;
    }

    public List<Ended> ended() {
        return List.copyOf(ended);
    }
}
