package org.vemanager.mof.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Array;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.metricshub.wbem.javax.cim.CIMClass;
import org.metricshub.wbem.javax.cim.CIMClassProperty;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMDateTime;
import org.metricshub.wbem.javax.cim.CIMDateTimeAbsolute;
import org.metricshub.wbem.javax.cim.CIMDateTimeInterval;
import org.metricshub.wbem.javax.cim.CIMMethod;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMParameter;
import org.metricshub.wbem.javax.cim.CIMQualifier;
import org.metricshub.wbem.javax.cim.CIMQualifierType;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;
import org.metricshub.wbem.javax.cim.UnsignedInteger32;
import org.metricshub.wbem.javax.cim.UnsignedInteger64;
import org.metricshub.wbem.javax.cim.UnsignedInteger8;
import org.vemanager.mof.MofRepository;
import org.vemanager.mof.parser.DataTypes;

/**
 * A compiled repository written as a compact binary image and read back without compiling: qualifier
 * types and classes with every qualifier, property, method and parameter, each string stored once. The
 * build writes the served classes' image so that a node-agent need not compile MOF at start; a test
 * checks that the image reads back equal to a fresh compilation. Not Java serialization (every JVM of
 * ours rejects that): a format of our own, versioned by its header, that only this class reads.
 *
 * <p>Instances and reference or embedded-object values are not part of the format: {@link #write}
 * refuses a repository that has them, so the build fails rather than the image silently differing.
 */
public final class RepositoryImage {

    private static final int MAGIC = 0x56454D49; // "VEMI"
    private static final int VERSION = 1;

    /** Array component classes; a value's tag is its class's index + 1 (0 = null). */
    private static final List<Class<?>> CLASSES = List.of(String.class, Boolean.class, Character.class, Byte.class, Short.class,
            Integer.class, Long.class, Float.class, Double.class, UnsignedInteger8.class, UnsignedInteger16.class,
            UnsignedInteger32.class, UnsignedInteger64.class, CIMDateTimeAbsolute.class, CIMDateTimeInterval.class, CIMDateTime.class);
    private static final int ARRAY = 100;

    private RepositoryImage() {
    }

    /** Writes {@code repository}; IllegalArgumentException for content the format does not carry. */
    public static void write(MofRepository repository, OutputStream out) throws IOException {
        new Writer(new DataOutputStream(out)).repository(repository);
    }

    /** Reads an image {@link #write} wrote; IOException when it is not one, or of another version. */
    public static MofRepository read(InputStream in) throws IOException {
        return new Reader(new DataInputStream(in)).repository();
    }

    private static final class Writer {
        private final DataOutputStream out;
        private final Map<String, Integer> strings = new HashMap<>();

        Writer(DataOutputStream out) {
            this.out = out;
        }

        void repository(MofRepository repository) throws IOException {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(repository.namespaces().size());
            for (String namespace : repository.namespaces()) {
                if (!repository.instances(namespace).isEmpty()) {
                    throw new IllegalArgumentException("namespace " + namespace
                            + " has instances, which a repository image does not carry");
                }
                string(namespace);
                out.writeInt(repository.qualifierTypes(namespace).size());
                for (CIMQualifierType<?> t : repository.qualifierTypes(namespace)) {
                    string(t.getObjectPath().getNamespace());
                    string(t.getName());
                    type(t.getDataType());
                    value(t.getValue());
                    out.writeInt(t.getScope());
                    out.writeInt(t.getFlavor());
                }
                out.writeInt(repository.classes(namespace).size());
                for (CIMClass c : repository.classes(namespace)) {
                    cimClass(c);
                }
            }
            out.flush();
        }

        private void cimClass(CIMClass c) throws IOException {
            string(c.getObjectPath().getNamespace());
            string(c.getName());
            string(c.getSuperClassName());
            out.writeBoolean(c.isAssociation());
            out.writeBoolean(c.isKeyed());
            qualifiers(c.getQualifiers());
            out.writeInt(c.getPropertyCount());
            for (CIMClassProperty<?> p : c.getProperties()) {
                string(p.getName());
                type(p.getDataType());
                value(p.getValue());
                qualifiers(p.getQualifiers());
                out.writeBoolean(p.isKey());
                out.writeBoolean(p.isPropagated());
                string(p.getOriginClass());
            }
            out.writeInt(c.getMethodCount());
            for (CIMMethod<?> m : c.getMethods()) {
                string(m.getName());
                type(m.getDataType());
                qualifiers(m.getQualifiers());
                out.writeInt(m.getParameters().length);
                for (CIMParameter<?> p : m.getParameters()) {
                    string(p.getName());
                    type(p.getDataType());
                    qualifiers(p.getQualifiers());
                }
                out.writeBoolean(m.isPropagated());
                string(m.getOriginClass());
            }
        }

