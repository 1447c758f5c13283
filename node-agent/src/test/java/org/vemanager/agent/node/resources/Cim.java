package org.vemanager.agent.node.resources;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.wbem.CloseableIterator;
import org.metricshub.wbem.javax.wbem.WBEMException;
import org.metricshub.wbem.javax.wbem.client.WBEMClient;

/**
 * The SBLIM client calls the resource tests make, in one line each: lists instead of iterators, method
 * outputs by name, and waiting for a job to finish.
 */
final class Cim {

    static final String VIRT = "root/virt";

    private final Supplier<WBEMClient> client;

    /** Calls through the agent's client as it is when called: a per-test agent starts after this is made. */
    Cim(Supplier<WBEMClient> client) {
        this.client = client;
    }

    WBEMClient client() {
        return client.get();
    }

    static CIMObjectPath classPath(String className) {
        return new CIMObjectPath(null, null, null, VIRT, className, null);
    }

    List<CIMInstance> instances(String className) throws WBEMException {
        return drain(client().enumerateInstances(classPath(className), true, false, false, null));
    }

    List<CIMInstance> instancesIn(String namespace, String className) throws WBEMException {
        CIMObjectPath path = new CIMObjectPath(null, null, null, namespace, className, null);
        return drain(client().enumerateInstances(path, true, false, false, null));
    }

    List<CIMObjectPath> names(String className) throws WBEMException {
        return drain(client().enumerateInstanceNames(classPath(className)));
    }

    /** The only instance of a class (a service, the host). */
    CIMObjectPath only(String className) throws WBEMException {
        List<CIMObjectPath> all = names(className);
        assertThat(all).as("instances of %s", className).hasSize(1);
        return all.get(0);
    }

    CIMInstance get(CIMObjectPath path) throws WBEMException {
        return client().getInstance(path, false, false, null);
    }

    List<CIMInstance> associators(CIMObjectPath path, String assocClass, String resultClass) throws WBEMException {
        return drain(client().associatorInstances(path, assocClass, resultClass, null, null, false, null));
    }

    List<CIMObjectPath> associatorNames(CIMObjectPath path, String assocClass, String resultClass) throws WBEMException {
        return drain(client().associatorNames(path, assocClass, resultClass, null, null));
    }

    List<CIMInstance> references(CIMObjectPath path, String assocClass) throws WBEMException {
        return drain(client().referenceInstances(path, assocClass, null, false, null));
    }

    /** A method's return value and its outputs by lower-case name (under key "return"). */
    Map<String, Object> invoke(CIMObjectPath target, String method, CIMArgument<?>... in) throws WBEMException {
        CIMArgument<?>[] out = new CIMArgument<?>[8];
        Object rc = client().invokeMethod(target, method, in, out);
        Map<String, Object> result = new HashMap<>();
        result.put("return", ((Number) rc).longValue());
        for (CIMArgument<?> arg : out) {
            if (arg != null) {
                result.put(arg.getName().toLowerCase(Locale.ROOT), arg.getValue());
            }
        }
        return result;
    }

    /** Waits up to 30 s for the job to end and returns its last instance. */
    CIMInstance awaitJob(CIMObjectPath job) throws WBEMException, InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (true) {
            CIMInstance j = get(job);
            int state = ((Number) j.getPropertyValue("JobState")).intValue();
            if (state >= 7 || System.nanoTime() > deadline) {
                return j;
            }
            Thread.sleep(50);
        }
    }

    /** Runs a method that may answer 4096 + Job; fails unless it ends well; returns the outputs. */
    Map<String, Object> invokeAndWait(CIMObjectPath target, String method, CIMArgument<?>... in) throws Exception {
        Map<String, Object> out = invoke(target, method, in);
        long rc = (Long) out.get("return");
        if (rc == 4096) {
            CIMInstance job = awaitJob((CIMObjectPath) out.get("job"));
            assertThat(((Number) job.getPropertyValue("JobState")).intValue()).as("%s job %s: %s", method,
                    job.getPropertyValue("InstanceID"), job.getPropertyValue("ErrorDescription")).isEqualTo(7);
        } else {
            assertThat(rc).as("%s returned", method).isZero();
        }
        return out;
    }

    private static <T> List<T> drain(CloseableIterator<T> it) {
        try {
            List<T> out = new ArrayList<>();
            while (it.hasNext()) {
                out.add(it.next());
            }
            return out;
        } finally {
            it.close();
        }
    }
}
