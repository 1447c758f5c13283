package org.vemanager.provider.libvirt.xml.domain.devices;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import org.vemanager.provider.libvirt.xml.Extensible;

/** {@code <target dev='vda' bus='virtio'/>}: how the guest sees a disk. */
@XmlAccessorType(XmlAccessType.FIELD)
public class DiskTarget extends Extensible {

    @XmlAttribute
    public String dev;
    @XmlAttribute
    public String bus;
}
