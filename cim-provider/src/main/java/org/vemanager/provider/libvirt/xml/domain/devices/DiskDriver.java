package org.vemanager.provider.libvirt.xml.domain.devices;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import org.vemanager.provider.libvirt.xml.Extensible;

/**
 * {@code <driver name='qemu' type='qcow2'/>} of a disk: type is the image format QEMU reads the source
 * as. Without it QEMU libvirt assumes raw, which would hand a qcow2 image's header to the guest as data.
 */
@XmlAccessorType(XmlAccessType.FIELD)
public class DiskDriver extends Extensible {

    @XmlAttribute
    public String name;
    @XmlAttribute
    public String type;
}
