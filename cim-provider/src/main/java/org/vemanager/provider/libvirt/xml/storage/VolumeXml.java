package org.vemanager.provider.libvirt.xml.storage;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;
import org.vemanager.provider.libvirt.xml.Extensible;
import org.vemanager.provider.libvirt.xml.LibvirtXml;

/** {@code <volume>}, read only for its target format; the rest is kept unmodelled. */
@XmlRootElement(name = "volume")
@XmlAccessorType(XmlAccessType.FIELD)
public class VolumeXml extends Extensible {

    public String name;
    public Target target;

    /** The volume's own format ({@code <target><format type='qcow2'/>}, not a backing store's), or null. */
    public static String format(String xml) {
        VolumeXml volume = LibvirtXml.read(VolumeXml.class, xml);
        return volume.target == null || volume.target.format == null ? null : volume.target.format.type;
    }

    /** {@code <target>}: path and format. */
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class Target extends Extensible {
        public String path;
        public Format format;
    }

    /** {@code <format type='…'/>}. */
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class Format extends Extensible {
        @XmlAttribute
        public String type;
    }
}
