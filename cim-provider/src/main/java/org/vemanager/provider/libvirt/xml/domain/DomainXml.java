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

    public static DomainXml parse(String xml) {
        return LibvirtXml.read(DomainXml.class, xml);
    }

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
