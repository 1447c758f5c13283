package org.vemanager.provider.libvirt.xml.domain;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import org.vemanager.provider.libvirt.xml.Extensible;

/** {@code <cputune>}: CPU shares and bandwidth; pinning and the rest are kept unmodelled. */
@XmlAccessorType(XmlAccessType.FIELD)
public class CpuTune extends Extensible {

    /** Relative weight against other domains (cgroup cpu.shares). */
    public Long shares;
    /** Bandwidth enforcement period in µs. */
    public Long period;
    /** Allowed run time per period in µs; negative means unlimited. */
    public Long quota;
}
