package org.vemanager.wbem.indication;

import java.net.URI;

/**
 * A CIM-XML listener destination (handler): where indications are POSTed.
 *
 * @param persistenceType 1 Other, 2 Permanent (the default when a client leaves it NULL, as the MOF
 *     says), 3 Transient; Permanent and Other destinations, and their subscriptions, survive restarts
 */
public record ListenerDestination(ScopedKeys keys, URI destination, int persistenceType) {

    public static final int OTHER = 1;
    public static final int PERMANENT = 2;
    public static final int TRANSIENT = 3;

    boolean persistent() {
        return persistenceType != TRANSIENT;
    }
}
