package org.vemanager.provider.libvirt.xml.domain.devices;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import java.util.ArrayList;
import java.util.List;
import org.vemanager.provider.libvirt.xml.Extensible;

/**
 * {@code <devices>}: the device kinds VE-manager maps to CIM; every other device (memballoon, serial,
 * video, …) stays in {@link #any} untouched.
 */
@XmlAccessorType(XmlAccessType.FIELD)
public class Devices extends Extensible {

    @XmlElement(name = "disk")
    public List<Disk> disks = new ArrayList<>();
    @XmlElement(name = "interface")
    public List<NetInterface> interfaces = new ArrayList<>();
    @XmlElement(name = "graphics")
    public List<Graphics> graphics = new ArrayList<>();
    @XmlElement(name = "input")
    public List<Input> inputs = new ArrayList<>();
    @XmlElement(name = "controller")
    public List<Controller> controllers = new ArrayList<>();
}
