package fr.stages.web.feeds;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Small helpers over StAX: it escapes every text, so offer titles cannot break the documents. */
final class Xml {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    interface Content {
        void write() throws XMLStreamException;
    }

    private Xml() {
    }

    static XMLStreamWriter writer(HttpServletResponse response) throws IOException, XMLStreamException {
        return FACTORY.createXMLStreamWriter(response.getOutputStream(), "UTF-8");
    }

    static void element(XMLStreamWriter xml, String name, Content content) throws XMLStreamException {
        xml.writeStartElement(name);
        content.write();
        xml.writeEndElement();
    }

    static void text(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        // characters XML 1.0 cannot hold at all are dropped rather than breaking the document
        xml.writeCharacters(text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", ""));
        xml.writeEndElement();
    }
}
