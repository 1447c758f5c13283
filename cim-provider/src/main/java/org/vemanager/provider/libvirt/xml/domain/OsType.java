package org.vemanager.provider.libvirt.xml.domain;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAnyAttribute;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlValue;
import java.util.HashMap;
import java.util.Map;
import javax.xml.namespace.QName;

/** {@code <type arch='x86_64' machine='pc'>hvm</type>}. */
@XmlAccessorType(XmlAccessType.FIELD)
public class OsType {

    @XmlAttribute
    public String arch;
    @XmlAttribute
    public String machine;
    @XmlValue
    public String value;
    @XmlAnyAttribute
    public Map<QName, String> otherAttributes = new HashMap<>();
}
