/** libvirt virtual network documents ({@code virNetworkGetXMLDesc}). See https://libvirt.org/formatnetwork.html */
package org.vemanager.provider.libvirt.xml.network;
