package org.vemanager.provider.libvirt.xml.domain;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import org.vemanager.provider.libvirt.xml.Extensible;

/** {@code <os>}: the guest's OS type and boot setup; boot order, loader, kernel are kept unmodelled. */
@XmlAccessorType(XmlAccessType.FIELD)
public class Os extends Extensible {

    public OsType type;
}
