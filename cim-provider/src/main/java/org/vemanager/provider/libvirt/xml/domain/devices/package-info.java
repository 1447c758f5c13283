/** The {@code <devices>} of a libvirt domain, one class per device element we map to CIM. */
package org.vemanager.provider.libvirt.xml.domain.devices;
