package org.vemanager.mof.served;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.metricshub.wbem.javax.cim.CIMClass;
import org.vemanager.mof.MofRepository;
import org.vemanager.mof.ServedClasses;

/** Test cases: one (namespace, class name) pair per class we serve, filtered by name prefix. */
final class ServedClassCases {

    private ServedClassCases() {
    }

    static Stream<Arguments> withPrefix(String prefix) {
        MofRepository served = ServedClasses.load();
        return served.namespaces().stream()
            .sorted()
            .flatMap(namespace -> served.classes(namespace).stream()
                .map(CIMClass::getName)
                .filter(name -> name.regionMatches(true, 0, prefix, 0, prefix.length()))
                .map(name -> Arguments.of(namespace, name)));
    }

    static CIMClass served(String namespace, String className) {
        return ServedClasses.load().getClass(namespace, className);
    }
}
