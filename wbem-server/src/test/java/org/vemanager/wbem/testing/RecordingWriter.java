package org.vemanager.wbem.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.wbem.operation.ResultWriter;
import org.vemanager.wbem.operation.ReturnElement;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;

/** A ResultWriter that records what the dispatcher wrote, in order, for assertions. */
public final class RecordingWriter implements ResultWriter {

    /** One IRETURNVALUE item. */
    public record Item(ReturnElement kind, Object value) {
    }

    /** A typed value (GetProperty, EnumerationCount, out parameters, return value). */
    public record Typed(CIMDataType type, Object value) {
    }

    public final List<Item> items = new ArrayList<>();
    public final List<Typed> values = new ArrayList<>();
    public final Map<String, Typed> outParameters = new LinkedHashMap<>();
    public Typed returnValue;
    private int failAfter = -1;

    /** Makes the writer throw SERVER_LIMITS_EXCEEDED (a client gone) once it holds {@code n} items. */
    public RecordingWriter failAfter(int n) {
        this.failAfter = n;
        return this;
    }

    @Override
    public void item(ReturnElement kind, Object value) throws CimException {
        if (failAfter >= 0 && items.size() >= failAfter) {
            throw new CimException(CimStatus.SERVER_LIMITS_EXCEEDED, "client gone");
        }
        items.add(new Item(kind, value));
    }

    @Override
    public void value(CIMDataType type, Object value) {
        values.add(new Typed(type, value));
    }

    @Override
    public void outParameter(String name, CIMDataType type, Object value) {
        outParameters.put(name, new Typed(type, value));
    }

    @Override
    public void returnValue(CIMDataType type, Object value) {
        returnValue = new Typed(type, value);
    }

    public List<CIMInstance> instances() {
        List<CIMInstance> result = new ArrayList<>();
        for (Item item : items) {
            result.add((CIMInstance) item.value());
        }
        return result;
    }

    public List<CIMObjectPath> paths() {
        List<CIMObjectPath> result = new ArrayList<>();
        for (Item item : items) {
            result.add(item.value() instanceof CIMInstance i ? i.getObjectPath() : (CIMObjectPath) item.value());
        }
        return result;
    }

    /** The key values of the written instances or paths, as text ("alice", "1"), in order. */
    public List<String> keys() {
        List<String> result = new ArrayList<>();
        for (CIMObjectPath path : paths()) {
            StringBuilder sb = new StringBuilder();
            for (var key : path.getKeys()) {
                if (sb.length() > 0) {
                    sb.append(',');
                }
                Object v = key.getValue();
                sb.append(v instanceof CIMObjectPath ref ? ref.getKeys()[0].getValue() : v);
            }
            result.add(sb.toString());
        }
        return result;
    }

    public Object out(String name) {
        Typed typed = outParameters.get(name);
        return typed == null ? null : typed.value();
    }
}
