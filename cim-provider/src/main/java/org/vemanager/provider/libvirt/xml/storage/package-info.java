/** libvirt storage pool documents ({@code virStoragePoolGetXMLDesc}). See https://libvirt.org/formatstorage.html */
package org.vemanager.provider.libvirt.xml.storage;
