package org.vemanager.provider.libvirt.xml.domain.devices;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import org.vemanager.provider.libvirt.xml.Extensible;

/** {@code <interface type='network'>}: a network adapter. */
@XmlAccessorType(XmlAccessType.FIELD)
public class NetInterface extends Extensible {

    /** network, bridge, direct, user, ethernet, … */
    @XmlAttribute
    public String type;
    public Mac mac;
    public InterfaceSource source;
    public Model model;
    public InterfaceTarget target;

    /** The MAC address in lower case, or null when libvirt is to choose one. */
    public String macAddress() {
        return mac == null || mac.address == null ? null : mac.address.toLowerCase(java.util.Locale.ROOT);
    }

    /** {@code <mac address='52:54:00:…'/>}. */
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class Mac extends Extensible {
        @XmlAttribute
        public String address;
    }

    /** {@code <source network='default'/>}, {@code bridge='br0'} or {@code dev='eth0'}. */
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class InterfaceSource extends Extensible {
        @XmlAttribute
        public String network;
        @XmlAttribute
        public String bridge;
        @XmlAttribute
        public String dev;

        public String connection() {
            return network != null ? network : bridge != null ? bridge : dev;
        }
    }

    /** {@code <model type='virtio'/>}. */
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class Model extends Extensible {
        @XmlAttribute
        public String type;
    }

    /** {@code <target dev='vnet0'/>}: the host-side device, live XML only. */
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class InterfaceTarget extends Extensible {
        @XmlAttribute
        public String dev;
    }
}
