package org.vemanager.provider.profile.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;
import org.vemanager.provider.libvirt.Snapshots;
import org.vemanager.provider.mapping.CimNames;
import org.vemanager.provider.mapping.InstanceBuilder;
import org.vemanager.provider.resourcetest.ResourceHost;
import org.vemanager.provider.support.Paths;
import org.vemanager.provider.support.VirtHost;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.MethodResult;

class SnapshotServiceTest {

    private static final String WEB = "11111111-0000-4000-8000-000000000001";
    private static final String SPARE = "11111111-0000-4000-8000-000000000002";

    @RegisterExtension
    final ResourceHost host = ResourceHost.perTest("pool-host.xml");
    private CIMObjectPath service;
    private SnapshotSettings settings;

    @BeforeEach
    void open() throws CimException {
        service = host.only(VirtualSystemSnapshotServiceProvider.CLASS);
        settings = new SnapshotSettings(new VirtHost(host.hypervisor(), host.jobs()));
    }

    private static CIMObjectPath system(String uuid) {
        return InstanceBuilder.path(CimNames.NAMESPACE, CimNames.COMPUTER_SYSTEM,
                InstanceBuilder.stringKey("CreationClassName", CimNames.COMPUTER_SYSTEM), InstanceBuilder.stringKey("Name", uuid));
    }

    private static CIMObjectPath snapshot(String uuid, String name) {
        return InstanceBuilder.path(CimNames.NAMESPACE, CimNames.VSSD,
                InstanceBuilder.stringKey("InstanceID", "VEM:" + uuid + "/snapshot/" + name));
    }

    private MethodResult create(String uuid, String name, int type) throws CimException {
        CIMInstance requested = name == null ? null : new InstanceBuilder(CimNames.NAMESPACE, CimNames.VSSD).key("InstanceID", "new")
                .string("ElementName", name).string("Description", "before " + name).build();
        return host.invoke(service, "CreateSnapshot",
                new CIMArgument<>("AffectedSystem", new CIMDataType(CimNames.COMPUTER_SYSTEM), system(uuid)),
                new CIMArgument<>("SnapshotSettings", CIMDataType.OBJECT_T, requested),
                new CIMArgument<>("SnapshotType", CIMDataType.UINT16_T, new UnsignedInteger16(type)));
    }

    private static Object out(MethodResult r, String name) {
        return r.outParameters().stream().filter(a -> a.getName().equals(name)).findFirst().orElseThrow().getValue();
    }

    private List<String> names(String uuid) throws CimException {
        return settings.snapshots().list(uuid).stream().map(Snapshots.Snapshot::name).toList();
    }

    private String current(String className, String uuid) throws CimException {
        List<CIMInstance> links = host.references(className, system(uuid), null);
        if (links.isEmpty()) {
            return null;
        }
        String role = className.equals(CurrentSnapshotProvider.LAST_APPLIED) ? "Antecedent" : "Dependent";
        String id = (String) Paths.keyValue((CIMObjectPath) links.get(0).getPropertyValue(role), "InstanceID");
        return id.substring(id.lastIndexOf('/') + 1);
    }

    @Test
    void aFullSnapshotIsTakenAsAJobAndBecomesCurrent() throws CimException {
        MethodResult r = create(WEB, "s1", 2);
        assertThat(((Number) r.returnValue()).intValue()).isEqualTo(4096);
        assertThat(out(r, "Job")).isNotNull();
        assertThat(host.jobs().finished()).singleElement().satisfies(job -> {
            assertThat(job.error()).isNull();
            assertThat(job.percent()).isEqualTo(100);
            assertThat(job.affected()).anySatisfy(p -> assertThat(Paths.same(p, system(WEB))).isTrue());
        });
        CIMObjectPath resulting = (CIMObjectPath) out(r, "ResultingSnapshot");
        CIMInstance vssd = settings.find((String) Paths.keyValue(resulting, "InstanceID")).orElseThrow();
        assertThat(vssd.getPropertyValue("ElementName")).isEqualTo("s1");
        assertThat(vssd.getPropertyValue("VirtualSystemIdentifier")).isEqualTo("web");
        assertThat((String[]) vssd.getPropertyValue("Notes")).contains("State=running", "before s1");
        assertThat(vssd.getPropertyValue("CreationTime")).isNotNull();
        assertThat(current(CurrentSnapshotProvider.LAST_APPLIED, WEB)).isEqualTo("s1");
        assertThat(current(CurrentSnapshotProvider.MOST_CURRENT_IN_BRANCH, WEB)).isEqualTo("s1");
        assertThat(current(CurrentSnapshotProvider.LAST_APPLIED, SPARE)).isNull();
    }

