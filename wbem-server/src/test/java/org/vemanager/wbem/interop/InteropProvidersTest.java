package org.vemanager.wbem.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.metricshub.wbem.javax.cim.CIMClass;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;
import org.vemanager.wbem.spi.AssociationProvider;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.IndicationPublisher;
import org.vemanager.wbem.spi.InstanceProvider;
import org.vemanager.wbem.spi.Jobs;
import org.vemanager.wbem.spi.ProfileDeclaration;
import org.vemanager.wbem.spi.Provider;
import org.vemanager.wbem.spi.ProviderContext;
import org.vemanager.wbem.spi.ProviderRegistry;
import org.vemanager.wbem.spi.RequestContext;

class InteropProvidersTest {

    private static final RequestContext ADMIN = new RequestContext(InteropNamespace.NAME, "admin");
    private static final ServerIdentity IDENTITY = new ServerIdentity("node1", "VEM_HostSystem", "root/virt", "VE-manager:node1");

    private static final ProfileDeclaration SYSTEM_VIRTUALIZATION = new ProfileDeclaration("System Virtualization", "1.0.0",
            "root/virt", "VEM_HostSystem", List.of("Virtual System"));
    private static final ProfileDeclaration VIRTUAL_SYSTEM = new ProfileDeclaration("Virtual System", "1.0.0",
            "root/virt", "VEM_ComputerSystem", List.of());
    private static final ProfileDeclaration BROKEN = new ProfileDeclaration("Broken", "1.0.0", "root/virt", "VEM_Missing",
            List.of("Not Declared"));

    private static final CIMObjectPath HOST = Paths.of("root/virt", "VEM_HostSystem", "CreationClassName", "VEM_HostSystem",
            "Name", "node1");
    /** As providers may return it: no namespace on the path. */
    private static final CIMObjectPath VM1 = Paths.of(null, "VEM_ComputerSystem", "CreationClassName", "VEM_ComputerSystem",
            "Name", "uuid-1");
    private static final CIMObjectPath VM2 = Paths.of("root/virt", "VEM_ComputerSystem", "CreationClassName", "VEM_ComputerSystem",
            "Name", "uuid-2");

    /** The dispatcher's view of root/virt, as the server would answer it. */
    private static final ProviderContext CONTEXT = new ProviderContext() {
        private final Map<String, List<CIMObjectPath>> instances = Map.of(
                "root/virt:VEM_HostSystem", List.of(HOST),
                "root/virt:VEM_ComputerSystem", List.of(VM1, VM2),
                "root/interop:CIM_ObjectManager", List.of(Paths.of("root/interop", "CIM_ObjectManager",
                        "SystemCreationClassName", "VEM_HostSystem", "SystemName", "node1", "CreationClassName", "CIM_ObjectManager",
                        "Name", "VE-manager:node1")));

        @Override
        public IndicationPublisher indications() {
            return (namespace, indication) -> { };
        }

        @Override
        public Jobs jobs() {
            throw new IllegalStateException("no jobs here");
        }

        @Override
        public CIMClass getClass(String namespace, String className) {
            return null;
        }

        @Override
        public List<CIMObjectPath> enumerateInstanceNames(String namespace, String className) throws CimException {
            List<CIMObjectPath> paths = instances.get(namespace + ":" + className);
            if (paths == null) {
                throw new CimException(CimStatus.INVALID_CLASS, className);
            }
            return paths;
        }
    };

    private final List<ProfileDeclaration> declared = new ArrayList<>(List.of(SYSTEM_VIRTUALIZATION, VIRTUAL_SYSTEM, BROKEN,
            SYSTEM_VIRTUALIZATION, ServerProfiles.profileRegistration(InteropClassNames.DMTF)));
    private final InteropProviders interop = new InteropProviders(IDENTITY, InteropClassNames.DMTF, "0.1.0",
            () -> Set.of("root/virt", "/root/interop"), () -> declared, CONTEXT);

    private InstanceProvider provider(String className) {
        for (Provider provider : interop.providers()) {
            if (provider.classNames().contains(className)) {
                return (InstanceProvider) provider;
            }
        }
        throw new AssertionError("no provider for " + className);
    }

    private List<CIMInstance> enumerate(String className) throws CimException {
        List<CIMInstance> result = new ArrayList<>();
        provider(className).enumerateInstances(ADMIN, className, result::add);
        return result;
    }

