package org.vemanager.wbem.indication;

import java.util.List;
import java.util.Set;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.vemanager.wbem.interop.Paths;
import org.vemanager.wbem.interop.ServerIdentity;
import org.vemanager.wbem.query.Query;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.InstanceProvider;
import org.vemanager.wbem.spi.InstanceSink;
import org.vemanager.wbem.spi.InstanceWriteProvider;
import org.vemanager.wbem.spi.RequestContext;

/**
 * CIM_IndicationFilter, created and deleted by clients. The query is parsed at creation, so a bad
 * one is refused then (INVALID_QUERY, or QUERY_LANGUAGE_NOT_SUPPORTED for anything but WQL and
 * DMTF:CQL). SourceNamespaces falls back to the deprecated SourceNamespace, then to the filter's own
 * namespace (as the MOF says). Filters are not modifiable: delete and create again.
 */
public final class IndicationFilterProvider implements InstanceProvider, InstanceWriteProvider {

    private final ServerIdentity identity;
    private final IndicationClassNames names;
    private final SubscriptionStore store;

    public IndicationFilterProvider(ServerIdentity identity, IndicationClassNames names, SubscriptionStore store) {
        this.identity = identity;
        this.names = names;
        this.store = store;
    }

    @Override
    public Set<String> classNames() {
        return Set.of(names.filter());
    }

    @Override
    public void enumerateInstances(RequestContext context, String className, InstanceSink sink) throws CimException {
        for (FilterDefinition filter : store.filters()) {
            sink.accept(instance(filter));
        }
    }

    @Override
    public CIMInstance getInstance(RequestContext context, CIMObjectPath path) throws CimException {
        return instance(find(path));
    }

    private FilterDefinition find(CIMObjectPath path) throws CimException {
        return Keys.named(path, store::filter, FilterDefinition::keys, "indication filter");
    }

    static CIMInstance instance(FilterDefinition filter) {
        Query query = filter.query();
        return Paths.instance(filter.keys().path(),
                new CIMProperty<>("ElementName", CIMDataType.STRING_T, filter.keys().name()),
                new CIMProperty<>("Query", CIMDataType.STRING_T, query.text()),
                new CIMProperty<>("QueryLanguage", CIMDataType.STRING_T, query.language().wireName()),
                new CIMProperty<>("SourceNamespaces", CIMDataType.STRING_ARRAY_T, filter.sourceNamespaces().toArray(new String[0])),
                new CIMProperty<>("SourceNamespace", CIMDataType.STRING_T, filter.sourceNamespaces().get(0)),
                new CIMProperty<>("IndividualSubscriptionSupported", CIMDataType.BOOLEAN_T, Boolean.TRUE));
    }

    @Override
    public CIMObjectPath createInstance(RequestContext context, CIMInstance instance) throws CimException {
        String name = InstanceValues.requiredString(instance, "Name");
        String language = InstanceValues.requiredString(instance, "QueryLanguage");
        Query query = Query.parse(language, InstanceValues.requiredString(instance, "Query"));
        List<String> sources = InstanceValues.strings(instance, "SourceNamespaces");
        if (sources == null || sources.isEmpty()) {
            String single = InstanceValues.string(instance, "SourceNamespace");
            sources = List.of(single == null || single.isBlank() ? context.namespace() : single);
        }
        for (String source : sources) {
            if (source.isBlank()) {
                throw new CimException(CimStatus.INVALID_PARAMETER, "SourceNamespaces: a namespace name is empty");
            }
        }
        ScopedKeys keys = Keys.of(instance, identity, names.filter(), name);
        FilterDefinition filter = new FilterDefinition(keys, query, sources);
        store.addFilter(filter);
        return keys.path();
    }

    @Override
    public void modifyInstance(RequestContext context, CIMInstance modified, String[] propertyList) throws CimException {
        throw new CimException(CimStatus.NOT_SUPPORTED, "Indication filters cannot be modified; delete the filter and create a new one");
    }

    @Override
    public void deleteInstance(RequestContext context, CIMObjectPath path) throws CimException {
        store.removeFilter(find(path).keys().name());
    }
}
