package org.vemanager.provider.libvirt;

import org.libvirt.Domain;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vemanager.provider.libvirt.xml.domain.DomainXml;
import org.vemanager.wbem.spi.CimException;

/**
 * Changes a domain's persistent definition the only way we allow: fetch its current XML, edit the
 * parsed document, redefine it with {@code virDomainDefineXML}. Everything we do not model travels
 * through untouched, and the diff is logged at debug level. Edits of one domain are serialized so two
 * concurrent changes cannot overwrite each other.
 */
public final class DomainConfigEditor {

    private static final Logger LOG = LoggerFactory.getLogger(DomainConfigEditor.class);
    private static final int LOCK_STRIPES = 64;

    /** One change to a parsed configuration; throwing leaves the domain as it was. */
    @FunctionalInterface
    public interface Edit {
        void apply(DomainXml config) throws CimException;
    }

    private final Hypervisor hypervisor;
    private final Object[] locks = new Object[LOCK_STRIPES];

    public DomainConfigEditor(Hypervisor hypervisor) {
        this.hypervisor = hypervisor;
        for (int i = 0; i < LOCK_STRIPES; i++) {
            locks[i] = new Object();
        }
    }

    /** The persistent definition of the domain, parsed. */
    public DomainXml fetch(String uuid) throws CimException {
        String xml = hypervisor.onDomain(uuid, "read the definition of " + uuid, d -> d.getXMLDesc(Hypervisor.XML_INACTIVE));
        return DomainXml.parse(xml);
    }

    /**
     * Fetches, edits and redefines the domain's persistent definition.
     *
     * @return the configuration as defined
     */
    public DomainXml edit(String uuid, String action, Edit edit) throws CimException {
        synchronized (locks[Math.floorMod(uuid.hashCode(), LOCK_STRIPES)]) {
            String before = hypervisor.onDomain(uuid, action, d -> d.getXMLDesc(Hypervisor.XML_INACTIVE));
            DomainXml config = DomainXml.parse(before);
            edit.apply(config);
            if (config.uuid == null || !config.uuid.equalsIgnoreCase(uuid)) {
                throw new IllegalStateException("an edit changed the UUID of " + uuid);
            }
            define(action, before, config);
            return config;
        }
    }

    /** Defines a new domain from {@code config}; returns its UUID (libvirt assigns one when absent). */
    public String defineNew(String action, DomainXml config) throws CimException {
        return define(action, "", config);
    }

    private String define(String action, String before, DomainXml config) throws CimException {
        String after = config.toXml();
        if (LOG.isDebugEnabled()) {
            LOG.debug("{}: redefining with changes {}", action, XmlDiff.lines(before, after));
        }
        return hypervisor.call(action, c -> {
            Domain defined = c.domainDefineXML(after);
            try {
                return defined.getUUIDString();
            } finally {
                Hypervisor.free(defined);
            }
        });
    }
}
