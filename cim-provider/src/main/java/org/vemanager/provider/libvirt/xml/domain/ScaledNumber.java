package org.vemanager.provider.libvirt.xml.domain;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAnyAttribute;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlValue;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.xml.namespace.QName;

/** A number with libvirt's {@code unit} attribute, e.g. {@code <memory unit='KiB'>1048576</memory>}. */
@XmlAccessorType(XmlAccessType.FIELD)
public class ScaledNumber {

    @XmlAttribute
    public String unit;
    @XmlValue
    public long value;
    @XmlAnyAttribute
    public Map<QName, String> otherAttributes = new HashMap<>();

    public ScaledNumber() {
    }

    public static ScaledNumber kib(long kib) {
        ScaledNumber n = new ScaledNumber();
        n.unit = "KiB";
        n.value = kib;
        return n;
    }

    /** The value in bytes; libvirt's default unit for memory is KiB. */
    public long bytes() {
        return value * multiplier(unit);
    }

    public long kib() {
        return bytes() / 1024;
    }

    static long multiplier(String unit) {
        String u = unit == null ? "kib" : unit.toLowerCase(Locale.ROOT);
        return switch (u) {
            case "b", "bytes" -> 1L;
            case "kb" -> 1_000L;
            case "k", "kib" -> 1L << 10;
            case "mb" -> 1_000_000L;
            case "m", "mib" -> 1L << 20;
            case "gb" -> 1_000_000_000L;
            case "g", "gib" -> 1L << 30;
            case "tb" -> 1_000_000_000_000L;
            case "t", "tib" -> 1L << 40;
            default -> throw new IllegalArgumentException("unknown libvirt unit '" + unit + "'");
        };
    }
}
