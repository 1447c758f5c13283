package org.vemanager.provider.libvirt.xml.domain;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAnyAttribute;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlValue;
import java.util.HashMap;
import java.util.Map;
import javax.xml.namespace.QName;

/** {@code <vcpu placement='static' current='1'>2</vcpu>}: maximum vCPUs, and those online at boot. */
@XmlAccessorType(XmlAccessType.FIELD)
public class Vcpu {

    @XmlAttribute
    public String placement;
    @XmlAttribute
    public Integer current;
    @XmlValue
    public int value;
    @XmlAnyAttribute
    public Map<QName, String> otherAttributes = new HashMap<>();

    /** vCPUs online at boot. */
    public int online() {
        return current != null ? current : value;
    }
}
