package org.vemanager.provider.profile.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.provider.support.BinaryAssociationProvider;
import org.vemanager.provider.support.Paths;
import org.vemanager.wbem.spi.CimException;

/**
 * The three DSP1053 associations, all from the latest sample and the fixed definitions:
 * VEM_MetricDefForME (Antecedent = host or virtual system, Dependent = definition), VEM_MetricInstance
 * (Antecedent = definition, Dependent = value) and VEM_MetricForME (Antecedent = element, Dependent =
 * value).
 */
public final class MetricAssociationProvider extends BinaryAssociationProvider {

    public static final String DEF_FOR_ME = "VEM_MetricDefForME";
    public static final String INSTANCE = "VEM_MetricInstance";
    public static final String FOR_ME = "VEM_MetricForME";

    private final Metrics metrics;
    private final String className;

    public MetricAssociationProvider(Metrics metrics, String className) {
        super(metrics.host(), className, "Antecedent", "Dependent");
        this.metrics = metrics;
        this.className = className;
    }

    @Override
    protected List<Link> all() throws CimException {
        List<Link> out = new ArrayList<>();
        if (className.equals(DEF_FOR_ME)) {
            for (String element : metrics.measuredElements()) {
                for (MetricKind kind : MetricKind.values()) {
                    if (kind.ofHost() == MetricsSampler.HOST.equals(element)) {
                        out.add(new Link(metrics.elementPath(element), metrics.definitionPath(kind)));
                    }
                }
            }
            return out;
        }
        for (MetricsSampler.Value v : metrics.values().values()) {
            CIMObjectPath left = className.equals(INSTANCE) ? metrics.definitionPath(v.kind()) : metrics.elementPath(v.elementId());
            out.add(new Link(left, metrics.valuePath(v)));
        }
        return out;
    }

    @Override
    protected List<Link> linksOf(CIMObjectPath object) throws CimException {
        Optional<String> element = metrics.elementIdOf(object);
        List<Link> out = new ArrayList<>();
        for (Link link : all()) {
            boolean leftMatches = element.isPresent() ? Paths.same(link.left(), metrics.elementPath(element.get()))
                    : Paths.same(link.left(), object);
            if (leftMatches || Paths.same(link.right(), object)) {
                out.add(link);
            }
        }
        return out;
    }
}
