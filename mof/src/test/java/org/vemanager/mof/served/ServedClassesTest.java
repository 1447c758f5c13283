package org.vemanager.mof.served;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.metricshub.wbem.javax.cim.CIMClass;
import org.vemanager.mof.MofRepository;
import org.vemanager.mof.ServedClasses;

/** The served repository as wbem-server sees it: two namespaces, compiled once, no orphan MOF file. */
class ServedClassesTest {

    private static final Pattern INCLUDE = Pattern.compile("#pragma\\s+include\\s*\\(\\s*\"([^\"]+)\"\\s*\\)");

    /** Interop-only classes: served in root/interop, absent from root/virt so that nobody looks for them there. */
    private static final List<String> INTEROP_ONLY = List.of("CIM_Namespace", "CIM_ObjectManager",
        "CIM_CIMXMLCommunicationMechanism", "CIM_IndicationFilter", "CIM_ListenerDestinationCIMXML",
        "CIM_IndicationSubscription", "CIM_IndicationService", "CIM_ReferencedProfile", "CIM_NamespaceInManager");

    @Test
    void compilesOncePerJvm() {
        assertThat(ServedClasses.load()).isSameAs(ServedClasses.load());
    }

    @Test
    void servesExactlyTheVirtAndInteropNamespaces() {
        assertThat(ServedClasses.load().namespaces())
            .containsExactlyInAnyOrder(ServedClasses.VIRT_NAMESPACE, ServedClasses.INTEROP_NAMESPACE);
    }

    @Test
    void superclassesComeFirstInEachNamespace() {
        MofRepository served = ServedClasses.load();
        for (String namespace : served.namespaces()) {
            Set<String> seen = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            for (CIMClass cimClass : served.classes(namespace)) {
                String superName = cimClass.getSuperClassName();
                assertThat(superName == null || seen.contains(superName))
                    .as("%s in %s comes after its superclass %s", cimClass.getName(), namespace, superName).isTrue();
                seen.add(cimClass.getName());
            }
        }
    }

    @Test
    void namespacesHoldWhatTheDesignSays() {
        MofRepository served = ServedClasses.load();
        for (String name : INTEROP_ONLY) {
            assertThat(served.getClass(ServedClasses.INTEROP_NAMESPACE, name)).as("%s in root/interop", name).isNotNull();
            assertThat(served.getClass(ServedClasses.VIRT_NAMESPACE, name)).as("%s in root/virt", name).isNull();
        }
        assertThat(served.classes(ServedClasses.INTEROP_NAMESPACE)).extracting(CIMClass::getName)
            .noneMatch(name -> name.startsWith("VEM_"));
        // Cross-namespace associations need these on both sides (DSP1033).
        for (String name : List.of("CIM_RegisteredProfile", "CIM_ElementConformsToProfile", "CIM_InstCreation", "CIM_Error")) {
            assertThat(served.getClass(ServedClasses.VIRT_NAMESPACE, name)).as("%s in root/virt", name).isNotNull();
            assertThat(served.getClass(ServedClasses.INTEROP_NAMESPACE, name)).as("%s in root/interop", name).isNotNull();
        }
    }

    @Test
    void classNamesAreFoundCaseInsensitively() {
        assertThat(ServedClasses.load().getClass(ServedClasses.VIRT_NAMESPACE, "vem_computersystem"))
            .extracting(CIMClass::getName).isEqualTo("VEM_ComputerSystem");
    }

    @Test
    void everyMofFileIsIncludedByAnEntryFile() throws IOException, URISyntaxException {
        // Located through a file, not the folder: the test classes share the package folder's name.
        URL virt = getClass().getClassLoader().getResource(ServedClasses.RESOURCE_DIR + "virt.mof");
        assertThat(virt).as("classpath resource %svirt.mof", ServedClasses.RESOURCE_DIR).isNotNull();
        Path dir = Path.of(virt.toURI()).getParent();
        Set<String> included = new TreeSet<>();
        for (String entry : List.of("virt.mof", "interop.mof")) {
            Matcher matcher = INCLUDE.matcher(Files.readString(dir.resolve(entry), StandardCharsets.UTF_8));
            while (matcher.find()) {
                included.add(matcher.group(1));
            }
        }
        Set<String> files = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(p -> p.toString().endsWith(".mof")).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                .filter(name -> !name.equals("virt.mof") && !name.equals("interop.mof"))
                .forEach(files::add);
        }
        assertThat(files).as("MOF files no entry file includes").isSubsetOf(included);
        assertThat(included).as("included files that do not exist").isSubsetOf(files);
    }
}
