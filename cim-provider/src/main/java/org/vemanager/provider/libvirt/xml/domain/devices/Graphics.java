package org.vemanager.provider.libvirt.xml.domain.devices;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import org.vemanager.provider.libvirt.xml.Extensible;

/** {@code <graphics type='vnc' port='5900' autoport='yes' listen='127.0.0.1'/>}: a remote console. */
@XmlAccessorType(XmlAccessType.FIELD)
public class Graphics extends Extensible {

    /** vnc, spice, sdl, rdp, … */
    @XmlAttribute
    public String type;
    /** -1 (or absent) until a running domain was given one. */
    @XmlAttribute
    public Integer port;
    @XmlAttribute
    public String autoport;
    @XmlAttribute
    public String listen;
}
