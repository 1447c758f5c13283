package org.vemanager.wbem.testing;

import org.vemanager.mof.MofCompilationException;
import org.vemanager.mof.MofCompiler;
import org.vemanager.mof.MofRepository;
import org.vemanager.wbem.repository.ClassRepository;

/** The test schema (test-schema.mof) compiled into namespace {@value #NAMESPACE}, once per JVM. */
public final class TestSchema {

    public static final String NAMESPACE = "root/test";
    private static final String RESOURCE = "org/vemanager/wbem/testing/test-schema.mof";
    private static volatile MofRepository mof;

    private TestSchema() {
    }

    public static synchronized MofRepository mof() {
        if (mof == null) {
            try {
                mof = new MofCompiler().defaultNamespace(NAMESPACE).compileResource(TestSchema.class.getClassLoader(), RESOURCE);
            } catch (MofCompilationException e) {
                throw new IllegalStateException("the test schema does not compile: " + e.getMessage(), e);
            }
        }
        return mof;
    }

    /** A repository with the test namespace and an empty root/interop (so the interop alias resolves). */
    public static ClassRepository repository() {
        return ClassRepository.builder().add(mof()).namespace("root/interop").build();
    }
}
