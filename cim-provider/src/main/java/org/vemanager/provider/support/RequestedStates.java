package org.vemanager.provider.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last state a client requested per virtual system (CIM RequestedState), kept in memory: libvirt has
 * no place for it. After a restart of the node-agent it reads 5 (No Change) until the next request.
 */
public final class RequestedStates {

    /** RequestedState 5 "No Change": no request known. */
    public static final int NONE = 5;

    private final Map<String, Integer> byUuid = new ConcurrentHashMap<>();

    public int get(String uuid) {
        return byUuid.getOrDefault(uuid.toLowerCase(java.util.Locale.ROOT), NONE);
    }

    public void remember(String uuid, int requested) {
        byUuid.put(uuid.toLowerCase(java.util.Locale.ROOT), requested);
    }

    public void forget(String uuid) {
        byUuid.remove(uuid.toLowerCase(java.util.Locale.ROOT));
    }
}
