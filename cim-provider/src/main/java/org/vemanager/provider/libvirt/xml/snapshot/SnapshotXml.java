package org.vemanager.provider.libvirt.xml.snapshot;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;
import org.vemanager.provider.libvirt.xml.Extensible;
import org.vemanager.provider.libvirt.xml.LibvirtXml;
import org.vemanager.provider.libvirt.xml.domain.DomainXml;

/**
 * {@code <domainsnapshot>}: name, description, the domain state captured, creation time (seconds since
 * the epoch), the parent snapshot, whether memory was saved and the domain definition libvirt saved with
 * the snapshot (absent in a creation request).
 */
@XmlRootElement(name = "domainsnapshot")
@XmlAccessorType(XmlAccessType.FIELD)
public class SnapshotXml extends Extensible {

    public String name;
    public String description;
    public String state;
    public Long creationTime;
    public Parent parent;
    public Memory memory;
    public DomainXml domain;

    public static SnapshotXml parse(String xml) {
        return LibvirtXml.read(SnapshotXml.class, xml);
    }

    /** A request for a new snapshot; {@code description} may be null. */
    public static SnapshotXml request(String name, String description) {
        SnapshotXml s = new SnapshotXml();
        s.name = name;
        s.description = description;
        return s;
    }

    public String toXml() {
        return LibvirtXml.write(this);
    }

    public String parentName() {
        return parent == null ? null : parent.name;
    }

    /** {@code <parent><name>}. */
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class Parent extends Extensible {
        public String name;
    }

    /** {@code <memory snapshot='internal|external|no'/>}. */
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class Memory extends Extensible {
        @XmlAttribute
        public String snapshot;
    }
}