        private void qualifiers(CIMQualifier<?>[] qualifiers) throws IOException {
            out.writeInt(qualifiers.length);
            for (CIMQualifier<?> q : qualifiers) {
                string(q.getName());
                type(q.getDataType());
                value(q.getValue());
                out.writeInt(q.getFlavor());
                out.writeBoolean(q.isPropagated());
            }
        }

        private void type(CIMDataType type) throws IOException {
            if (type == null) {
                out.writeInt(-1);
                return;
            }
            out.writeInt(type.getType());
            out.writeBoolean(type.isArray());
            out.writeInt(type.getSize());
            string(type.getRefClassName());
        }

        private void value(Object value) throws IOException {
            if (value != null && value.getClass().isArray()) {
                out.writeByte(ARRAY);
                out.writeByte(tag(value.getClass().getComponentType()));
                int length = Array.getLength(value);
                out.writeInt(length);
                for (int i = 0; i < length; i++) {
                    value(Array.get(value, i));
                }
                return;
            }
            int tag = value == null ? 0 : tag(value.getClass());
            out.writeByte(tag);
            if (value == null) {
                return;
            }
            switch (tag) {
                case 1 -> string((String) value);
                case 2 -> out.writeBoolean((Boolean) value);
                case 3 -> out.writeChar((Character) value);
                case 4 -> out.writeByte((Byte) value);
                case 5 -> out.writeShort((Short) value);
                case 6 -> out.writeInt((Integer) value);
                case 7 -> out.writeLong((Long) value);
                case 8 -> out.writeFloat((Float) value);
                case 9 -> out.writeDouble((Double) value);
                case 10, 11, 12, 13, 14, 15 -> string(value.toString());
                default -> throw new IllegalStateException("unhandled tag " + tag);
            }
        }

        private static int tag(Class<?> type) {
            int index = CLASSES.indexOf(type);
            if (index < 0) {
                throw new IllegalArgumentException("a repository image cannot carry values of " + type.getName());
            }
            return index + 1;
        }

        /** Each distinct string once: its index when seen before, else -2 and its UTF-8 bytes. */
        private void string(String s) throws IOException {
            if (s == null) {
                out.writeInt(-1);
                return;
            }
            Integer known = strings.get(s);
            if (known != null) {
                out.writeInt(known);
                return;
            }
            strings.put(s, strings.size());
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(-2);
            out.writeInt(utf8.length);
            out.write(utf8);
        }
    }

    private static final class Reader {
        private final DataInputStream in;
        private final List<String> strings = new ArrayList<>();

        Reader(DataInputStream in) {
            this.in = in;
        }

