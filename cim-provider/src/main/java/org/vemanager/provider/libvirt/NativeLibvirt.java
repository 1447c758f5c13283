package org.vemanager.provider.libvirt;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.PointerType;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import java.lang.reflect.Field;
import org.libvirt.Connect;
import org.libvirt.Error.ErrorNumber;
import org.vemanager.wbem.spi.CimException;

/**
 * The few libvirt functions that libvirt-java 0.5.2 does not offer (listing every domain in one call, bulk
 * statistics), called through JNA with raw pointers on the {@link Hypervisor}'s own connection. Only
 * {@link Hypervisor}, {@link AllDomains} and {@link BulkDomainStats} use it, always inside one of the
 * hypervisor's calls, so the connection is held while the pointers are in use.
 */
final class NativeLibvirt {

    /** The libvirt functions we call directly. */
    interface Api extends Library {
        int virConnectListAllDomains(Pointer conn, PointerByReference domains, int flags);

        int virConnectGetAllDomainStats(Pointer conn, int stats, PointerByReference retStats, int flags);

        void virDomainStatsRecordListFree(Pointer stats);

        int virDomainFree(Pointer domain);

        String virDomainGetName(Pointer domain);

        int virDomainGetUUIDString(Pointer domain, byte[] buf);

        int virDomainGetState(Pointer domain, IntByReference state, IntByReference reason, int flags);

        /** A string the caller frees. */
        Pointer virDomainGetXMLDesc(Pointer domain, int flags);

        int virGetLastErrorCode();

        String virGetLastErrorMessage();
    }

    /** virConnectListAllDomainsFlags: only domains with a managed-save image. */
    static final int LIST_MANAGEDSAVE = 256;
    /** virConnectListAllDomainsFlags: only domains that have at least one snapshot. */
    static final int LIST_HAS_SNAPSHOT = 4096;
    private static final int UUID_STRING_BUFLEN = 37;

    private static volatile Api api;

    private NativeLibvirt() {
    }

    /** The bound library, loaded on first use. */
    static Api api() throws CimException {
        Api known = api;
        if (known != null) {
            return known;
        }
        try {
            known = Native.load("virt", Api.class);
        } catch (UnsatisfiedLinkError e) {
            throw LibvirtErrors.libraryMissing(e);
        }
        api = known;
        return known;
    }

    /**
     * The native virConnectPtr inside libvirt-java's Connect (a field it offers no getter for); a closed
     * connection has none, which is reported as a lost connection.
     */
    static Pointer connectionOf(Connect c) throws Failure {
        PointerType vcp;
        try {
            Field f = Connect.class.getDeclaredField("vcp");
            f.setAccessible(true);
            vcp = (PointerType) f.get(c);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("libvirt-java's Connect no longer has the connection pointer field 'vcp'", e);
        }
        if (vcp == null || vcp.getPointer() == null) {
            throw new Failure(ErrorNumber.VIR_ERR_INVALID_CONN, "the connection is closed");
        }
        return vcp.getPointer();
    }

    static String uuidOf(Api n, Pointer domain) {
        byte[] uuid = new byte[UUID_STRING_BUFLEN];
        n.virDomainGetUUIDString(domain, uuid);
        return Native.toString(uuid, "US-ASCII");
    }

    /** Reads and frees a string libvirt allocated for us; null stays null. */
    static String takeString(Pointer s) {
        if (s == null) {
            return null;
        }
        try {
            return s.getString(0, "UTF-8");
        } finally {
            Native.free(Pointer.nativeValue(s));
        }
    }

    /** The failure libvirt just reported on this thread. */
    static Failure lastError(Api n) {
        int code = n.virGetLastErrorCode();
        ErrorNumber number = code >= 0 && code < ErrorNumber.values().length ? ErrorNumber.values()[code] : ErrorNumber.VIR_ERR_UNKNOWN;
        return new Failure(number, n.virGetLastErrorMessage());
    }

    /** A failed native call with libvirt's error number and words; {@link Hypervisor} translates it. */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient ErrorNumber code;

        Failure(ErrorNumber code, String message) {
            super(message);
            this.code = code;
        }

        ErrorNumber code() {
            return code;
        }
    }
}
