package org.vemanager.provider.libvirt.xml.network;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;
import org.vemanager.provider.libvirt.xml.Extensible;
import org.vemanager.provider.libvirt.xml.LibvirtXml;

/**
 * {@code <network>}: name, UUID, forward mode, bridge and IP addresses. No {@code <forward>} means an
 * isolated network; {@code <forward mode='nat'/>} (or no mode) NAT; {@code mode='bridge'} an existing
 * host bridge.
 */
@XmlRootElement(name = "network")
@XmlAccessorType(XmlAccessType.FIELD)
public class NetworkXml extends Extensible {

    public String name;
    public String uuid;
    public Forward forward;
    public Bridge bridge;
    @XmlElement(name = "ip")
    public List<Ip> ips = new ArrayList<>();

    public static NetworkXml parse(String xml) {
        return LibvirtXml.read(NetworkXml.class, xml);
    }

    public String toXml() {
        return LibvirtXml.write(this);
    }

    /** nat, route, bridge, open, … or "isolated" when there is no forward element. */
    public String mode() {
        if (forward == null) {
            return "isolated";
        }
        return forward.mode == null ? "nat" : forward.mode;
    }

    public String bridgeName() {
        return bridge == null ? null : bridge.name;
    }

    /** {@code <forward mode='nat'/>}. */
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class Forward extends Extensible {
        @XmlAttribute
        public String mode;
    }

    /** {@code <bridge name='virbr0'/>}. */
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class Bridge extends Extensible {
        @XmlAttribute
        public String name;
    }

    /** {@code <ip address='192.168.122.1' prefix='24'/>} (or netmask=). */
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class Ip extends Extensible {
        @XmlAttribute
        public String address;
        @XmlAttribute
        public String netmask;
        @XmlAttribute
        public Integer prefix;
    }
}
