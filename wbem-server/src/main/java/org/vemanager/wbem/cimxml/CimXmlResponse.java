package org.vemanager.wbem.cimxml;

import java.io.IOException;
import java.util.Set;
import org.metricshub.wbem.javax.cim.CIMClass;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMQualifierType;
import org.vemanager.wbem.operation.ResultWriter;
import org.vemanager.wbem.operation.ReturnElement;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;

/**
 * The response to one call, written as the dispatcher answers: CIM/MESSAGE/SIMPLERSP, then
 * IMETHODRESPONSE (IRETURNVALUE items, PARAMVALUE outputs) or METHODRESPONSE (RETURNVALUE,
 * PARAMVALUE outputs), closed by {@link #finish} or replaced by {@link #error} while nothing has
 * been sent yet. Not thread-safe.
 */
public final class CimXmlResponse implements ResultWriter {

    /** Operations whose answer is a list: an empty one still gets its IRETURNVALUE. */
    private static final Set<String> LIST_OPERATIONS = Set.of("EnumerateClasses", "EnumerateClassNames", "EnumerateInstances",
        "EnumerateInstanceNames", "Associators", "AssociatorNames", "References", "ReferenceNames", "ExecQuery",
        "EnumerateQualifiers", "OpenEnumerateInstances", "OpenEnumerateInstancePaths", "OpenAssociatorInstances",
        "OpenAssociatorInstancePaths", "OpenReferenceInstances", "OpenReferenceInstancePaths", "OpenQueryInstances",
        "PullInstancesWithPath", "PullInstancePaths", "PullInstances");

    private enum State { NOTHING, RETURN_VALUE_OPEN, RETURN_VALUE_DONE, PARAMETERS, CLOSED }

    private final Utf8Output out;
    private final ObjectEncoder encoder;
    private final String messageId;
    private final String operation;
    private final boolean intrinsic;
    private State state = State.NOTHING;
    private int items;

    public CimXmlResponse(Utf8Output out, String messageId, String operation, boolean intrinsic, String namespace, String host) {
        this.out = out;
        this.encoder = new ObjectEncoder(out, namespace, host);
        this.messageId = messageId;
        this.operation = operation;
        this.intrinsic = intrinsic;
        header();
    }

    private void header() {
        out.raw("<?xml version=\"1.0\" encoding=\"utf-8\" ?>\n<CIM CIMVERSION=\"2.0\" DTDVERSION=\"2.0\"><MESSAGE ID=\"")
            .escaped(messageId, true).raw("\" PROTOCOLVERSION=\"1.0\"><SIMPLERSP>")
            .raw(intrinsic ? "<IMETHODRESPONSE NAME=\"" : "<METHODRESPONSE NAME=\"").escaped(operation, true).raw("\">");
    }

    /** How many IRETURNVALUE items were written. */
    public int items() {
        return items;
    }

    @Override
    public void item(ReturnElement kind, Object value) throws CimException {
        requireIntrinsic("item");
        if (state.compareTo(State.RETURN_VALUE_OPEN) > 0) {
            throw new IllegalStateException("IRETURNVALUE items must come before output parameters");
        }
        openReturnValue();
        try {
            switch (kind) {
                case CLASSNAME -> encoder.className((String) value);
                case CLASS -> encoder.cimClass((CIMClass) value);
                case INSTANCENAME -> encoder.instanceName((CIMObjectPath) value);
                case INSTANCE -> encoder.instance((CIMInstance) value);
                case VALUE_NAMEDINSTANCE -> encoder.valueNamedInstance((CIMInstance) value);
                case VALUE_OBJECTWITHPATH -> encoder.valueObjectWithPath(value);
                case VALUE_INSTANCEWITHPATH -> encoder.valueInstanceWithPath((CIMInstance) value);
                case OBJECTPATH -> encoder.objectPath((CIMObjectPath) value);
                case QUALIFIER_DECLARATION -> encoder.qualifierDeclaration((CIMQualifierType<?>) value);
                case VALUE -> throw new IllegalStateException("a VALUE is written with value(type, value)");
                default -> throw new IllegalStateException("unknown return element " + kind);
            }
        } catch (ClassCastException e) {
            throw new IllegalStateException(kind + " cannot be written from a " + ObjectEncoder.typeOf(value), e);
        }
        items++;
        flush();
    }

    @Override
    public void value(CIMDataType type, Object value) throws CimException {
        requireIntrinsic("value");
        if (state != State.NOTHING) {
            throw new IllegalStateException("GetProperty answers one value");
        }
        openReturnValue();
        encoder.value(type, value);
        items++;
    }

