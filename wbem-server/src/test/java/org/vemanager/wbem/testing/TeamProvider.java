package org.vemanager.wbem.testing;

import java.util.Set;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.metricshub.wbem.javax.cim.UnsignedInteger32;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.InstanceProvider;
import org.vemanager.wbem.spi.InstanceSink;
import org.vemanager.wbem.spi.RequestContext;

/** TEST_Team: team 1 "red" and team 2 "blue" (read-only). */
public final class TeamProvider implements InstanceProvider {

    static CIMInstance team(long id, String label) {
        return new CIMInstance(TestPaths.team(id), new CIMProperty<?>[] {
            new CIMProperty<>("Id", CIMDataType.UINT32_T, new UnsignedInteger32(id), true, false, null),
            new CIMProperty<>("Label", CIMDataType.STRING_T, label)});
    }

    @Override
    public Set<String> classNames() {
        return Set.of("TEST_Team");
    }

    @Override
    public void enumerateInstances(RequestContext context, String className, InstanceSink sink) throws CimException {
        sink.accept(team(1, "red"));
        sink.accept(team(2, "blue"));
    }

    @Override
    public CIMInstance getInstance(RequestContext context, CIMObjectPath path) throws CimException {
        Object id = path.getKeyValue("Id");
        if (id instanceof UnsignedInteger32 u && (u.longValue() == 1 || u.longValue() == 2)) {
            return team(u.longValue(), u.longValue() == 1 ? "red" : "blue");
        }
        throw new CimException(CimStatus.NOT_FOUND, "no team " + id);
    }
}
