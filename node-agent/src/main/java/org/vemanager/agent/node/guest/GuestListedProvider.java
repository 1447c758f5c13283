package org.vemanager.agent.node.guest;

import java.util.List;
import java.util.Set;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.InstanceProvider;
import org.vemanager.wbem.spi.InstanceSink;
import org.vemanager.wbem.spi.RequestContext;

/**
 * A class with one instance per thing a guest lists (its accounts, groups, services, processes): the
 * subclass says how to list them, how one becomes an instance and which one a path names; this class
 * enumerates every answering guest's list and serves GetInstance from the named VM's list, so that
 * what the guest no longer has is NOT_FOUND.
 *
 * @param <T> what the guest-agent lists
 */
abstract class GuestListedProvider<T> implements InstanceProvider {

    protected final GuestDirectory guests;
    private final String className;

    GuestListedProvider(GuestDirectory guests, String className) {
        this.guests = guests;
        this.className = className;
    }

    /** What {@code guest} has now, asked from its guest-agent. */
    abstract List<T> listed(GuestVm guest) throws CimException;

    /** The instance of one listed thing. */
    abstract CIMInstance instanceOf(GuestVm guest, T item);

    /** The thing of {@code guest} that {@code path} names; NOT_FOUND (see {@link GuestVm#find}) when it has none. */
    abstract T named(GuestVm guest, CIMObjectPath path) throws CimException;

    @Override
    public Set<String> classNames() {
        return Set.of(className);
    }

    @Override
    public void enumerateInstances(RequestContext context, String requested, InstanceSink sink) throws CimException {
        guests.forEachGuest(guest -> {
            for (T item : listed(guest)) {
                sink.accept(instanceOf(guest, item));
            }
        });
    }

    @Override
    public CIMInstance getInstance(RequestContext context, CIMObjectPath path) throws CimException {
        GuestVm guest = guests.guest(GuestPaths.requireUuid(path));
        return instanceOf(guest, named(guest, path));
    }
}
