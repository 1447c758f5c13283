package org.vemanager.wbem.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.metricshub.wbem.javax.cim.UnsignedInteger32;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.testing.DispatcherFixture;
import org.vemanager.wbem.testing.PeopleProvider;
import org.vemanager.wbem.testing.TestPaths;

/** Every error status the dispatcher produces, one row per way of provoking it. */
class ErrorCodesTest {

    private final DispatcherFixture f = new DispatcherFixture();

    @FunctionalInterface
    interface Call {
        void run(DispatcherFixture f) throws CimException;
    }

    static Stream<Arguments> intrinsicErrors() {
        return Stream.of(
            row("unknown namespace", CimStatus.INVALID_NAMESPACE, "root/nothere",
                x -> x.callIn("root/nothere", "alice", Role.ADMIN, "EnumerateClassNames")),
            row("unknown parameter", CimStatus.INVALID_PARAMETER, "Bogus",
                x -> x.call("EnumerateInstances", "ClassName", "TEST_Person", "Bogus", true)),
            row("missing ClassName", CimStatus.INVALID_PARAMETER, "ClassName", x -> x.call("EnumerateInstances")),
            row("boolean of wrong type", CimStatus.INVALID_PARAMETER, "DeepInheritance",
                x -> x.call("EnumerateInstances", "ClassName", "TEST_Person", "DeepInheritance", 3)),
            row("missing key", CimStatus.INVALID_PARAMETER, "Name",
                x -> x.call("GetInstance", "InstanceName", TestPaths.path("TEST_Person"))),
            row("extra key", CimStatus.INVALID_PARAMETER, "Age",
                x -> x.call("GetInstance", "InstanceName", TestPaths.path("TEST_Person", "Name", "alice", "Age", "3"))),
            row("unconvertible key", CimStatus.INVALID_PARAMETER, "Id",
                x -> x.call("GetInstance", "InstanceName", TestPaths.path("TEST_Team", "Id", "one"))),
            row("unknown class", CimStatus.INVALID_CLASS, "TEST_Nope", x -> x.call("GetClass", "ClassName", "TEST_Nope")),
            row("unknown class in enumerate", CimStatus.INVALID_CLASS, "TEST_Nope",
                x -> x.call("EnumerateInstances", "ClassName", "TEST_Nope")),
            row("unknown instance", CimStatus.NOT_FOUND, "dave", x -> x.call("GetInstance", "InstanceName", TestPaths.person("dave"))),
            row("unknown qualifier", CimStatus.NOT_FOUND, "Nope", x -> x.call("GetQualifier", "QualifierName", "Nope")),
            row("class without provider", CimStatus.NOT_FOUND, "",
                x -> x.call("GetInstance", "InstanceName", TestPaths.path("CIM_Error"))),
            row("unknown operation", CimStatus.NOT_SUPPORTED, "Frobnicate", x -> x.call("Frobnicate")),
            row("CreateClass", CimStatus.NOT_SUPPORTED, "read-only", x -> x.call("CreateClass", "NewClass", null)),
            row("ModifyClass", CimStatus.NOT_SUPPORTED, "read-only", x -> x.call("ModifyClass", "ModifiedClass", null)),
            row("DeleteClass", CimStatus.NOT_SUPPORTED, "read-only", x -> x.call("DeleteClass", "ClassName", "TEST_Team")),
            row("SetQualifier", CimStatus.NOT_SUPPORTED, "read-only", x -> x.call("SetQualifier", "QualifierDeclaration", null)),
            row("DeleteQualifier", CimStatus.NOT_SUPPORTED, "read-only", x -> x.call("DeleteQualifier", "QualifierName", "Key")),
            row("write to read-only class", CimStatus.NOT_SUPPORTED, "TEST_Team",
                x -> x.call("DeleteInstance", "InstanceName", TestPaths.team(1))),
            row("duplicate create", CimStatus.ALREADY_EXISTS, "alice",
                x -> x.call("CreateInstance", "NewInstance", PeopleProvider.person("TEST_Person", "alice", 1, null))),
            row("create with unknown property", CimStatus.NO_SUCH_PROPERTY, "Shoe",
                x -> x.call("CreateInstance", "NewInstance", new CIMInstance(TestPaths.person("zed"), new CIMProperty<?>[] {
                    new CIMProperty<>("Name", CIMDataType.STRING_T, "zed"),
                    new CIMProperty<>("Shoe", CIMDataType.STRING_T, "43")}))),
            row("GetProperty unknown", CimStatus.NO_SUCH_PROPERTY, "Shoe",
                x -> x.call("GetProperty", "InstanceName", TestPaths.person("alice"), "PropertyName", "Shoe")),
            row("create with wrong type", CimStatus.TYPE_MISMATCH, "Age",
                x -> x.call("CreateInstance", "NewInstance", new CIMInstance(TestPaths.person("zed"), new CIMProperty<?>[] {
                    new CIMProperty<>("Name", CIMDataType.STRING_T, "zed"),
                    new CIMProperty<>("Age", CIMDataType.BOOLEAN_T, Boolean.TRUE)}))),
            row("SetProperty unconvertible", CimStatus.TYPE_MISMATCH, "NewValue",
                x -> x.call("SetProperty", "InstanceName", TestPaths.person("alice"), "PropertyName", "Age",
                    "NewValue", UntypedValue.scalar("old"))),
            row("ExecQuery without engine", CimStatus.QUERY_LANGUAGE_NOT_SUPPORTED, "WQL",
                x -> x.call("ExecQuery", "QueryLanguage", "WQL", "Query", "SELECT * FROM TEST_Person")),
            row("OpenQueryInstances without engine", CimStatus.QUERY_LANGUAGE_NOT_SUPPORTED, "DMTF:CQL",
                x -> x.call("OpenQueryInstances", "FilterQueryLanguage", "DMTF:CQL", "FilterQuery", "SELECT * FROM TEST_Person")),
            row("FilterQuery without engine", CimStatus.FILTERED_ENUMERATION_NOT_SUPPORTED, "FilterQuery",
                x -> x.call("OpenEnumerateInstances", "ClassName", "TEST_Person", "FilterQueryLanguage", "WQL",
                    "FilterQuery", "SELECT * FROM TEST_Person WHERE Age > 3")),
            row("ContinueOnError", CimStatus.CONTINUATION_ON_ERROR_NOT_SUPPORTED, "ContinueOnError",
                x -> x.call("OpenEnumerateInstances", "ClassName", "TEST_Person", "ContinueOnError", true)),
            row("unknown enumeration context", CimStatus.INVALID_ENUMERATION_CONTEXT, "",
                x -> x.call("PullInstancesWithPath", "EnumerationContext", "00ff", "MaxObjectCount", new UnsignedInteger32(1))),
            row("OperationTimeout 0", CimStatus.INVALID_OPERATION_TIMEOUT, "0",
                x -> x.call("OpenEnumerateInstances", "ClassName", "TEST_Person", "OperationTimeout", new UnsignedInteger32(0))),
            row("OperationTimeout too long", CimStatus.INVALID_OPERATION_TIMEOUT, "maximum",
                x -> x.call("OpenEnumerateInstances", "ClassName", "TEST_Person", "OperationTimeout", new UnsignedInteger32(86_400))));
    }

