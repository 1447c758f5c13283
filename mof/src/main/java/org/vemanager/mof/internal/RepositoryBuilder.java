package org.vemanager.mof.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.metricshub.wbem.javax.cim.CIMClass;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMQualifierType;
import org.vemanager.mof.MofRepository;
import org.vemanager.mof.parser.ClassDeclaration;
import org.vemanager.mof.parser.InstanceDeclaration;
import org.vemanager.mof.parser.MofSyntaxException;
import org.vemanager.mof.parser.QualifierTypeDeclaration;

/**
 * Turns declarations into javax.cim objects in the current namespace, checking what DSP0004 asks
 * (declared qualifiers, declared superclasses, unique names, typed values). A declaration with an
 * error is left out and its error recorded; {@link #build()} is only called when there were none.
 */
final class RepositoryBuilder {

    private final Map<String, NamespaceContent> namespaces = new LinkedHashMap<>();
    private final Map<String, QualifierResolver> qualifierResolvers = new HashMap<>();
    private final Map<String, ClassResolver> classResolvers = new HashMap<>();
    private final Map<String, CIMObjectPath> aliases = new HashMap<>();
    /** Classes whose declaration failed, so that their subclasses do not each report a missing superclass. */
    private final Set<String> failedClasses = new HashSet<>();
    private final ValueConverter converter = new ValueConverter(name -> aliases.get(name.toLowerCase(Locale.ROOT)));
    private final Errors errors;
    private NamespaceContent current;

    RepositoryBuilder(String defaultNamespace, Errors errors) {
        this.errors = errors;
        namespace(defaultNamespace);
    }

    /** Switches the namespace later declarations go to. */
    void namespace(String name) {
        current = namespaces.computeIfAbsent(ImmutableMofRepository.key(name), k -> new NamespaceContent(name));
    }

    String currentNamespace() {
        return current.name;
    }

    void qualifierDeclaration(QualifierTypeDeclaration decl) {
        String key = decl.name().toLowerCase(Locale.ROOT);
        Object defaultValue;
        try {
            defaultValue = decl.defaultValue() == null ? null
                : converter.convert(decl.defaultValue(), decl.type(), "qualifier " + decl.name());
        } catch (MofSyntaxException e) {
            errors.add(e);
            return;
        }
        CIMQualifierType<?> type = newQualifierType(decl, defaultValue);
        CIMQualifierType<?> previous = current.qualifierTypes.get(key);
        if (previous != null && !sameDeclaration(previous, type)) {
            errors.add(decl.position(), "qualifier " + decl.name() + " is already declared differently in namespace " + current.name);
            return;
        }
        current.qualifierTypes.put(key, type);
    }

    void classDeclaration(ClassDeclaration decl) {
        String key = decl.name().toLowerCase(Locale.ROOT);
        if (current.classPositions.containsKey(key)) {
            errors.add(decl.position(), "class " + decl.name() + " is already declared at " + current.classPositions.get(key));
            return;
        }
        CIMClass superclass = null;
        if (decl.superclass() != null) {
            superclass = current.classes.get(decl.superclass().toLowerCase(Locale.ROOT));
            if (superclass == null) {
                if (!failedClasses.contains(failedKey(decl.superclass()))) {
                    errors.add(decl.superclassPosition(), "superclass " + decl.superclass() + " of class " + decl.name()
                        + " is not declared: expected a class declared earlier in namespace " + current.name);
                }
                failedClasses.add(failedKey(decl.name()));
                return;
            }
        }
        int before = errors.count();
        CIMClass resolved = classResolver().resolve(decl, superclass, current.name);
        current.classPositions.put(key, decl.position());
        if (errors.count() == before) {
            current.classes.put(key, resolved);
        } else {
            failedClasses.add(failedKey(decl.name()));
        }
    }

    void instanceDeclaration(InstanceDeclaration decl) {
        CIMClass cimClass = current.classes.get(decl.className().toLowerCase(Locale.ROOT));
        if (cimClass == null) {
            if (!failedClasses.contains(failedKey(decl.className()))) {
                errors.add(decl.position(), "instance of " + decl.className() + ": class " + decl.className()
                    + " is not declared in namespace " + current.name);
            }
            return;
        }
        if (decl.alias() != null && aliases.containsKey(decl.alias().toLowerCase(Locale.ROOT))) {
            errors.add(decl.position(), "alias $" + decl.alias() + " is already used by another instance");
            return;
        }
        new InstanceBuilder(converter, errors).build(decl, cimClass, current.name).ifPresent(instance -> {
            current.instances.add(instance);
            if (decl.alias() != null) {
                aliases.put(decl.alias().toLowerCase(Locale.ROOT), instance.getObjectPath());
            }
        });
    }

    MofRepository build() {
        List<NamespaceContent> used = new ArrayList<>();
        for (NamespaceContent ns : namespaces.values()) {
            if (!ns.qualifierTypes.isEmpty() || !ns.classes.isEmpty() || !ns.instances.isEmpty()) {
                used.add(ns);
            }
        }
        return new ImmutableMofRepository(used);
    }

    private String failedKey(String className) {
        return ImmutableMofRepository.key(current.name) + ':' + className.toLowerCase(Locale.ROOT);
    }

    private ClassResolver classResolver() {
        String key = ImmutableMofRepository.key(current.name);
        QualifierResolver q = qualifierResolvers.computeIfAbsent(key,
            k -> new QualifierResolver(current.qualifierTypes, converter, errors));
        return classResolvers.computeIfAbsent(key, k -> new ClassResolver(q, converter, errors));
    }

    private static boolean sameDeclaration(CIMQualifierType<?> a, CIMQualifierType<?> b) {
        return a.getDataType().equals(b.getDataType()) && a.getScope() == b.getScope() && a.getFlavor() == b.getFlavor()
            && Objects.deepEquals(a.getValue(), b.getValue());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private CIMQualifierType<?> newQualifierType(QualifierTypeDeclaration decl, Object defaultValue) {
        CIMObjectPath path = new CIMObjectPath(null, null, null, current.name, decl.name(), null);
        return new CIMQualifierType(path, decl.type(), defaultValue, decl.scope(), decl.flavors().applyTo(0));
    }
}
