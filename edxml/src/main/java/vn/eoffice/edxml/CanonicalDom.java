package vn.eoffice.edxml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.ProcessingInstruction;

/**
 * A DOM that e-Office built, written through {@link Canonical}: the message as it is sent, and the
 * bytes its signature covers. Its namespace declarations are its {@code xmlns} attributes (the
 * writer declares every namespace it uses).
 */
final class CanonicalDom {

  private CanonicalDom() {}

  /** The document's canonical form, leaving out {@code skipped} and what it holds (or nothing). */
  static void document(Document document, Canonical out, Element skipped) {
    boolean afterRoot = false;
    for (Node node = document.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element) {
        element(element, out, skipped);
        afterRoot = true;
      } else if (node instanceof ProcessingInstruction pi) {
        out.processingInstruction(pi.getTarget(), pi.getData(), afterRoot ? 1 : -1);
      }
    }
    out.flush();
  }

  /** The element on its own, as a signature's SignedInfo is canonicalised. */
  static void subtree(Element apex, Canonical out) {
    Map<String, String> inScope = new HashMap<>();
    List<Element> line = new ArrayList<>();
    for (Node n = apex; n instanceof Element e; n = n.getParentNode()) {
      line.add(0, e);
    }
    for (Element e : line) {
      inScope.putAll(declarations(e));
    }
    out.startApex(apex.getTagName(), inScope, attributes(apex));
    children(apex, out, null);
    out.end(apex.getTagName());
    out.flush();
  }

  private static void element(Element element, Canonical out, Element skipped) {
    if (element == skipped) {
      return;
    }
    out.start(element.getTagName(), declarations(element), attributes(element));
    children(element, out, skipped);
    out.end(element.getTagName());
  }

  private static void children(Element parent, Canonical out, Element skipped) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      switch (node.getNodeType()) {
        case Node.ELEMENT_NODE -> element((Element) node, out, skipped);
        case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> out.text(node.getNodeValue());
        case Node.PROCESSING_INSTRUCTION_NODE -> {
          ProcessingInstruction pi = (ProcessingInstruction) node;
          out.processingInstruction(pi.getTarget(), pi.getData(), 0);
        }
        default -> {
          // comments are not part of the canonical form without comments
        }
      }
    }
  }

  private static Map<String, String> declarations(Element element) {
    Map<String, String> declared = new LinkedHashMap<>();
    NamedNodeMap all = element.getAttributes();
    for (int i = 0; i < all.getLength(); i++) {
      Attr a = (Attr) all.item(i);
      if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(a.getNamespaceURI())) {
        declared.put(
            XMLConstants.XMLNS_ATTRIBUTE.equals(a.getName()) ? "" : a.getLocalName(), a.getValue());
      }
    }
    return declared;
  }

  private static List<Canonical.Attribute> attributes(Element element) {
    NamedNodeMap all = element.getAttributes();
    List<Canonical.Attribute> attributes = new ArrayList<>();
    for (int i = 0; i < all.getLength(); i++) {
      Attr a = (Attr) all.item(i);
      if (!XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(a.getNamespaceURI())) {
        attributes.add(
            new Canonical.Attribute(
                a.getNamespaceURI() == null ? "" : a.getNamespaceURI(),
                a.getLocalName() == null ? a.getName() : a.getLocalName(),
                a.getName(),
                a.getValue()));
      }
    }
    return attributes;
  }
}
