package org.vemanager.mof;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.metricshub.wbem.javax.cim.CIMClass;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMQualifierType;
import org.vemanager.mof.internal.RepositoryImage;

/**
 * The classes VE-manager serves through GetClass/EnumerateClasses: our own MOF under
 * {@code org/vemanager/mof/served/}, compiled from its two entry files. {@code virt.mof} fills
 * {@value #VIRT_NAMESPACE} (the DMTF classes of the virtualization profiles and our {@code VEM_}
 * subclasses), {@code interop.mof} fills {@value #INTEROP_NAMESPACE} (profile registration, object
 * manager, indication subscriptions). A class file may be included by both, so that superclasses
 * such as CIM_ManagedElement exist in each namespace.
 *
 * <p>Loaded once per JVM, on first use: the repository is immutable, so every caller shares it. The
 * build compiles the served MOF into a binary image ({@value #IMAGE}, see {@link RepositoryImage}) so
 * that loading reads it instead of compiling at every start; a test checks that the image equals a
 * fresh compilation. Without an image (a build that skipped that step) the MOF is compiled here.
 */
public final class ServedClasses {

    public static final String VIRT_NAMESPACE = "root/virt";
    public static final String INTEROP_NAMESPACE = "root/interop";

    /** Classpath folder of the served MOF; entry files and {@code class-profiles.properties} live here. */
    public static final String RESOURCE_DIR = "org/vemanager/mof/served/";

    /** Entry file per namespace, in the order they are compiled. */
    static final Map<String, String> ENTRY_FILES = Map.of(
        VIRT_NAMESPACE, RESOURCE_DIR + "virt.mof",
        INTEROP_NAMESPACE, RESOURCE_DIR + "interop.mof");

    /** Classpath resource of the precompiled image the build writes. */
    public static final String IMAGE = RESOURCE_DIR + "served-classes.bin";

    private static volatile MofRepository cached;

    private ServedClasses() {
    }

    /**
     * The served repository. Our MOF ships inside this jar, so a compilation error is a defect of
     * this build, not bad input: it is reported as {@link IllegalStateException} with every error
     * found, each with file, line, column and a caret.
     */
    public static MofRepository load() {
        MofRepository repository = cached;
        if (repository == null) {
            synchronized (ServedClasses.class) {
                repository = cached;
                if (repository == null) {
                    repository = readImage();
                    if (repository == null) {
                        repository = compile();
                    }
                    cached = repository;
                }
            }
        }
        return repository;
    }

    /** The precompiled image, or null when this build has none. */
    static MofRepository readImage() {
        InputStream in = ServedClasses.class.getClassLoader().getResourceAsStream(IMAGE);
        if (in == null) {
            return null;
        }
        try (InputStream image = new BufferedInputStream(in, 1 << 16)) {
            return RepositoryImage.read(image);
        } catch (IOException e) {
            throw new IllegalStateException("the served classes' image " + IMAGE + " is unreadable: " + e.getMessage(), e);
        }
    }

    /** Compiles the served MOF afresh (what the build writes into the image; tests compare the two). */
    public static MofRepository compile() {
        ClassLoader loader = ServedClasses.class.getClassLoader();
        Map<String, MofRepository> byNamespace = new LinkedHashMap<>();
        for (String namespace : new String[] {VIRT_NAMESPACE, INTEROP_NAMESPACE}) {
            String entry = ENTRY_FILES.get(namespace);
            try {
                MofRepository compiled = new MofCompiler().defaultNamespace(namespace).compileResource(loader, entry);
                if (!compiled.namespaces().contains(namespace) || compiled.namespaces().size() != 1) {
                    throw new IllegalStateException(entry + " must fill exactly namespace " + namespace
                        + " but filled " + compiled.namespaces());
                }
                byNamespace.put(namespace, compiled);
            } catch (MofCompilationException e) {
                throw new IllegalStateException("the served MOF " + entry + " does not compile: " + e.getMessage(), e);
            }
        }
        return new NamespaceUnion(byNamespace);
    }

    /** One repository per namespace, seen as one: each entry file fills exactly one namespace. */
    private static final class NamespaceUnion implements MofRepository {

        private final Map<String, MofRepository> byNamespace;

        NamespaceUnion(Map<String, MofRepository> byNamespace) {
            this.byNamespace = Collections.unmodifiableMap(new LinkedHashMap<>(byNamespace));
        }

        @Override
        public Set<String> namespaces() {
            return byNamespace.keySet();
        }

        @Override
        public Collection<CIMQualifierType<?>> qualifierTypes(String namespace) {
            MofRepository repository = lookup(namespace);
            return repository == null ? Collections.emptyList() : repository.qualifierTypes(namespace);
        }

        @Override
        public Collection<CIMClass> classes(String namespace) {
            MofRepository repository = lookup(namespace);
            return repository == null ? Collections.emptyList() : repository.classes(namespace);
        }

        @Override
        public CIMClass getClass(String namespace, String className) {
            MofRepository repository = lookup(namespace);
            return repository == null ? null : repository.getClass(namespace, className);
        }

        @Override
        public Collection<CIMInstance> instances(String namespace) {
            MofRepository repository = lookup(namespace);
            return repository == null ? Collections.emptyList() : repository.instances(namespace);
        }

        private MofRepository lookup(String namespace) {
            return namespace == null ? null : byNamespace.get(namespace);
        }
    }
}
