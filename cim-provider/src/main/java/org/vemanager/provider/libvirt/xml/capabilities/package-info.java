/** The libvirt capabilities document ({@code virConnectGetCapabilities}). See https://libvirt.org/formatcaps.html */
package org.vemanager.provider.libvirt.xml.capabilities;