    static Stream<Arguments> methodErrors() {
        return Stream.of(
            row("unknown method", CimStatus.METHOD_NOT_FOUND, "Fly", x -> x.invoke(TestPaths.service(), "Fly")),
            row("unknown parameter", CimStatus.INVALID_PARAMETER, "Whom",
                x -> x.invoke(TestPaths.service(), "Greet", new CIMArgument<>("Whom", CIMDataType.STRING_T, "x"))),
            row("output parameter sent as input", CimStatus.INVALID_PARAMETER, "Reply",
                x -> x.invoke(TestPaths.service(), "Greet", new CIMArgument<>("Reply", CIMDataType.STRING_T, "x"))),
            row("unconvertible parameter", CimStatus.TYPE_MISMATCH, "Times",
                x -> x.invoke(TestPaths.service(), "Greet", new CIMArgument<>("Times", CIMDataType.STRING_T, UntypedValue.scalar("many")))),
            row("wrongly typed parameter", CimStatus.TYPE_MISMATCH, "Times",
                x -> x.invoke(TestPaths.service(), "Greet", new CIMArgument<>("Times", CIMDataType.BOOLEAN_T, Boolean.TRUE))),
            row("target does not exist", CimStatus.NOT_FOUND, "nope",
                x -> x.invoke(TestPaths.path("TEST_Service", "Name", "nope"), "Greet")),
            row("non-static method on a class path", CimStatus.INVALID_PARAMETER, "static",
                x -> x.invoke(TestPaths.path("TEST_Service"), "Greet")),
            row("unknown class", CimStatus.INVALID_CLASS, "TEST_Nope", x -> x.invoke(TestPaths.path("TEST_Nope"), "Greet")),
            row("method without provider", CimStatus.NOT_SUPPORTED, "Nap",
                x -> x.invoke(TestPaths.path("TEST_Idle", "Name", "i"), "Nap")),
            row("embedded instance of unknown class", CimStatus.INVALID_PARAMETER, "TEST_Nope",
                x -> x.invoke(TestPaths.service(), "Define",
                    new CIMArgument<>("Person", CIMDataType.STRING_T, "instance of TEST_Nope { Name = \"x\"; };"))),
            row("embedded instance with unknown property", CimStatus.INVALID_PARAMETER, "Shoe",
                x -> x.invoke(TestPaths.service(), "Define",
                    new CIMArgument<>("Person", CIMDataType.STRING_T, "<INSTANCE CLASSNAME=\"TEST_Person\"><PROPERTY NAME=\"Shoe\" "
                        + "TYPE=\"string\"><VALUE>1</VALUE></PROPERTY></INSTANCE>"))),
            row("embedded instance with a DTD", CimStatus.INVALID_PARAMETER, "Person",
                x -> x.invoke(TestPaths.service(), "Define", new CIMArgument<>("Person", CIMDataType.STRING_T,
                    "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><INSTANCE CLASSNAME=\"TEST_Person\">"
                        + "<PROPERTY NAME=\"Name\" TYPE=\"string\"><VALUE>&e;</VALUE></PROPERTY></INSTANCE>"))),
            row("embedded garbage", CimStatus.INVALID_PARAMETER, "Person",
                x -> x.invoke(TestPaths.service(), "Define", new CIMArgument<>("Person", CIMDataType.STRING_T, "hello there"))));
    }

