package org.vemanager.mof.served;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.metricshub.wbem.javax.cim.CIMClass;
import org.vemanager.mof.MofCompilationException;
import org.vemanager.mof.MofCompiler;
import org.vemanager.mof.MofRepository;

/**
 * The DMTF CIM Schema 2.41 in {@code ../shared/dmtf-schema}, compiled once per JVM (about a second).
 * A missing folder is a failure, never a skip: CI must not go green without having compared.
 */
final class ReferenceSchema {

    static final String SHARED_DIR_PROPERTY = "vem.shared.dir";
    static final String NAMESPACE = MofCompiler.DEFAULT_NAMESPACE;

    private static MofRepository compiled;

    private ReferenceSchema() {
    }

    /** {@code <shared>/dmtf-schema/cim_schema_2.41.0.mof}, or a failed assertion saying what is missing. */
    static Path schemaFile() {
        String shared = System.getProperty(SHARED_DIR_PROPERTY);
        if (shared == null || shared.isBlank()) {
            return fail("system property %s is not set; run through Maven (the root pom sets it to ../shared) "
                + "or pass -D%s=/path/to/shared", SHARED_DIR_PROPERTY, SHARED_DIR_PROPERTY);
        }
        Path file = Path.of(shared).resolve("dmtf-schema").resolve("cim_schema_2.41.0.mof");
        if (!Files.isRegularFile(file)) {
            return fail("the DMTF reference schema is missing: %s does not exist (%s=%s). The served classes "
                + "cannot be checked against DMTF without it.", file, SHARED_DIR_PROPERTY, shared);
        }
        return file;
    }

    static synchronized MofRepository get() {
        if (compiled == null) {
            Path file = schemaFile();
            try {
                compiled = new MofCompiler().defaultNamespace(NAMESPACE).compile(file);
            } catch (MofCompilationException e) {
                return fail("the DMTF reference schema %s does not compile: %s", file, e.getMessage());
            }
        }
        return compiled;
    }

    static CIMClass getClass(String className) {
        return get().getClass(NAMESPACE, className);
    }
}
