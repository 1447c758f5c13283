package org.vemanager.provider.libvirt;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.libvirt.Error.ErrorNumber;
import org.vemanager.provider.libvirt.NativeLibvirt.Api;
import org.vemanager.provider.libvirt.NativeLibvirt.Failure;

/**
 * Reads of every domain built on {@code virConnectListAllDomains}, which lists running and defined domains
 * in one atomic call (libvirt-java 0.5.2 only has the two separate lists, between which a domain that
 * starts or stops can slip through), and then reads each listed domain through the pointer the listing
 * returned: no lookup by name or UUID, no second XML dump. A domain undefined between the listing and its
 * read is left out, as if the listing had come a moment later.
 */
final class AllDomains {

    private AllDomains() {
    }

    /** What to read of one listed domain; null leaves it out. */
    @FunctionalInterface
    private interface Read<T> {
        T apply(Pointer domain) throws Failure;
    }

    static List<String> uuids(Api n, Pointer conn) throws Failure {
        return each(n, conn, 0, d -> NativeLibvirt.uuidOf(n, d));
    }

    /** Identity of the domains that have snapshots: libvirt filters, so a host without snapshots costs one call. */
    static List<DomainName> withSnapshots(Api n, Pointer conn) throws Failure {
        return each(n, conn, NativeLibvirt.LIST_HAS_SNAPSHOT, d -> new DomainName(NativeLibvirt.uuidOf(n, d), n.virDomainGetName(d)));
    }

    static List<DomainStatus> statuses(Api n, Pointer conn) throws Failure {
        Set<String> saved = new HashSet<>(each(n, conn, NativeLibvirt.LIST_MANAGEDSAVE, d -> NativeLibvirt.uuidOf(n, d)));
        IntByReference state = new IntByReference();
        IntByReference reason = new IntByReference();
        return each(n, conn, 0, d -> {
            if (n.virDomainGetState(d, state, reason, 0) < 0) {
                return skipIfGone(NativeLibvirt.lastError(n));
            }
            String uuid = NativeLibvirt.uuidOf(n, d);
            return new DomainStatus(uuid, n.virDomainGetName(d), DomainStatus.state(state.getValue()), saved.contains(uuid));
        });
    }

    static List<DomainDefinition> definitions(Api n, Pointer conn) throws Failure {
        return each(n, conn, 0, d -> {
            String xml = NativeLibvirt.takeString(n.virDomainGetXMLDesc(d, Hypervisor.XML_INACTIVE));
            if (xml == null) {
                return skipIfGone(NativeLibvirt.lastError(n));
            }
            return new DomainDefinition(NativeLibvirt.uuidOf(n, d), n.virDomainGetName(d), xml);
        });
    }

    private static <T> T skipIfGone(Failure f) throws Failure {
        if (f.code() == ErrorNumber.VIR_ERR_NO_DOMAIN) {
            return null;
        }
        throw f;
    }

    /** Lists the domains {@code flags} selects, reads each, and frees the domain objects and the list. */
    private static <T> List<T> each(Api n, Pointer conn, int flags, Read<T> read) throws Failure {
        PointerByReference out = new PointerByReference();
        int count = n.virConnectListAllDomains(conn, out, flags);
        if (count < 0) {
            throw NativeLibvirt.lastError(n);
        }
        Pointer list = out.getValue();
        List<T> result = new ArrayList<>(count);
        try {
            for (int i = 0; i < count; i++) {
                T value = read.apply(list.getPointer((long) i * Native.POINTER_SIZE));
                if (value != null) {
                    result.add(value);
                }
            }
            return result;
        } finally {
            if (list != null) {
                for (int i = 0; i < count; i++) {
                    n.virDomainFree(list.getPointer((long) i * Native.POINTER_SIZE));
                }
                Native.free(Pointer.nativeValue(list));
            }
        }
    }
}
