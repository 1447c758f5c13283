package org.vemanager.provider.libvirt.xml.domain.devices;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import org.vemanager.provider.libvirt.xml.Extensible;

/** {@code <disk type='file' device='disk'>}: a disk, CD-ROM or floppy and its backing storage. */
@XmlAccessorType(XmlAccessType.FIELD)
public class Disk extends Extensible {

    /** file, block, volume, network, dir. */
    @XmlAttribute
    public String type;
    /** disk, cdrom, floppy, lun; libvirt's default is disk. */
    @XmlAttribute
    public String device;
    public DiskDriver driver;
    public DiskSource source;
    public DiskTarget target;

    /** The device kind with libvirt's default applied. */
    public String deviceKind() {
        return device == null ? "disk" : device;
    }
}
