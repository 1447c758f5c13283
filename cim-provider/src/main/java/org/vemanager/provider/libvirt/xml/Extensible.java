package org.vemanager.provider.libvirt.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAnyAttribute;
import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlTransient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;

/** The part of every element we do not model: kept as read, written back unchanged. */
@XmlTransient
@XmlAccessorType(XmlAccessType.FIELD)
public abstract class Extensible {

    /** Unmodelled child elements, as DOM elements, in document order. */
    @XmlAnyElement(lax = true)
    public List<Object> any = new ArrayList<>();

    /** Unmodelled attributes. */
    @XmlAnyAttribute
    public Map<QName, String> otherAttributes = new HashMap<>();
}
