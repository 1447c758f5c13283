package org.vemanager.provider.support;

import java.util.ArrayList;
import java.util.List;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.provider.support.BinaryAssociationProvider.Link;
import org.vemanager.wbem.spi.CimException;

/**
 * Some of the links of a two-ended association that one part of the host contributes (the pool service
 * to VEM_HostedService, a pool to its allocation capabilities in VEM_ElementCapabilities, …), so that one
 * provider serves the association class while several parts say what it links.
 */
@FunctionalInterface
public interface LinkSource {

    /** A path that may take a libvirt call to compute (the host's name is read from libvirt). */
    @FunctionalInterface
    interface End {
        CIMObjectPath path() throws CimException;
    }

    /** A source of one link, {@code left} to {@code right}: a host to one of its services, a service to its capabilities. */
    static LinkSource single(End left, End right) {
        return () -> List.of(new Link(left.path(), right.path()));
    }

    /** Every link this source contributes. */
    List<Link> all() throws CimException;

    /**
     * The links in which {@code object} takes part (others may be included; they are filtered); by
     * default those of {@link #all()}. A source with many links overrides it to look only where
     * {@code object} can be.
     */
    default List<Link> linksOf(CIMObjectPath object) throws CimException {
        List<Link> out = new ArrayList<>();
        for (Link link : all()) {
            if (Paths.same(link.left(), object) || Paths.same(link.right(), object)) {
                out.add(link);
            }
        }
        return out;
    }
}
