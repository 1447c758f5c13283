/** libvirt domain snapshot documents ({@code virDomainSnapshotGetXMLDesc}). See https://libvirt.org/formatsnapshot.html */
package org.vemanager.provider.libvirt.xml.snapshot;
