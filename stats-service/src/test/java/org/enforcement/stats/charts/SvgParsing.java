package org.enforcement.stats.charts;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Parses charts with the JDK's XML parser (namespace aware, no external entities) and reads them back. */
public final class SvgParsing {

    static final String SVG = "http://www.w3.org/2000/svg";

    private SvgParsing() {
    }

    public static Document parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + svg, e);
        }
    }

    /** The elements of a name (in the SVG namespace) with a class. */
    public static List<Element> elements(Document doc, String name, String cssClass) {
        NodeList nodes = doc.getElementsByTagNameNS(SVG, name);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element element = (Element) nodes.item(i);
            if (cssClass == null || cssClass.equals(element.getAttribute("class"))) {
                found.add(element);
            }
        }
        return found;
    }

    /** The text content of the elements of a name and class, in document order. */
    public static List<String> texts(Document doc, String name, String cssClass) {
        return elements(doc, name, cssClass).stream().map(Element::getTextContent).toList();
    }

    /** The accessible name: the first {@code <title>} child of the root. */
    public static String title(Document doc) {
        Element root = doc.getDocumentElement();
        NodeList children = root.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e && "title".equals(e.getLocalName())) {
                return e.getTextContent();
            }
        }
        return null;
    }
}