    private List<CIMInstance> references(String className, CIMObjectPath target, String role) throws CimException {
        List<CIMInstance> result = new ArrayList<>();
        ((AssociationProvider) provider(className)).references(ADMIN, className, target, role, result::add);
        return result;
    }

    @Test
    void everyInstanceCanBeReadBackByItsPath() throws CimException {
        for (Provider p : interop.providers()) {
            for (String className : p.classNames()) {
                for (CIMInstance instance : enumerate(className)) {
                    CIMObjectPath path = instance.getObjectPath();
                    assertThat(path.getNamespace()).isEqualTo("root/interop");
                    assertThat(path.getObjectName()).isEqualTo(className);
                    assertThat(provider(className).getInstance(ADMIN, path)).isEqualTo(instance);
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"CIM_Namespace, 2", "CIM_ObjectManager, 1", "CIM_CIMXMLCommunicationMechanism, 1", "CIM_NamespaceInManager, 2",
        "CIM_HostedAccessPoint, 1", "CIM_CommMechanismForManager, 1", "CIM_HostedService, 1",
        "CIM_RegisteredProfile, 4", "CIM_ElementConformsToProfile, 4", "CIM_ReferencedProfile, 1"})
    void instanceCounts(String className, int count) throws CimException {
        assertThat(enumerate(className)).hasSize(count);
    }

    @ParameterizedTest
    @CsvSource({
        "CIM_Namespace, Name=root/nowhere",
        "CIM_ObjectManager, Name=other",
        "CIM_CIMXMLCommunicationMechanism, Name=other",
        "CIM_RegisteredProfile, InstanceID=DMTF+Nothing+1.0.0"})
    void unknownInstancesAreNotFound(String className, String key) {
        String[] nameValue = key.split("=");
        CIMObjectPath path = Paths.of(InteropNamespace.NAME, className, nameValue[0], nameValue[1]);
        assertThatThrownBy(() -> provider(className).getInstance(ADMIN, path))
                .isInstanceOfSatisfying(CimException.class, e -> assertThat(e.status()).isEqualTo(CimStatus.NOT_FOUND));
    }

    @Test
    void namespacesCarryTheDmtfKeysAndAreNormalised() throws CimException {
        CIMInstance virt = enumerate("CIM_Namespace").stream()
                .filter(i -> "root/virt".equals(i.getPropertyValue("Name"))).findFirst().orElseThrow();
        assertThat(virt.getObjectPath().getKeys()).extracting(CIMProperty::getName).containsExactlyInAnyOrder(
                "SystemCreationClassName", "SystemName", "ObjectManagerCreationClassName", "ObjectManagerName", "CreationClassName",
                "Name");
        assertThat(virt.getPropertyValue("SystemName")).isEqualTo("node1");
        assertThat(virt.getPropertyValue("ObjectManagerName")).isEqualTo("VE-manager:node1");
        assertThat(virt.getPropertyValue("ClassType")).isEqualTo(new UnsignedInteger16(2));
        assertThat(enumerate("CIM_Namespace")).extracting(i -> i.getPropertyValue("Name")).containsExactly("root/interop", "root/virt");
    }

    @Test
    void objectManagerStatisticsCanBeSwitchedOffAndNothingElseChanges() throws CimException {
        ObjectManagerProvider manager = (ObjectManagerProvider) provider("CIM_ObjectManager");
        CIMInstance current = enumerate("CIM_ObjectManager").get(0);
        assertThat(current.getPropertyValue("ElementName")).isEqualTo("VE-manager");
        assertThat(interop.gatherStatisticalData().getAsBoolean()).isTrue();

        CIMInstance off = current.deriveInstance(new CIMProperty<?>[] {
            new CIMProperty<>("GatherStatisticalData", CIMDataType.BOOLEAN_T, Boolean.FALSE)});
        manager.modifyInstance(ADMIN, off, null);
        assertThat(interop.gatherStatisticalData().getAsBoolean()).isFalse();
        assertThat(enumerate("CIM_ObjectManager").get(0).getPropertyValue("GatherStatisticalData")).isEqualTo(false);

        CIMInstance renamed = current.deriveInstance(new CIMProperty<?>[] {
            new CIMProperty<>("ElementName", CIMDataType.STRING_T, "other"),
            new CIMProperty<>("GatherStatisticalData", CIMDataType.BOOLEAN_T, Boolean.TRUE)});
        assertThatThrownBy(() -> manager.modifyInstance(ADMIN, renamed, null))
                .isInstanceOfSatisfying(CimException.class, e -> {
                    assertThat(e.status()).isEqualTo(CimStatus.INVALID_PARAMETER);
                    assertThat(e.description()).contains("ElementName");
                });
        assertThat(interop.gatherStatisticalData().getAsBoolean()).as("nothing half-done").isFalse();

        manager.modifyInstance(ADMIN, renamed, new String[] {"GatherStatisticalData"});
        assertThat(interop.gatherStatisticalData().getAsBoolean()).isTrue();
        assertThatThrownBy(() -> manager.deleteInstance(ADMIN, current.getObjectPath()))
                .isInstanceOfSatisfying(CimException.class, e -> assertThat(e.status()).isEqualTo(CimStatus.NOT_SUPPORTED));
    }

    @Test
    void communicationMechanismDescribesCimXmlWithBasicAuthentication() throws CimException {
        CIMInstance mechanism = enumerate("CIM_CIMXMLCommunicationMechanism").get(0);
        assertThat(mechanism.getPropertyValue("CommunicationMechanism")).isEqualTo(new UnsignedInteger16(2));
        assertThat(mechanism.getPropertyValue("MultipleOperationsSupported")).isEqualTo(false);
        assertThat((Object[]) mechanism.getPropertyValue("AuthenticationMechanismsSupported")).containsExactly(new UnsignedInteger16(3));
        assertThat((Object[]) mechanism.getPropertyValue("FunctionalProfilesSupported")).contains(new UnsignedInteger16(9))
                .doesNotContain(new UnsignedInteger16(4));
        CIMInstance hosted = enumerate("CIM_HostedAccessPoint").get(0);
        assertThat(hosted.getPropertyValue("Antecedent")).isEqualTo(HOST);
        assertThat(hosted.getPropertyValue("Dependent")).isEqualTo(mechanism.getObjectPath());
    }

    @Test
    void hostedServicesAreTheObjectManagerAndTheAddedOnes() throws CimException {
        CIMObjectPath indicationService = Paths.of(InteropNamespace.NAME, "CIM_IndicationService", "Name", "x");
        interop.hostService(indicationService);
        assertThat(enumerate("CIM_HostedService")).allSatisfy(a -> assertThat(a.getPropertyValue("Antecedent")).isEqualTo(HOST))
                .extracting(a -> ((CIMObjectPath) a.getPropertyValue("Dependent")).getObjectName())
                .containsExactly("CIM_ObjectManager", "CIM_IndicationService");
    }

    @Test
    void subclassesReplaceDmtfNamesWhereTheServerSaysSo() throws CimException {
        InteropClassNames names = InteropClassNames.DMTF.with("cim_registeredprofile", "VEM_RegisteredProfile");
        InteropProviders renamed = new InteropProviders(IDENTITY, names, "0.1.0", () -> Set.of("root/virt"), () -> declared, CONTEXT);
        assertThat(renamed.providers()).flatExtracting(Provider::classNames).contains("VEM_RegisteredProfile", "CIM_ObjectManager")
                .doesNotContain("CIM_RegisteredProfile");
        List<CIMInstance> conformance = new ArrayList<>();
        renamed.providers().stream().filter(p -> p.classNames().contains("CIM_ElementConformsToProfile")).findFirst()
                .map(InstanceProvider.class::cast).orElseThrow()
                .enumerateInstances(ADMIN, "CIM_ElementConformsToProfile", conformance::add);
        assertThat(conformance).allSatisfy(a -> assertThat(((CIMObjectPath) a.getPropertyValue("ConformantStandard")).getObjectName())
                .isEqualTo("VEM_RegisteredProfile"));
    }

    @Test
    void registeredProfilesHaveStableIdsOncePerDeclaration() throws CimException {
        assertThat(enumerate("CIM_RegisteredProfile")).extracting(i -> i.getPropertyValue("InstanceID")).containsExactly(
                "DMTF+System Virtualization+1.0.0", "DMTF+Virtual System+1.0.0", "DMTF+Broken+1.0.0", "DMTF+Profile Registration+1.0.0");
        CIMInstance profile = enumerate("CIM_RegisteredProfile").get(0);
        assertThat(profile.getPropertyValue("RegisteredOrganization")).isEqualTo(new UnsignedInteger16(2));
        assertThat(profile.getPropertyValue("RegisteredName")).isEqualTo("System Virtualization");
        assertThat(profile.getPropertyValue("RegisteredVersion")).isEqualTo("1.0.0");
        assertThat((Object[]) profile.getPropertyValue("AdvertiseTypes")).containsExactly(new UnsignedInteger16(2));
    }

    @Test
    void conformanceReachesCentralInstancesInOtherNamespaces() throws CimException {
        List<CIMInstance> all = enumerate("CIM_ElementConformsToProfile");
        assertThat(all).extracting(i -> Paths.keyString((CIMObjectPath) i.getPropertyValue("ManagedElement"), "Name"))
                .containsExactlyInAnyOrder("node1", "uuid-1", "uuid-2", "VE-manager:node1");
        for (CIMInstance association : all) {
            CIMObjectPath standard = (CIMObjectPath) association.getPropertyValue("ConformantStandard");
            CIMObjectPath element = (CIMObjectPath) association.getPropertyValue("ManagedElement");
            assertThat(standard.getNamespace()).isEqualTo("root/interop");
            assertThat(element.getNamespace()).isIn("root/virt", "root/interop");
        }

        List<CIMInstance> ofVm1 = references("CIM_ElementConformsToProfile",
                Paths.withNamespace(VM1, "root/virt"), "ManagedElement");
        assertThat(ofVm1).singleElement().satisfies(a -> assertThat(Paths.keyString(
                (CIMObjectPath) a.getPropertyValue("ConformantStandard"), "InstanceID")).isEqualTo("DMTF+Virtual System+1.0.0"));

        CIMObjectPath virtualSystem = Paths.of("root/interop", "CIM_RegisteredProfile", "InstanceID", "DMTF+Virtual System+1.0.0");
        assertThat(references("CIM_ElementConformsToProfile", virtualSystem, null)).hasSize(2);
        assertThat(references("CIM_ElementConformsToProfile", virtualSystem, "ManagedElement")).isEmpty();
    }

    @Test
    void conformanceIsAlsoServedWhereTheCentralInstancesLive() {
        List<String> registered = new ArrayList<>();
        ProviderRegistry recording = new ProviderRegistry() {
            @Override
            public void register(String namespace, Provider provider) {
                if (provider.classNames().contains("CIM_ElementConformsToProfile")) {
                    registered.add(namespace);
                }
            }

            @Override
            public void registerProfile(ProfileDeclaration profile) {
                // not what this test looks at
            }

            @Override
            public ProviderContext context() {
                return CONTEXT;
            }
        };

        interop.registerWith(recording, List.of("root/interop", "root/virt"));

        assertThat(registered).containsExactly(InteropNamespace.NAME, "root/virt");
    }

    @Test
    void referencedProfilePointsFromComponentToAutonomous() throws CimException {
        CIMInstance reference = enumerate("CIM_ReferencedProfile").get(0);
        assertThat(Paths.keyString((CIMObjectPath) reference.getPropertyValue("Antecedent"), "InstanceID"))
                .isEqualTo("DMTF+Virtual System+1.0.0");
        assertThat(Paths.keyString((CIMObjectPath) reference.getPropertyValue("Dependent"), "InstanceID"))
                .isEqualTo("DMTF+System Virtualization+1.0.0");
    }

    @Test
    void namespaceInManagerLinksEachNamespaceToTheManager() throws CimException {
        NamespaceProvider namespaces = (NamespaceProvider) provider("CIM_Namespace");
        List<CIMInstance> ofVirt = references("CIM_NamespaceInManager", namespaces.path("root/virt"), "Dependent");
        assertThat(ofVirt).singleElement().satisfies(a -> assertThat(a.getPropertyValue("Antecedent"))
                .isEqualTo(((ObjectManagerProvider) provider("CIM_ObjectManager")).path()));
        assertThat(references("CIM_NamespaceInManager", ((ObjectManagerProvider) provider("CIM_ObjectManager")).path(), null))
                .hasSize(2);
    }
}
