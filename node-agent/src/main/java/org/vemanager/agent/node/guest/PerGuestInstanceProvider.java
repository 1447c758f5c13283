package org.vemanager.agent.node.guest;

import java.util.Set;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.InstanceProvider;
import org.vemanager.wbem.spi.InstanceSink;
import org.vemanager.wbem.spi.RequestContext;

/**
 * A class with one instance per guest that answers (a service or capabilities of the guest): the
 * subclass builds the instance and says which VM a path names; this class enumerates the answering
 * guests and serves GetInstance, asking the guest first so that a silent guest has no instance.
 */
abstract class PerGuestInstanceProvider implements InstanceProvider {

    protected final GuestDirectory guests;
    private final String className;

    PerGuestInstanceProvider(GuestDirectory guests, String className) {
        this.guests = guests;
        this.className = className;
    }

    /** This guest's one instance. */
    abstract CIMInstance instance(GuestVm guest);

    /**
     * The uuid of the VM whose instance {@code path} names; NOT_FOUND when it names none of this
     * class's instances.
     */
    abstract String uuidNamed(CIMObjectPath path) throws CimException;

    @Override
    public Set<String> classNames() {
        return Set.of(className);
    }

    @Override
    public void enumerateInstances(RequestContext context, String requested, InstanceSink sink) throws CimException {
        guests.forEachGuest(guest -> {
            checkAnswers(guest);
            sink.accept(instance(guest));
        });
    }

    @Override
    public CIMInstance getInstance(RequestContext context, CIMObjectPath path) throws CimException {
        GuestVm guest = guests.guest(uuidNamed(path));
        checkAnswers(guest);
        return instance(guest);
    }

    private static void checkAnswers(GuestVm guest) throws CimException {
        guest.call("check that it answers", client -> client.info());
    }
}
