package org.vemanager.wbem.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.wbem.job.JobService;
import org.vemanager.wbem.operation.CimRequest;
import org.vemanager.wbem.operation.DefaultOperationDispatcher;
import org.vemanager.wbem.operation.DispatcherSettings;
import org.vemanager.wbem.operation.Role;
import org.vemanager.wbem.repository.ClassRepository;
import org.vemanager.wbem.repository.DefaultProviderRegistry;
import org.vemanager.wbem.spi.CimException;

/**
 * The dispatcher assembled over the test schema and the test providers, with a hand-moved clock, a
 * manual job executor and a recording indication publisher; plus one-line calls as a given user.
 */
public final class DispatcherFixture {

    public static final String NS = TestSchema.NAMESPACE;

    public final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    public final ClassRepository classes = TestSchema.repository();
    public final DefaultProviderRegistry registry = new DefaultProviderRegistry(classes);
    public final ManualExecutor executor = new ManualExecutor();
    public final JobService jobs = new JobService(registry, clock, executor, JobService.DEFAULT_TIME_BEFORE_REMOVAL);
    public final List<CIMInstance> indications = new CopyOnWriteArrayList<>();
    public final PeopleProvider people = new PeopleProvider();
    public final ServiceProvider service = new ServiceProvider(registry.context());
    public final DefaultOperationDispatcher dispatcher;

    public DispatcherFixture() {
        this(settings -> settings);
    }

    /** @param tune adjusts the settings (timeouts, limits, query engine); the clock is always the fixture's */
    public DispatcherFixture(java.util.function.UnaryOperator<DispatcherSettings> tune) {
        registry.register(NS, people);
        registry.register(NS, new TeamProvider());
        registry.register(NS, LinkProvider.memberships());
        registry.register(NS, LinkProvider.friendships());
        registry.register(NS, service);
        jobs.registerProviders(NS);
        registry.indicationPublisher((namespace, indication) -> indications.add(indication));
        DispatcherSettings settings = tune.apply(DispatcherSettings.defaults().withHostName("testhost")).withClock(clock);
        dispatcher = new DefaultOperationDispatcher(registry, settings);
    }

    public void advance(Duration duration) {
        clock.advance(duration);
    }

    /** An intrinsic call by an ADMIN; {@code params} alternate names and values (values may be null). */
    public RecordingWriter call(String operation, Object... params) throws CimException {
        return callAs("alice", Role.ADMIN, operation, params);
    }

    public RecordingWriter callAs(String user, Role role, String operation, Object... params) throws CimException {
        return callIn(NS, user, role, operation, params);
    }

    public RecordingWriter callIn(String namespace, String user, Role role, String operation, Object... params) throws CimException {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < params.length; i += 2) {
            map.put((String) params[i], params[i + 1]);
        }
        RecordingWriter out = new RecordingWriter();
        dispatcher.dispatch(new CimRequest(operation, true, namespace, null, map, List.of(), user, role), out);
        return out;
    }

    /** An extrinsic call by an OPERATOR. */
    public RecordingWriter invoke(CIMObjectPath target, String method, CIMArgument<?>... args) throws CimException {
        return invokeAs(Role.OPERATOR, target, method, args);
    }

    public RecordingWriter invokeAs(Role role, CIMObjectPath target, String method, CIMArgument<?>... args) throws CimException {
        RecordingWriter out = new RecordingWriter();
        dispatcher.dispatch(new CimRequest(method, false, NS, target, Map.of(), new ArrayList<>(List.of(args)), "olga", role), out);
        return out;
    }
}
