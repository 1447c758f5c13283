package org.vemanager.wbem.operation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.metricshub.wbem.javax.cim.CIMClass;
import org.metricshub.wbem.javax.cim.CIMClassProperty;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMMethod;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMParameter;
import org.metricshub.wbem.javax.cim.CIMQualifier;

class ClassShapeTest {

    private static final CIMQualifier<?> IN = new CIMQualifier<>("In", CIMDataType.BOOLEAN_T, Boolean.TRUE, 0);

    /** TEST_Child : TEST_Base, with one inherited and one own property and method. */
    private static final CIMClass CHILD = new CIMClass(new CIMObjectPath(null, null, null, "root/test", "TEST_Child", null),
        "TEST_Base", new CIMQualifier<?>[] {new CIMQualifier<>("Description", CIMDataType.STRING_T, "child", 0)},
        new CIMClassProperty<?>[] {
            new CIMClassProperty<>("Name", CIMDataType.STRING_T, null, new CIMQualifier<?>[0], true, true, "TEST_Base"),
            new CIMClassProperty<>("Size", CIMDataType.UINT32_T, null, new CIMQualifier<?>[0], false, false, "TEST_Child")},
        new CIMMethod<?>[] {
            new CIMMethod<>("Inherited", CIMDataType.UINT32_T, new CIMQualifier<?>[0],
                new CIMParameter<?>[] {new CIMParameter<>("A", CIMDataType.STRING_T, new CIMQualifier<?>[] {IN})}, true, "TEST_Base"),
            new CIMMethod<>("Own", CIMDataType.UINT32_T, new CIMQualifier<?>[0], new CIMParameter<?>[0], false, "TEST_Child")},
        false, true);

    @Test
    void nothingRemovedIsTheSameObject() {
        assertThat(ClassShape.of(CHILD, false, true, true, null)).isSameAs(CHILD);
    }

    @Test
    void localOnlyDropsInheritedPropertiesAndMethods() {
        CIMClass local = ClassShape.of(CHILD, true, true, true, null);
        assertThat(local.getProperties()).extracting(CIMClassProperty::getName).containsExactly("Size");
        assertThat(local.getMethods()).extracting(CIMMethod::getName).containsExactly("Own");
    }

    @Test
    void propertyListLimitsPropertiesButNeverMethods() {
        CIMClass listed = ClassShape.of(CHILD, false, true, true, new String[] {"name"});
        assertThat(listed.getProperties()).extracting(CIMClassProperty::getName).containsExactly("Name");
        assertThat(listed.getMethods()).extracting(CIMMethod::getName).containsExactly("Inherited", "Own");
        assertThat(listed.getMethod("Inherited").getParameter("A").getQualifier("In")).isNotNull();
    }

    @Test
    void withoutQualifiersOrOriginEverythingIsBare() {
        CIMClass bare = ClassShape.of(CHILD, false, false, false, null);
        assertThat(bare.getQualifierCount()).isZero();
        assertThat(bare.getMethod("Inherited").getParameter("A").getQualifierCount()).isZero();
        assertThat(bare.getMethod("Inherited").getOriginClass()).isNull();
        assertThat(bare.getProperty("Name").getOriginClass()).isNull();
        assertThat(bare.getProperty("Name").isKey()).isTrue();
    }
}