    private static Arguments row(String name, CimStatus status, String mentioned, Call call) {
        return Arguments.of(name, status, mentioned, call);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource({"intrinsicErrors", "methodErrors"})
    void answersWithStatusAndSaysWhy(String name, CimStatus status, String mentioned, Call call) {
        assertThatThrownBy(() -> call.run(f))
            .isInstanceOfSatisfying(CimException.class, e -> {
                assertThat(e.status()).as(e.getMessage()).isEqualTo(status);
                assertThat(e.getMessage()).contains(mentioned);
            });
    }

    @Test
    void providerBugIsFailedWithCorrelationIdAndNoDetail() {
        assertThatThrownBy(() -> f.invoke(TestPaths.service(), "Boom"))
            .isInstanceOfSatisfying(CimException.class, e -> {
                assertThat(e.status()).isEqualTo(CimStatus.FAILED);
                assertThat(e.getMessage()).contains("correlation id").doesNotContain("secret");
                assertThat(e.getCause()).isNull();
            });
    }

    static Stream<Arguments> roleDenials() {
        return Stream.of(
            Arguments.of(Role.READER, "CreateInstance", List.of("NewInstance", PeopleProvider.person("TEST_Person", "x", 1, null))),
            Arguments.of(Role.OPERATOR, "DeleteInstance", List.of("InstanceName", TestPaths.person("alice"))),
            Arguments.of(Role.OPERATOR, "ModifyInstance",
                List.of("ModifiedInstance", PeopleProvider.person("TEST_Person", "alice", 1, null))),
            Arguments.of(Role.READER, "SetProperty", List.of("InstanceName", TestPaths.person("alice"), "PropertyName", "Age")),
            Arguments.of(Role.OPERATOR, "CreateClass", List.of()));
    }

    @ParameterizedTest(name = "{0} may not {1}")
    @MethodSource("roleDenials")
    void rolesAreEnforced(Role role, String operation, List<Object> params) {
        assertThatThrownBy(() -> f.callAs("rita", role, operation, params.toArray()))
            .isInstanceOfSatisfying(CimException.class, e -> assertThat(e.status()).isEqualTo(CimStatus.ACCESS_DENIED));
    }

    @Test
    void readerMayNotInvokeMethodsButOperatorMay() throws CimException {
        assertThatThrownBy(() -> f.invokeAs(Role.READER, TestPaths.service(), "Ping"))
            .isInstanceOfSatisfying(CimException.class, e -> assertThat(e.status()).isEqualTo(CimStatus.ACCESS_DENIED));
        assertThat(f.invokeAs(Role.OPERATOR, TestPaths.path("TEST_Service"), "Ping").returnValue.value())
            .isEqualTo(new UnsignedInteger32(0));
    }

    @Test
    void readerMayRead() throws CimException {
        assertThat(f.callAs("rita", Role.READER, "EnumerateInstanceNames", "ClassName", "TEST_Team").items).hasSize(2);
    }

    @Test
    void denialDoesNotChangeAnything() throws CimException {
        assertThatThrownBy(() -> f.callAs("rita", Role.READER, "DeleteInstance", "InstanceName", TestPaths.person("alice")))
            .isInstanceOf(CimException.class);
        assertThat(f.call("GetInstance", "InstanceName", TestPaths.person("alice")).items).hasSize(1);
    }
}
