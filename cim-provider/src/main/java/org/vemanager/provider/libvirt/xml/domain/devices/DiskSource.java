package org.vemanager.provider.libvirt.xml.domain.devices;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import org.vemanager.provider.libvirt.xml.Extensible;

/** {@code <source file='…'/>} (or dev=, pool=+volume=, protocol=+name=) of a disk. */
@XmlAccessorType(XmlAccessType.FIELD)
public class DiskSource extends Extensible {

    @XmlAttribute
    public String file;
    @XmlAttribute
    public String dev;
    @XmlAttribute
    public String pool;
    @XmlAttribute
    public String volume;
    @XmlAttribute
    public String name;

    /** What the host provides the disk from, as one string: a path, "pool/volume", or a network name. */
    public String hostResource() {
        if (file != null) {
            return file;
        }
        if (dev != null) {
            return dev;
        }
        if (pool != null && volume != null) {
            return pool + "/" + volume;
        }
        return name;
    }
}
