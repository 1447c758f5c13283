package org.vemanager.agent.guest.client;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.concurrent.atomic.AtomicBoolean;

/** A "gadget": deserializing it flips {@link #TRIPPED}, so a test can tell whether anything deserialized it. */
final class Tripwire extends RuntimeException implements Serializable {
    private static final long serialVersionUID = 1L;
    static final AtomicBoolean TRIPPED = new AtomicBoolean();

    Tripwire() {
        super("gadget");
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        TRIPPED.set(true);
    }
}
