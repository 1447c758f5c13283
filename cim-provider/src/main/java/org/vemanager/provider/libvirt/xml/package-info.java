/**
 * libvirt XML documents bound with JAXB, one class per element as virt-manager's virtinst does, grouped
 * by area ({@code domain}, {@code domain.devices}, {@code capabilities}). Every element class extends
 * {@link org.vemanager.provider.libvirt.xml.Extensible}, so elements and attributes we do not model are
 * kept and written back: a configuration survives every fetch → edit → redefine even where we know
 * nothing of it ({@code <seclabel>}, {@code <qemu:commandline>}, {@code <numatune>}, …).
 *
 * <p>The classes are plain data carriers with public fields, like the XML they mirror; their meaning
 * lives in {@code org.vemanager.provider.mapping}. Writing may reorder sibling elements of different
 * names (known ones first, in declaration order); libvirt's parser does not depend on that order and
 * libvirt rewrites the document in its own order on every define anyway.
 */
package org.vemanager.provider.libvirt.xml;