        MofRepository repository() throws IOException {
            if (in.readInt() != MAGIC) {
                throw new IOException("not a repository image");
            }
            int version = in.readInt();
            if (version != VERSION) {
                throw new IOException("repository image version " + version + ", expected " + VERSION);
            }
            int namespaces = in.readInt();
            List<NamespaceContent> contents = new ArrayList<>(namespaces);
            for (int n = 0; n < namespaces; n++) {
                NamespaceContent content = new NamespaceContent(string());
                int qualifierTypes = in.readInt();
                for (int i = 0; i < qualifierTypes; i++) {
                    CIMQualifierType<?> t = qualifierType();
                    content.qualifierTypes.put(key(t.getName()), t);
                }
                int classes = in.readInt();
                for (int i = 0; i < classes; i++) {
                    CIMClass c = cimClass();
                    content.classes.put(key(c.getName()), c);
                }
                contents.add(content);
            }
            return new ImmutableMofRepository(contents);
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private CIMQualifierType<?> qualifierType() throws IOException {
            CIMObjectPath path = new CIMObjectPath(null, null, null, string(), string(), null);
            CIMDataType type = type();
            Object value = value();
            return new CIMQualifierType(path, type, value, in.readInt(), in.readInt());
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private CIMClass cimClass() throws IOException {
            CIMObjectPath path = new CIMObjectPath(null, null, null, string(), string(), null);
            String superClass = string();
            boolean association = in.readBoolean();
            boolean keyed = in.readBoolean();
            CIMQualifier<?>[] qualifiers = qualifiers();
            CIMClassProperty<?>[] properties = new CIMClassProperty<?>[in.readInt()];
            for (int i = 0; i < properties.length; i++) {
                String name = string();
                CIMDataType type = type();
                Object value = value();
                CIMQualifier<?>[] q = qualifiers();
                boolean key = in.readBoolean();
                boolean propagated = in.readBoolean();
                properties[i] = new CIMClassProperty(name, type, value, q, key, propagated, string());
            }
            CIMMethod<?>[] methods = new CIMMethod<?>[in.readInt()];
            for (int i = 0; i < methods.length; i++) {
                String name = string();
                CIMDataType type = type();
                CIMQualifier<?>[] q = qualifiers();
                CIMParameter<?>[] parameters = new CIMParameter<?>[in.readInt()];
                for (int j = 0; j < parameters.length; j++) {
                    String parameterName = string();
                    CIMDataType parameterType = type();
                    parameters[j] = new CIMParameter(parameterName, parameterType, qualifiers());
                }
                boolean propagated = in.readBoolean();
                methods[i] = new CIMMethod(name, type, q, parameters, propagated, string());
            }
            return new CIMClass(path, superClass, qualifiers, properties, methods, association, keyed);
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private CIMQualifier<?>[] qualifiers() throws IOException {
            CIMQualifier<?>[] qualifiers = new CIMQualifier<?>[in.readInt()];
            for (int i = 0; i < qualifiers.length; i++) {
                String name = string();
                CIMDataType type = type();
                Object value = value();
                int flavor = in.readInt();
                qualifiers[i] = new CIMQualifier(name, type, value, flavor, in.readBoolean());
            }
            return qualifiers;
        }

        private CIMDataType type() throws IOException {
            int code = in.readInt();
            if (code == -1) {
                return null;
            }
            boolean isArray = in.readBoolean();
            int size = in.readInt();
            String refClass = string();
            if (code == CIMDataType.REFERENCE) {
                return isArray ? new CIMDataType(refClass, size) : new CIMDataType(refClass);
            }
            CIMDataType type = DataTypes.of(code, isArray, size);
            if (type == null) {
                throw new IOException("repository image has unknown type code " + code);
            }
            return type;
        }

        private Object value() throws IOException {
            int tag = in.readUnsignedByte();
            if (tag == ARRAY) {
                Class<?> component = CLASSES.get(in.readUnsignedByte() - 1);
                Object array = Array.newInstance(component, in.readInt());
                for (int i = 0; i < Array.getLength(array); i++) {
                    Array.set(array, i, value());
                }
                return array;
            }
            return switch (tag) {
                case 0 -> null;
                case 1 -> string();
                case 2 -> in.readBoolean();
                case 3 -> in.readChar();
                case 4 -> in.readByte();
                case 5 -> in.readShort();
                case 6 -> in.readInt();
                case 7 -> in.readLong();
                case 8 -> in.readFloat();
                case 9 -> in.readDouble();
                case 10 -> new UnsignedInteger8(string());
                case 11 -> new UnsignedInteger16(string());
                case 12 -> new UnsignedInteger32(string());
                case 13 -> new UnsignedInteger64(string());
                case 14 -> new CIMDateTimeAbsolute(string());
                case 15 -> new CIMDateTimeInterval(string());
                default -> throw new IOException("repository image has unknown value tag " + tag);
            };
        }

        private String string() throws IOException {
            int index = in.readInt();
            if (index == -1) {
                return null;
            }
            if (index != -2) {
                return strings.get(index);
            }
            byte[] utf8 = new byte[in.readInt()];
            in.readFully(utf8);
            String s = new String(utf8, StandardCharsets.UTF_8);
            strings.add(s);
            return s;
        }

        private static String key(String name) {
            return name.toLowerCase(Locale.ROOT);
        }
    }
}
