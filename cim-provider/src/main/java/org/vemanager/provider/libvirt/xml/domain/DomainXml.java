package org.vemanager.provider.libvirt.xml.domain;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import org.vemanager.provider.libvirt.xml.Extensible;
import org.vemanager.provider.libvirt.xml.LibvirtXml;
import org.vemanager.provider.libvirt.xml.domain.devices.Devices;

/** {@code <domain type='kvm'>}: one virtual machine's configuration. */
@XmlRootElement(name = "domain")
@XmlAccessorType(XmlAccessType.FIELD)
public class DomainXml extends Extensible {

    /** The hypervisor driver: kvm, qemu, xen, lxc, test, … */
    @XmlAttribute
    public String type;
    /** Present only in a running domain's live XML. */
    @XmlAttribute
    public String id;
    public String name;
    public String uuid;
    public String title;
    public String description;
    /** Maximum memory at boot. */
    public ScaledNumber memory;
    /** Current (balloon) memory. */
    public ScaledNumber currentMemory;
    public Vcpu vcpu;
    public CpuTune cputune;
    public Os os;
    @XmlElement(name = "devices")
    public Devices devices;

    /** A fresh, editable document. */
    public static DomainXml parse(String xml) {
        return LibvirtXml.read(DomainXml.class, xml);
    }

    /**
     * A shared document for reading only — never modify it. JAXB needs about a millisecond per unmodelled
     * element (it builds a DOM for each), and enumerations read every domain's XML again and again, mostly
     * unchanged, so readers share parsed documents by their text: a changed definition is a new text and
     * is parsed afresh, so nothing stale is ever served. The cache holds the documents of a few thousand
     * domains (live and persistent), softly, so memory pressure can take them back.
     */
    public static DomainXml readOnly(String xml) {
        java.lang.ref.SoftReference<DomainXml> ref = READ_ONLY.get(xml);
        DomainXml known = ref == null ? null : ref.get();
        if (known != null) {
            return known;
        }
        DomainXml parsed = parse(xml);
        READ_ONLY.put(xml, new java.lang.ref.SoftReference<>(parsed));
        return parsed;
    }

    private static final int READ_ONLY_ENTRIES = 4096;
    private static final java.util.Map<String, java.lang.ref.SoftReference<DomainXml>> READ_ONLY = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(64, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<String, java.lang.ref.SoftReference<DomainXml>> eldest) {
                    return size() > READ_ONLY_ENTRIES;
                }
            });

    public String toXml() {
        return LibvirtXml.write(this);
    }

    /** The devices element, created when absent. */
    public Devices devices() {
        if (devices == null) {
            devices = new Devices();
        }
        return devices;
    }
}