    @Override
    public void outParameter(String name, CIMDataType type, Object value) throws CimException {
        if (state == State.CLOSED) {
            throw new IllegalStateException("the response is closed");
        }
        if (intrinsic) {
            closeReturnValue(true);
        } else if (state == State.NOTHING) {
            throw new IllegalStateException("an extrinsic method's RETURNVALUE comes before its output parameters");
        }
        if (!intrinsic && value == null) {
            // An absent output parameter is NULL (DSP0200); an empty PARAMVALUE, though valid, makes
            // wbemcli crash (seen with DefineSystem's Job when no job was started).
            return;
        }
        state = State.PARAMETERS;
        out.raw("<PARAMVALUE NAME=\"").escaped(name, true).raw("\"");
        typeAttributes("PARAMTYPE", type, value);
        out.raw(">");
        encoder.value(type, value);
        out.raw("</PARAMVALUE>");
        flush();
    }

    @Override
    public void returnValue(CIMDataType type, Object value) throws CimException {
        if (intrinsic || state != State.NOTHING) {
            throw new IllegalStateException("only an extrinsic method has one RETURNVALUE, first");
        }
        state = State.RETURN_VALUE_DONE;
        out.raw("<RETURNVALUE");
        typeAttributes("PARAMTYPE", type, value);
        out.raw(">");
        encoder.value(type, value);
        out.raw("</RETURNVALUE>");
    }

    private void typeAttributes(String attribute, CIMDataType type, Object value) {
        if (type == null) {
            return;
        }
        String name = type.getType() == CIMDataType.REFERENCE ? "reference" : CimTypes.typeName(type);
        out.raw(" ").raw(attribute).raw("=\"").raw(name).raw("\"");
        if (type.getType() == CIMDataType.OBJECT || type.getType() == CIMDataType.CLASS) {
            Object sample = value != null && value.getClass().isArray() && java.lang.reflect.Array.getLength(value) > 0
                ? java.lang.reflect.Array.get(value, 0) : value;
            out.raw(sample instanceof CIMInstance ? " EmbeddedObject=\"instance\"" : " EmbeddedObject=\"object\"");
        }
    }

    /** Closes the document and sends what is left. */
    public void finish() throws IOException {
        if (state == State.CLOSED) {
            return;
        }
        if (intrinsic) {
            closeReturnValue(true);
        }
        state = State.CLOSED;
        out.raw(intrinsic ? "</IMETHODRESPONSE>" : "</METHODRESPONSE>").raw("</SIMPLERSP></MESSAGE></CIM>\n");
        out.finish();
    }

    /** True while an ERROR can still replace everything written (nothing has been sent). */
    public boolean canReplaceWithError() {
        return !out.isCommitted();
    }

    /** Replaces the response with an ERROR; only while {@link #canReplaceWithError}. */
    public void error(CimException error) throws IOException {
        out.reset();
        header();
        state = State.CLOSED;
        writeError(out, encoder, error);
        out.raw(intrinsic ? "</IMETHODRESPONSE>" : "</METHODRESPONSE>").raw("</SIMPLERSP></MESSAGE></CIM>\n");
        out.finish();
    }

    static void writeError(Utf8Output out, ObjectEncoder encoder, CimException error) {
        CimStatus status = error.status();
        String description = error.description() == null ? status.wireName() : error.description();
        out.raw("<ERROR CODE=\"").raw(Integer.toString(status.code())).raw("\" DESCRIPTION=\"").escaped(description, true).raw("\"");
        if (error.errors().isEmpty()) {
            out.raw("/>");
        } else {
            out.raw(">");
            for (CIMInstance instance : error.errors()) {
                encoder.instance(instance);
            }
            out.raw("</ERROR>");
        }
    }

    private void openReturnValue() {
        if (state == State.NOTHING) {
            out.raw("<IRETURNVALUE>");
            state = State.RETURN_VALUE_OPEN;
        }
    }

    private void closeReturnValue(boolean emptyListAllowed) {
        if (state == State.RETURN_VALUE_OPEN) {
            out.raw("</IRETURNVALUE>");
            state = State.RETURN_VALUE_DONE;
        } else if (state == State.NOTHING && emptyListAllowed && LIST_OPERATIONS.contains(operation)) {
            // Open and close, not self-closing: wbemcli's parser fails on <IRETURNVALUE/> ("Expecting
            // INSTANCE, CLASS or ... element") and an empty enumeration would look like an error.
            out.raw("<IRETURNVALUE></IRETURNVALUE>");
            state = State.RETURN_VALUE_DONE;
        }
    }

    private void requireIntrinsic(String call) {
        if (!intrinsic) {
            throw new IllegalStateException(call + "() answers an intrinsic operation; an extrinsic method uses returnValue()");
        }
        if (state == State.CLOSED) {
            throw new IllegalStateException("the response is closed");
        }
    }

    private void flush() throws CimException {
        try {
            out.flushIfFull();
        } catch (IOException e) {
            throw new CimException(CimStatus.FAILED, "the client is gone: " + e.getMessage(), e);
        }
    }
}
