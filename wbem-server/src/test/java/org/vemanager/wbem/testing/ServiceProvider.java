package org.vemanager.wbem.testing;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.InstanceProvider;
import org.vemanager.wbem.spi.InstanceSink;
import org.vemanager.wbem.spi.MethodProvider;
import org.vemanager.wbem.spi.MethodResult;
import org.vemanager.wbem.spi.ProviderContext;
import org.vemanager.wbem.spi.RequestContext;

/**
 * TEST_Service "svc" and its methods: Greet (in/out), Define (embedded instances in and out), Ping
 * (static), StartJob (a job that completes, fails or waits for cancellation), Boom (a provider bug).
 */
public final class ServiceProvider implements InstanceProvider, MethodProvider {

    /** StartJob outcomes. */
    public static final int COMPLETE = 0;
    public static final int FAIL = 1;
    public static final int UNTIL_CANCELLED = 2;
    public static final int CRASH = 3;
    /** Blocks until its cancel action runs, then fails as interrupted work does. */
    public static final int ABORTABLE = 4;

    private final ProviderContext context;
    /** The in-parameters of the last call, as the provider received them. */
    public volatile CIMArgument<?>[] lastArguments;
    /** Released by tests to let an UNTIL_CANCELLED job look at its cancel flag. */
    public final CountDownLatch jobMayCheck = new CountDownLatch(0);
    /** Counted down when an ABORTABLE job is running and has registered its cancel action. */
    public final CountDownLatch abortableRunning = new CountDownLatch(1);

    public ServiceProvider(ProviderContext context) {
        this.context = context;
    }

    static CIMInstance service() {
        return new CIMInstance(TestPaths.service(), new CIMProperty<?>[] {
            new CIMProperty<>("Name", CIMDataType.STRING_T, "svc", true, false, null)});
    }

    @Override
    public Set<String> classNames() {
        return Set.of("TEST_Service");
    }

    @Override
    public void enumerateInstances(RequestContext ctx, String className, InstanceSink sink) throws CimException {
        sink.accept(service());
    }

    @Override
    public CIMInstance getInstance(RequestContext ctx, CIMObjectPath path) throws CimException {
        if ("svc".equals(path.getKeyValue("Name"))) {
            return service();
        }
        throw new CimException(CimStatus.NOT_FOUND, "no service " + path.getKeyValue("Name"));
    }

    @Override
    public MethodResult invokeMethod(RequestContext ctx, CIMObjectPath target, String methodName, CIMArgument<?>[] in)
            throws CimException {
        lastArguments = in.clone();
        switch (methodName) {
            case "Greet" -> {
                String who = (String) arg(in, "Who");
                Object times = arg(in, "Times");
                int n = times == null ? 1 : ((UnsignedInteger16) times).intValue();
                return MethodResult.of(0, List.of(new CIMArgument<>("Reply", CIMDataType.STRING_T, ("Hello " + who + "!").repeat(n))));
            }
            case "Define" -> {
                CIMInstance person = (CIMInstance) arg(in, "Person");
                CIMObjectPath created = person == null ? null : person.getObjectPath();
                return MethodResult.of(0, List.of(
                    new CIMArgument<>("Created", new CIMDataType("TEST_Person"), created),
                    new CIMArgument<>("Echo", CIMDataType.OBJECT_T, person)));
            }
            case "Ping" -> {
                return MethodResult.of(0);
            }
            case "StartJob" -> {
                int outcome = ((UnsignedInteger16) arg(in, "Outcome")).intValue();
                CIMObjectPath job = context.jobs().start(ctx.namespace(), "test job " + outcome, List.of(target), progress -> {
                    progress.percentComplete(50);
                    switch (outcome) {
                        case FAIL -> throw new CimException(CimStatus.NOT_SUPPORTED, "the job could not do it");
                        case CRASH -> throw new IllegalStateException("secret job detail");
                        case ABORTABLE -> {
                            CountDownLatch interrupted = new CountDownLatch(1);
                            progress.onCancel(interrupted::countDown);
                            abortableRunning.countDown();
                            awaitQuietly(interrupted);
                            throw new CimException(CimStatus.FAILED, "interrupted");
                        }
                        case UNTIL_CANCELLED -> {
                            if (!progress.cancelRequested()) {
                                throw new CimException(CimStatus.FAILED, "expected to be cancelled");
                            }
                        }
                        default -> progress.percentComplete(90);
                    }
                });
                return MethodResult.of(4096, List.of(new CIMArgument<>("Job", new CIMDataType("CIM_ConcreteJob"), job)));
            }
            case "Boom" -> throw new IllegalStateException("secret provider detail");
            default -> throw new CimException(CimStatus.METHOD_NOT_AVAILABLE, methodName);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) throws CimException {
        try {
            if (!latch.await(10, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new CimException(CimStatus.FAILED, "the cancel action never ran");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CimException(CimStatus.FAILED, "interrupted while waiting");
        }
    }

    private static Object arg(CIMArgument<?>[] in, String name) {
        for (CIMArgument<?> a : in) {
            if (a.getName().equalsIgnoreCase(name)) {
                return a.getValue();
            }
        }
        return null;
    }
}
