package org.vemanager.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metricshub.wbem.javax.cim.CIMClass;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.vemanager.mof.MofRepository;
import org.vemanager.mof.ServedClasses;
import org.vemanager.provider.mapping.CimNames;
import org.vemanager.provider.testing.TestHost;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.InstanceProvider;
import org.vemanager.wbem.spi.Provider;

/**
 * Every instance the providers produce against the classes the server will serve (the compiled MOF): the
 * class exists in root/virt, and every property exists there with the same type, so the dispatcher's
 * checks will not reject what we answer.
 */
class ServedClassConformanceTest {

    @Test
    void everyPropertyWeProduceIsDeclaredWithTheSameType(@TempDir Path dir) throws CimException {
        MofRepository served = ServedClasses.load();
        List<String> problems = new ArrayList<>();
        try (TestHost host = TestHost.fromFixture(dir, "small-host.xml")) {
            for (Provider provider : host.registry().providers().values()) {
                for (String className : provider.classNames()) {
                    CIMClass cimClass = served.getClass(CimNames.NAMESPACE, className);
                    if (cimClass == null) {
                        problems.add(className + ": not served in " + CimNames.NAMESPACE);
                        continue;
                    }
                    for (CIMInstance instance : host.enumerate(className)) {
                        ServedClassCheck.check(cimClass, instance, problems);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyRegisteredClassIsAnInstanceProvider(@TempDir Path dir) throws CimException {
        try (TestHost host = TestHost.fromFixture(dir, "small-host.xml")) {
            assertThat(host.registry().providers().values()).allMatch(p -> p instanceof InstanceProvider);
        }
    }
}
