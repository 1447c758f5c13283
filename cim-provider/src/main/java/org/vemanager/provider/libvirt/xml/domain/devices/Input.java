package org.vemanager.provider.libvirt.xml.domain.devices;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import org.vemanager.provider.libvirt.xml.Extensible;

/** {@code <input type='tablet' bus='usb'/>}: keyboard, mouse or tablet. */
@XmlAccessorType(XmlAccessType.FIELD)
public class Input extends Extensible {

    @XmlAttribute
    public String type;
    @XmlAttribute
    public String bus;
}
