package org.vemanager.provider.support;

import java.util.List;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.wbem.spi.CimException;

/**
 * A two-reference association whose links come from a list of {@link LinkSource}s that the parts of
 * the host fill (see {@link HostExtensions}), so that a part can add links without the association
 * knowing it.
 */
public abstract class SourcedAssociationProvider extends BinaryAssociationProvider {

    private final List<LinkSource> sources;

    protected SourcedAssociationProvider(VirtHost host, String className, String leftRole, String rightRole,
            List<LinkSource> sources) {
        super(host, className, leftRole, rightRole);
        this.sources = sources;
    }

    @Override
    protected List<Link> all() throws CimException {
        return HostExtensions.all(sources);
    }

    @Override
    protected List<Link> linksOf(CIMObjectPath object) throws CimException {
        return HostExtensions.linksOf(sources, object);
    }
}