    @Test
    void snapshotsFormATreeVisibleThroughParentNotesAndApplyMovesTheCurrentOne() throws CimException {
        create(WEB, "base", 2);
        create(WEB, "a1", 2);
        host.invoke(service, "ApplySnapshot", new CIMArgument<>("Snapshot", new CIMDataType(CimNames.VSSD), snapshot(WEB, "base")));
        assertThat(host.jobs().finished()).allSatisfy(job -> assertThat(job.error()).isNull());
        assertThat(current(CurrentSnapshotProvider.LAST_APPLIED, WEB)).isEqualTo("base");
        create(WEB, "b1", 2);
        assertThat(names(WEB)).containsExactlyInAnyOrder("base", "a1", "b1");
        assertThat(parentOf("a1")).isEqualTo("VEM:" + WEB + "/snapshot/base");
        assertThat(parentOf("b1")).isEqualTo("VEM:" + WEB + "/snapshot/base");
        assertThat(parentOf("base")).isNull();
        assertThat(host.references(SnapshotOfVirtualSystemProvider.CLASS, system(WEB), "Antecedent")).hasSize(3);
        assertThat(host.references(SnapshotOfVirtualSystemProvider.CLASS, snapshot(WEB, "a1"), "Dependent")).singleElement()
                .satisfies(l -> assertThat(Paths.same((CIMObjectPath) l.getPropertyValue("Antecedent"), system(WEB))).isTrue());
        assertThat(host.enumerate(SnapshotOfVirtualSystemProvider.CLASS)).hasSize(3);
        assertThat(host.references(CurrentSnapshotProvider.MOST_CURRENT_IN_BRANCH, snapshot(WEB, "b1"), "Dependent")).hasSize(1);
    }

    private String parentOf(String name) throws CimException {
        String[] notes = (String[]) settings.find("VEM:" + WEB + "/snapshot/" + name).orElseThrow().getPropertyValue("Notes");
        return Arrays.stream(notes).filter(n -> n.startsWith("Parent=")).map(n -> n.substring("Parent=".length())).findFirst()
                .orElse(null);
    }

    @Test
    void destroyingASnapshotRemovesOnlyIt() throws CimException {
        create(WEB, "keep", 2);
        create(WEB, "drop", 2);
        MethodResult r = host.invoke(service, "DestroySnapshot",
                new CIMArgument<>("AffectedSnapshot", new CIMDataType(CimNames.VSSD), snapshot(WEB, "drop")));
        assertThat(((Number) r.returnValue()).intValue()).isZero();
        assertThat(names(WEB)).containsExactly("keep");
        assertThat(settings.all()).hasSize(1);
    }

    @Test
    void unnamedSnapshotsGetDistinctNames() throws CimException {
        create(WEB, null, 2);
        create(SPARE, null, 2);
        assertThat(names(WEB)).singleElement().asString().startsWith("snap-");
        assertThat(names(SPARE)).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "11111111-0000-4000-8000-000000000001|dup|2|ALREADY_EXISTS|already has a snapshot named 'dup'",
        "11111111-0000-4000-8000-000000000001|d1|3|NOT_SUPPORTED|SnapshotType 3 (Disk) is not supported",
        "11111111-0000-4000-8000-000000000001|d1|5|INVALID_PARAMETER|SnapshotType must be 2 (Full) or 3 (Disk)",
        "11111111-0000-4000-8000-000000000001|bad name|2|INVALID_PARAMETER|ElementName must be",
        "99999999-0000-4000-8000-000000000009|x|2|INVALID_PARAMETER|AffectedSystem names no virtual system",
    })
    void badCreateRequestsAreRefusedAndTakeNothing(String uuid, String name, int type, CimStatus status, String message)
            throws CimException {
        create(WEB, "dup", 2);
        int jobs = host.jobs().finished().size();
        assertThatThrownBy(() -> create(uuid, name, type)).isInstanceOfSatisfying(CimException.class, e -> {
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.getMessage()).contains(message);
        });
        assertThat(names(WEB)).containsExactly("dup");
        assertThat(host.jobs().finished()).hasSize(jobs);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a snapshot name of web, asked on spare: spare has no such snapshot
        "VEM:11111111-0000-4000-8000-000000000002/snapshot/s1|NOT_FOUND|has no snapshot named 's1'",
        "VEM:11111111-0000-4000-8000-000000000001|INVALID_PARAMETER|is a virtual system's definition, not one of its snapshots",
    })
    void applyingSomethingThatIsNotASnapshotOfThatSystemIsRefused(String instanceId, CimStatus status, String message)
            throws CimException {
        create(WEB, "s1", 2);
        CIMObjectPath path = InstanceBuilder.path(CimNames.NAMESPACE, CimNames.VSSD, InstanceBuilder.stringKey("InstanceID", instanceId));
        assertThatThrownBy(() -> host.invoke(service, "ApplySnapshot", new CIMArgument<>("Snapshot", new CIMDataType(CimNames.VSSD), path)))
                .isInstanceOfSatisfying(CimException.class, e -> {
                    assertThat(e.status()).isEqualTo(status);
                    assertThat(e.getMessage()).contains(message);
                });
        assertThat(current(CurrentSnapshotProvider.LAST_APPLIED, WEB)).isEqualTo("s1");
        assertThat(names(SPARE)).isEmpty();
    }

    @Test
    void capabilitiesListWhatTheTestDriverDoes() throws CimException {
        CIMInstance caps = host.enumerate(VirtualSystemSnapshotServiceCapabilitiesProvider.CLASS).get(0);
        assertThat((UnsignedInteger16[]) caps.getPropertyValue("SnapshotTypesSupported")).containsExactly(new UnsignedInteger16(2));
    }
}
