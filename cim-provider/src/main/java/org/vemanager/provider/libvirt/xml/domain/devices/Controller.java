package org.vemanager.provider.libvirt.xml.domain.devices;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import org.vemanager.provider.libvirt.xml.Extensible;

/** {@code <controller type='usb' index='0' model='qemu-xhci'/>}: a bus controller. */
@XmlAccessorType(XmlAccessType.FIELD)
public class Controller extends Extensible {

    @XmlAttribute
    public String type;
    /** Per type: the first USB controller and the first IDE controller both have index 0. */
    @XmlAttribute
    public String index;
    @XmlAttribute
    public String model;
}
