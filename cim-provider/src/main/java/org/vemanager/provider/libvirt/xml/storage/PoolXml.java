package org.vemanager.provider.libvirt.xml.storage;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;
import org.vemanager.provider.libvirt.xml.Extensible;
import org.vemanager.provider.libvirt.xml.LibvirtXml;

/** {@code <pool type='dir'>}: name, UUID and target path; sizes and source are kept unmodelled. */
@XmlRootElement(name = "pool")
@XmlAccessorType(XmlAccessType.FIELD)
public class PoolXml extends Extensible {

    @XmlAttribute
    public String type;
    public String name;
    public String uuid;
    public Target target;

    public static PoolXml parse(String xml) {
        return LibvirtXml.read(PoolXml.class, xml);
    }

    /** A new directory-backed (or other path-targeted) pool definition. */
    public static PoolXml of(String type, String name, String path) {
        PoolXml pool = new PoolXml();
        pool.type = type;
        pool.name = name;
        pool.target = new Target();
        pool.target.path = path;
        return pool;
    }

    public String toXml() {
        return LibvirtXml.write(this);
    }

    /** The pool's directory, or null when it has none. */
    public String targetPath() {
        return target == null ? null : target.path;
    }

    /** {@code <target><path>}. */
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class Target extends Extensible {
        public String path;
    }
}
