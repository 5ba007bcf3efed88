package io.herald.render.web;

import java.io.StringWriter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An XML document written with the JDK's {@link XMLStreamWriter}, which escapes text and attribute values; characters
 * that XML 1.0 cannot carry at all (most control characters, lone surrogates) are dropped, so every feed parses
 * whatever an article holds. Names may carry a prefix ({@code atom:link}) declared on the root element.
 */
final class XmlDocument {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final StringWriter out = new StringWriter();
    private final XMLStreamWriter xml;

    XmlDocument() {
        try {
            xml = FACTORY.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot start an XML document", e);
        }
    }

    /** Opens {@code name}. */
    XmlDocument start(String name) {
        return write(() -> xml.writeStartElement(name));
    }

    XmlDocument namespace(String prefix, String uri) {
        return write(() -> {
            if (prefix == null) {
                xml.writeDefaultNamespace(uri);
            } else {
                xml.writeNamespace(prefix, uri);
            }
        });
    }

    /** An attribute of the element just opened; none when {@code value} is null. */
    XmlDocument attribute(String name, String value) {
        return value == null ? this : write(() -> xml.writeAttribute(name, xmlChars(value)));
    }

    /** {@code <name>text</name>}; nothing when {@code text} is null. */
    XmlDocument element(String name, String text) {
        return text == null ? this : start(name).text(text).end();
    }

    XmlDocument text(String text) {
        return write(() -> xml.writeCharacters(xmlChars(text)));
    }

    /** Closes the element opened last. */
    XmlDocument end() {
        return write(xml::writeEndElement);
    }

    /** The document, every open element closed. */
    String finish() {
        write(() -> {
            xml.writeEndDocument();
            xml.close();
        });
        return out.toString();
    }

    /** {@code value} without the characters XML 1.0 does not allow (it allows tab, newline, return and U+0020 up). */
    static String xmlChars(String value) {
        StringBuilder kept = new StringBuilder(value.length());
        value.codePoints().filter(XmlDocument::isXmlChar).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static boolean isXmlChar(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF;
    }

    private XmlDocument write(XmlWrite write) {
        try {
            write.run();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write XML", e);
        }
    }

    @FunctionalInterface
    private interface XmlWrite {
        void run() throws XMLStreamException;
    }
}
