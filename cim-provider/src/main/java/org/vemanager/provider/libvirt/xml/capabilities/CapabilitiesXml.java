package org.vemanager.provider.libvirt.xml.capabilities;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.vemanager.provider.libvirt.xml.Extensible;
import org.vemanager.provider.libvirt.xml.LibvirtXml;

/** {@code <capabilities>}: the host and the guest types it can run. */
@XmlRootElement(name = "capabilities")
@XmlAccessorType(XmlAccessType.FIELD)
public class CapabilitiesXml extends Extensible {

    public Host host;
    @XmlElement(name = "guest")
    public List<Guest> guests = new ArrayList<>();

    public static CapabilitiesXml parse(String xml) {
        return LibvirtXml.read(CapabilitiesXml.class, xml);
    }

    public String toXml() {
        return LibvirtXml.write(this);
    }

    /** The domain types (kvm, qemu, test, …) any guest architecture offers, in document order. */
    public Set<String> domainTypes() {
        Set<String> types = new LinkedHashSet<>();
        for (Guest guest : guests) {
            if (guest.arch != null) {
                for (GuestDomain d : guest.arch.domains) {
                    types.add(d.type);
                }
            }
        }
        return types;
    }

    /** {@code <host>}: the host's UUID and CPU; topology, secmodel etc. are kept unmodelled. */
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class Host extends Extensible {
        public String uuid;
        public HostCpu cpu;
    }

    /** {@code <host><cpu>}. */
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class HostCpu extends Extensible {
        public String arch;
        public String model;
    }

    /** {@code <guest>}: one OS type on one architecture. */
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class Guest extends Extensible {
        @XmlElement(name = "os_type")
        public String osType;
        public GuestArch arch;
    }

    /** {@code <arch name='x86_64'>} with the domain types that can run it. */
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class GuestArch extends Extensible {
        @XmlAttribute
        public String name;
        @XmlElement(name = "domain")
        public List<GuestDomain> domains = new ArrayList<>();
    }

    /** {@code <domain type='kvm'/>}. */
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class GuestDomain extends Extensible {
        @XmlAttribute
        public String type;
    }
}
