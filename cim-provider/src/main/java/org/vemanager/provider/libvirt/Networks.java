package org.vemanager.provider.libvirt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.libvirt.Connect;
import org.libvirt.LibvirtException;
import org.libvirt.Network;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vemanager.provider.libvirt.xml.network.NetworkXml;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;

/**
 * libvirt virtual networks, read and changed through one {@link Hypervisor}; network objects are freed
 * as soon as each call returns, and a network that was defined but could not be started is undefined
 * again.
 */
public final class Networks {

    /**
     * One network.
     *
     * @param mode nat, route, bridge, … or isolated
     * @param address the first IP address with its prefix ({@code 192.168.122.1/24}), or null
     */
    public record VirtualNetwork(String name, String uuid, boolean active, String mode, String bridge, String address) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(Networks.class);

    private final Hypervisor hypervisor;

    public Networks(Hypervisor hypervisor) {
        this.hypervisor = hypervisor;
    }

    /** Every network, active and inactive, sorted by name. */
    public List<VirtualNetwork> list() throws CimException {
        return hypervisor.call("list networks", c -> {
            List<String> names = new ArrayList<>(List.of(c.listNetworks()));
            names.addAll(List.of(c.listDefinedNetworks()));
            names.sort(String::compareTo);
            List<VirtualNetwork> out = new ArrayList<>();
            for (String name : names) {
                readIfPresent(c, name).ifPresent(out::add);
            }
            return out;
        });
    }

    public Optional<VirtualNetwork> find(String name) throws CimException {
        return hypervisor.call("read network " + name, c -> readIfPresent(c, name));
    }

    /** Defines and starts a network from its XML; ALREADY_EXISTS when the name is taken. */
    public VirtualNetwork create(NetworkXml definition) throws CimException {
        String name = definition.name;
        if (find(name).isPresent()) {
            throw new CimException(CimStatus.ALREADY_EXISTS, "a network named '" + name + "' already exists");
        }
        String xml = definition.toXml();
        hypervisor.call("define network " + name, c -> {
            free(c.networkDefineXML(xml));
            return null;
        });
        try {
            hypervisor.call("start network " + name, c -> {
                Network n = c.networkLookupByName(name);
                try {
                    n.create();
                    n.setAutostart(true);
                } finally {
                    free(n);
                }
                return null;
            });
        } catch (CimException e) {
            undefineQuietly(name);
            throw e;
        }
        return find(name).orElseThrow(() -> new CimException(CimStatus.FAILED, "network " + name + " vanished after creation"));
    }

    /** Stops the network (if running) and removes its definition. */
    public void delete(String name) throws CimException {
        hypervisor.call("delete network " + name, c -> {
            Network n = c.networkLookupByName(name);
            try {
                if (n.isActive() == 1) {
                    n.destroy();
                }
                n.undefine();
            } finally {
                free(n);
            }
            return null;
        });
    }

    private static Optional<VirtualNetwork> readIfPresent(Connect c, String name) throws LibvirtException {
        Network n;
        try {
            n = c.networkLookupByName(name);
        } catch (LibvirtException e) {
            if (LibvirtErrors.code(e) == org.libvirt.Error.ErrorNumber.VIR_ERR_NO_NETWORK) {
                return Optional.empty();
            }
            throw e;
        }
        try {
            NetworkXml xml = NetworkXml.parse(n.getXMLDesc(0));
            return Optional.of(new VirtualNetwork(name, n.getUUIDString(), n.isActive() == 1, xml.mode(), xml.bridgeName(),
                    address(xml)));
        } finally {
            free(n);
        }
    }

    private static String address(NetworkXml xml) {
        if (xml.ips.isEmpty() || xml.ips.get(0).address == null) {
            return null;
        }
        NetworkXml.Ip ip = xml.ips.get(0);
        Integer prefix = ip.prefix != null ? ip.prefix : ip.netmask == null ? null : prefixOf(ip.netmask);
        return prefix == null ? ip.address : ip.address + "/" + prefix;
    }

    static Integer prefixOf(String netmask) {
        String[] parts = netmask.split("\\.");
        if (parts.length != 4) {
            return null;
        }
        int bits = 0;
        for (String part : parts) {
            try {
                bits += Integer.bitCount(Integer.parseInt(part) & 0xff);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return bits;
    }

    private void undefineQuietly(String name) {
        try {
            hypervisor.call("undefine network " + name, c -> {
                Network n = c.networkLookupByName(name);
                try {
                    n.undefine();
                } finally {
                    free(n);
                }
                return null;
            });
        } catch (CimException e) {
            LOG.warn("could not roll back the definition of network {}: {}", name, e.getMessage());
        }
    }

    private static void free(Network n) {
        try {
            n.free();
        } catch (LibvirtException e) {
            LOG.debug("freeing a network object failed: {}", e.getMessage());
        }
    }
}
