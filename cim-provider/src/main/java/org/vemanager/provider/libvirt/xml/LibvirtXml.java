package org.vemanager.provider.libvirt.xml;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.Unmarshaller;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads and writes libvirt XML documents. Reading never resolves a DTD or an external entity. A
 * document libvirt itself produced always parses; anything else that does not is reported as
 * {@link IllegalArgumentException} with the parser's words.
 */
public final class LibvirtXml {

    private static final Map<Class<?>, JAXBContext> CONTEXTS = new ConcurrentHashMap<>();
    /** Configured once; creating readers from a configured factory is thread-safe. */
    private static final XMLInputFactory INPUT = secureInputFactory();

    private LibvirtXml() {
    }

    public static <T> T read(Class<T> type, String xml) {
        try {
            XMLStreamReader reader = INPUT.createXMLStreamReader(new StringReader(xml));
            try {
                return unmarshaller(type).unmarshal(reader, type).getValue();
            } finally {
                reader.close();
            }
        } catch (JAXBException | XMLStreamException e) {
            String why = e.getMessage() != null ? e.getMessage()
                    : e.getCause() != null ? e.getCause().getMessage() : e.toString();
            throw new IllegalArgumentException("not a valid libvirt " + type.getSimpleName() + " document: " + why, e);
        }
    }

    public static String write(Object document) {
        try {
            Marshaller marshaller = context(document.getClass()).createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, true);
            marshaller.setProperty(Marshaller.JAXB_FRAGMENT, true);
            StringWriter out = new StringWriter();
            marshaller.marshal(document, out);
            return out.toString();
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot write " + document.getClass().getSimpleName() + ": " + e, e);
        }
    }

    /** Writes one element that is not a document root, e.g. a {@code <disk>} for a live attach. */
    public static <T> String writeElement(String name, Class<T> type, T value) {
        try {
            Marshaller marshaller = context(type).createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_FRAGMENT, true);
            StringWriter out = new StringWriter();
            marshaller.marshal(new JAXBElement<>(new QName(name), type, value), out);
            return out.toString();
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot write <" + name + ">: " + e, e);
        }
    }

    /**
     * Unmarshallers are not thread-safe but costly to create (each builds its own DOM machinery for the
     * unmodelled elements), so every thread keeps one per document type.
     */
    private static final ThreadLocal<Map<Class<?>, Unmarshaller>> UNMARSHALLERS = ThreadLocal.withInitial(HashMap::new);

    private static Unmarshaller unmarshaller(Class<?> type) throws JAXBException {
        Map<Class<?>, Unmarshaller> mine = UNMARSHALLERS.get();
        Unmarshaller u = mine.get(type);
        if (u == null) {
            u = context(type).createUnmarshaller();
            mine.put(type, u);
        }
        return u;
    }

    private static XMLInputFactory secureInputFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    private static JAXBContext context(Class<?> type) {
        return CONTEXTS.computeIfAbsent(type, t -> {
            try {
                return JAXBContext.newInstance(t);
            } catch (JAXBException e) {
                throw new IllegalStateException("JAXB cannot bind " + t.getName() + ": " + e, e);
            }
        });
    }
}
