package org.annotide.formats.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A small element read from a StAX stream with its attributes, text, children and line number, so that a
 * large XML file can be walked one record (one image) at a time.
 */
public final class XmlElement {

    /** Deeper nesting than this is refused: no annotation format nests so deep, damaged files might. */
    private static final int MAX_DEPTH = 64;

    private final String name;
    private final int line;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final List<XmlElement> children = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    private XmlElement(String name, int line) {
        this.name = name;
        this.line = line;
    }

    /** Reads the element the reader is on (START_ELEMENT) up to and including its END_ELEMENT. */
    public static XmlElement read(XMLStreamReader reader) throws XMLStreamException {
        return read(reader, 0);
    }

    private static XmlElement read(XMLStreamReader reader, int depth) throws XMLStreamException {
        if (depth > MAX_DEPTH) {
            throw new XMLStreamException("elements nest deeper than " + MAX_DEPTH, reader.getLocation());
        }
        XmlElement element = new XmlElement(reader.getLocalName(), reader.getLocation().getLineNumber());
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            element.attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
        }
        while (reader.hasNext()) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> element.children.add(read(reader, depth + 1));
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                    element.text.append(reader.getText());
                case XMLStreamConstants.END_ELEMENT -> {
                    return element;
                }
                default -> {
                    // comments and processing instructions carry nothing
                }
            }
        }
        throw new XMLStreamException("the file ends inside <" + element.name + ">", reader.getLocation());
    }

    public String name() {
        return name;
    }

    public int line() {
        return line;
    }

    public String attribute(String key) {
        return attributes.get(key);
    }

    public Map<String, String> attributes() {
        return attributes;
    }

    public List<XmlElement> children() {
        return children;
    }

    public List<XmlElement> children(String childName) {
        List<XmlElement> named = new ArrayList<>();
        for (XmlElement child : children) {
            if (child.name.equals(childName)) {
                named.add(child);
            }
        }
        return named;
    }

    public XmlElement child(String childName) {
        for (XmlElement child : children) {
            if (child.name.equals(childName)) {
                return child;
            }
        }
        return null;
    }

    /** Trimmed text of the first child with this name, or null. */
    public String childText(String childName) {
        XmlElement child = child(childName);
        return child == null ? null : child.text();
    }

    public String text() {
        return text.toString().trim();
    }

    /** The text exactly as written (values lists keep their line breaks). */
    public String rawText() {
        return text.toString();
    }
}
