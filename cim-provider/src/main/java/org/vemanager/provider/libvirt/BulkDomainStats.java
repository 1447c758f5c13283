package org.vemanager.provider.libvirt;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.PointerType;
import com.sun.jna.ptr.PointerByReference;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.libvirt.Connect;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;

/**
 * Statistics of every domain in one libvirt call ({@code virConnectGetAllDomainStats}), which
 * libvirt-java 0.5.2 does not expose: called through JNA on the {@link Hypervisor}'s own connection, the
 * returned records copied into Java and freed at once ({@code virDomainStatsRecordListFree}).
 */
public final class BulkDomainStats {

    /** virDomainStatsTypes: state, cpu-total, balloon, interface and block groups. */
    public static final int STATS_STATE = 1;
    public static final int STATS_CPU_TOTAL = 2;
    public static final int STATS_BALLOON = 4;
    public static final int STATS_VCPU = 8;
    public static final int STATS_INTERFACE = 16;
    public static final int STATS_BLOCK = 32;
    public static final int STATS_ALL_WE_USE = STATS_STATE | STATS_CPU_TOTAL | STATS_BALLOON | STATS_VCPU | STATS_INTERFACE
            | STATS_BLOCK;

    /** One domain's statistics: libvirt's field names ({@code cpu.time}, {@code net.0.rx.bytes}, …) to numbers or strings. */
    public record Record(String uuid, String name, Map<String, Object> values) {
        public Record {
            values = Map.copyOf(values);
        }

        /** A numeric field, or {@code missing} when absent. */
        public long number(String field, long missing) {
            return values.get(field) instanceof Number n ? n.longValue() : missing;
        }

        /** The sum of {@code <group>.<i>.<suffix>} over {@code <group>.count} entries (e.g. every disk's rd.bytes). */
        public long sum(String group, String suffix) {
            long count = number(group + ".count", 0);
            long sum = 0;
            for (int i = 0; i < count; i++) {
                sum += number(group + "." + i + "." + suffix, 0);
            }
            return sum;
        }
    }

    /** The libvirt functions we call, with raw pointers; only used while the connection is held. */
    interface Native0 extends Library {
        int virConnectGetAllDomainStats(Pointer conn, int stats, PointerByReference retStats, int flags);

        void virDomainStatsRecordListFree(Pointer stats);

        String virDomainGetName(Pointer domain);

        int virDomainGetUUIDString(Pointer domain, byte[] buf);

        String virGetLastErrorMessage();
    }

    /** sizeof(virTypedParameter): char field[80]; int type; (pad); union of 8 bytes. */
    static final int TYPED_PARAM_SIZE = 96;
    private static final int TYPED_PARAM_TYPE_OFFSET = 80;
    private static final int TYPED_PARAM_VALUE_OFFSET = 88;

    private static volatile Native0 lib;

    private final Hypervisor hypervisor;

    public BulkDomainStats(Hypervisor hypervisor) {
        this.hypervisor = hypervisor;
    }

    /** Reads the statistics of every domain, active or not, in one call. */
    public List<Record> read() throws CimException {
        Native0 n = library();
        try {
            return readWith(n);
        } catch (LibvirtCallFailed e) {
            throw failure(e);
        }
    }

    private List<Record> readWith(Native0 n) throws CimException {
        return hypervisor.call("read the statistics of every domain", c -> {
            PointerByReference out = new PointerByReference();
            int count = n.virConnectGetAllDomainStats(pointerOf(c), STATS_ALL_WE_USE, out, 0);
            if (count < 0) {
                String why = n.virGetLastErrorMessage();
                throw new LibvirtCallFailed(why);
            }
            Pointer list = out.getValue();
            try {
                List<Record> records = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    records.add(withInfoFallback(c, record(n, list.getPointer((long) i * Native.POINTER_SIZE))));
                }
                return records;
            } finally {
                if (list != null) {
                    n.virDomainStatsRecordListFree(list);
                }
            }
        });
    }

    /**
     * Drivers that report no cpu-total group (the test driver reports only the state) get the basic
     * figures from virDomainGetInfo instead: one more call per such domain, none on QEMU.
     */
    private static Record withInfoFallback(Connect c, Record r) throws org.libvirt.LibvirtException {
        if (r.values().containsKey("cpu.time")) {
            return r;
        }
        org.libvirt.Domain d = c.domainLookupByUUIDString(r.uuid());
        try {
            org.libvirt.DomainInfo info = d.getInfo();
            Map<String, Object> values = new LinkedHashMap<>(r.values());
            values.put("cpu.time", info.cpuTime);
            values.putIfAbsent("balloon.current", info.memory);
            values.putIfAbsent("balloon.maximum", info.maxMem);
            values.putIfAbsent("vcpu.current", (long) info.nrVirtCpu);
            return new Record(r.uuid(), r.name(), values);
        } finally {
            Hypervisor.free(d);
        }
    }

    private static Record record(Native0 n, Pointer rec) {
        Pointer domain = rec.getPointer(0);
        Pointer params = rec.getPointer(Native.POINTER_SIZE);
        int nparams = rec.getInt(2L * Native.POINTER_SIZE);
        byte[] uuid = new byte[37];
        n.virDomainGetUUIDString(domain, uuid);
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < nparams; i++) {
            Pointer p = params.share((long) i * TYPED_PARAM_SIZE);
            String field = p.getString(0, StandardCharsets.UTF_8.name());
            int type = p.getInt(TYPED_PARAM_TYPE_OFFSET);
            Object value = switch (type) {
                case 1 -> p.getInt(TYPED_PARAM_VALUE_OFFSET);
                case 2 -> Integer.toUnsignedLong(p.getInt(TYPED_PARAM_VALUE_OFFSET));
                case 3, 4 -> p.getLong(TYPED_PARAM_VALUE_OFFSET);
                case 5 -> p.getDouble(TYPED_PARAM_VALUE_OFFSET);
                case 6 -> p.getByte(TYPED_PARAM_VALUE_OFFSET) != 0 ? 1 : 0;
                case 7 -> {
                    Pointer s = p.getPointer(TYPED_PARAM_VALUE_OFFSET);
                    yield s == null ? null : s.getString(0, StandardCharsets.UTF_8.name());
                }
                default -> null;
            };
            if (value != null) {
                values.put(field, value);
            }
        }
        return new Record(new String(uuid, 0, 36, StandardCharsets.US_ASCII), n.virDomainGetName(domain), values);
    }

    /** The native virConnectPtr inside libvirt-java's Connect (a protected field it offers no getter for). */
    private static Pointer pointerOf(Connect c) {
        try {
            Field f = Connect.class.getDeclaredField("vcp");
            f.setAccessible(true);
            return ((PointerType) f.get(c)).getPointer();
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("libvirt-java's Connect no longer has the connection pointer field 'vcp'", e);
        }
    }

    private static Native0 library() throws CimException {
        Native0 known = lib;
        if (known != null) {
            return known;
        }
        try {
            known = Native.load("virt", Native0.class);
        } catch (UnsatisfiedLinkError e) {
            throw LibvirtErrors.libraryMissing(e);
        }
        lib = known;
        return known;
    }

    /** A failed native call, reported through Hypervisor's error path as a LibvirtException would be. */
    static final class LibvirtCallFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LibvirtCallFailed(String message) {
            super(message);
        }
    }

    /** Turns a failed bulk read into the CIM error. */
    static CimException failure(LibvirtCallFailed e) {
        return new CimException(CimStatus.FAILED, "read the statistics of every domain: " + e.getMessage(), e);
    }
}
