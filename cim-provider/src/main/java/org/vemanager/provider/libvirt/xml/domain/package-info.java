/** The libvirt domain document ({@code <domain>}) outside its devices. See https://libvirt.org/formatdomain.html */
package org.vemanager.provider.libvirt.xml.domain;
