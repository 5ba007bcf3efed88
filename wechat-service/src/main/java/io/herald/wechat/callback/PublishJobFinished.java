package io.herald.wechat.callback;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** Reads the publish id of a {@code PUBLISHJOBFINISH} push; any other push has none. */
final class PublishJobFinished {

    private PublishJobFinished() {
    }

    /** @throws IllegalArgumentException if the body is not XML */
    static Optional<String> publishId(byte[] xml) {
        Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            document = builder.parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be configured safely", e);
        } catch (SAXException | IOException e) {
            throw new IllegalArgumentException("not XML: " + e.getMessage(), e);
        }
        if (!"PUBLISHJOBFINISH".equals(text(document, "Event"))) {
            return Optional.empty();
        }
        return Optional.ofNullable(text(document, "publish_id")).filter(id -> !id.isBlank());
    }

    private static String text(Document document, String element) {
        NodeList found = document.getElementsByTagName(element);
        return found.getLength() == 0 ? null : found.item(0).getTextContent().trim();
    }
}
