package org.vemanager.provider.libvirt;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.libvirt.Connect;
import org.vemanager.wbem.spi.CimException;

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

    /** sizeof(virTypedParameter): char field[80]; int type; (pad); union of 8 bytes. */
    static final int TYPED_PARAM_SIZE = 96;
    private static final int TYPED_PARAM_TYPE_OFFSET = 80;
    private static final int TYPED_PARAM_VALUE_OFFSET = 88;

    private final Hypervisor hypervisor;

    public BulkDomainStats(Hypervisor hypervisor) {
        this.hypervisor = hypervisor;
    }

    /** Reads the statistics of every domain, active or not, in one call. */
    public List<Record> read() throws CimException {
        List<Record> raw = hypervisor.callNative("read the statistics of every domain", BulkDomainStats::records);
        if (raw.stream().allMatch(r -> r.values().containsKey("cpu.time"))) {
            return raw;
        }
        return hypervisor.call("read the statistics of every domain", c -> {
            List<Record> records = new ArrayList<>(raw.size());
            for (Record r : raw) {
                records.add(withInfoFallback(c, r));
            }
            return records;
        });
    }

    private static List<Record> records(NativeLibvirt.Api n, Pointer conn) throws NativeLibvirt.Failure {
        PointerByReference out = new PointerByReference();
        int count = n.virConnectGetAllDomainStats(conn, STATS_ALL_WE_USE, out, 0);
        if (count < 0) {
            throw NativeLibvirt.lastError(n);
        }
        Pointer list = out.getValue();
        try {
            List<Record> records = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                records.add(record(n, list.getPointer((long) i * Native.POINTER_SIZE)));
            }
            return records;
        } finally {
            if (list != null) {
                n.virDomainStatsRecordListFree(list);
            }
        }
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

    private static Record record(NativeLibvirt.Api n, Pointer rec) {
        Pointer domain = rec.getPointer(0);
        Pointer params = rec.getPointer(Native.POINTER_SIZE);
        int nparams = rec.getInt(2L * Native.POINTER_SIZE);
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
        return new Record(NativeLibvirt.uuidOf(n, domain), n.virDomainGetName(domain), values);
    }
}
