package vn.eoffice.edxml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLStreamException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reads edXML as the standard writes it and as other systems write it: elements are found by their
 * local names whatever their namespace or prefix (one published system puts the signature in the
 * edXML namespace, another uses an undeclared prefix), in any order, and empty elements count as
 * absent. What cannot be read says which element and why. No DTD, no external entity is ever read.
 */
public final class EdXmlReader {

  private EdXmlReader() {}

  /** A message read: a package or a status, with its DOM (for checking its signature). */
  /**
   * A message read.
   *
   * @param dom the message's DOM; when {@code streamed} is there, without its files' text
   * @param streamed what the streaming pass took for the signature check, or null when the message
   *     was read by the DOM parser
   */
  public record Read(
      EdXmlPackage pack,
      StatusMessage status,
      Document dom,
      boolean namespaced,
      StreamedRead.Result streamed) {

    public boolean isPackage() {
      return pack != null;
    }
  }

  public static Read read(byte[] xml) {
    Document dom;
    boolean namespaced = true;
    StreamedRead.Result streamed = null;
    try {
      streamed = StreamedRead.read(xml);
      dom = streamed.dom();
    } catch (XMLStreamException notStreamed) {
      try {
        dom = parse(xml, true);
      } catch (SAXException strict) {
        // Some published messages use a prefix they never declare: read them without namespaces.
        try {
          dom = parse(xml, false);
          namespaced = false;
        } catch (SAXException e) {
          throw new EdXmlException("the message", "is not well-formed XML: " + e.getMessage(), e);
        }
      }
    }
    Element root = dom.getDocumentElement();
    if (!"edXML".equals(local(root))) {
      throw new EdXmlException(
          "the root element", "is <" + local(root) + ">; an edXML message starts with <edXML>");
    }
    Element envelope = required(root, "edXMLEnvelope");
    Element header = required(envelope, "edXMLHeader");
    // One published system writes a status as <Status> where the standard has <MessageHeader>.
    Element messageHeader = first(header, "MessageHeader");
    if (messageHeader == null) {
      messageHeader = required(header, "Status");
    }
    if (first(messageHeader, "StatusCode") != null) {
      return new Read(null, status(messageHeader), dom, namespaced, streamed);
    }
    return new Read(pack(root, envelope, header, messageHeader), null, dom, namespaced, streamed);
  }

  private static EdXmlPackage pack(
      Element root, Element envelope, Element header, Element messageHeader) {
    Organ from = organ(required(messageHeader, "From"), "From");
    List<Organ> to = new ArrayList<>();
    for (Element element : children(messageHeader, "To")) {
      to.add(organ(element, "To"));
    }
    if (to.isEmpty()) {
      throw new EdXmlException("To", "is missing; a package names at least one recipient");
    }
    Element code = first(messageHeader, "Code");
    Element promulgation = first(messageHeader, "PromulgationInfo");
    Element type = first(messageHeader, "DocumentType");
    Element signer = first(messageHeader, "SignerInfo");
    Element other = first(messageHeader, "OtherInfo");
    String subject = text(messageHeader, "Subject");
    if (subject == null) {
      throw new EdXmlException("Subject", "is missing; the standard requires it");
    }
    Element traces = first(header, "TraceHeaderList");
    Element trace = traces == null ? null : first(traces, "TraceHeader");
    Element bussiness = traces == null ? null : first(traces, "Bussiness");
    Business business = Business.newDocument(false, null);
    String documentId = text(messageHeader, "DocumentId");
    if (bussiness != null) {
      String kind = text(bussiness, "BussinessDocType");
      String concerned = text(bussiness, "DocumentId");
      // A replacement names the document it replaces in ReplacementInfoList, as the SDK writes it.
      Element replacements = first(bussiness, "ReplacementInfoList");
      Element replacement = replacements == null ? null : first(replacements, "ReplacementInfo");
      if (concerned == null && replacement != null) {
        concerned = text(replacement, "DocumentId");
      }
      business =
          new Business(
              kind == null
                  ? Business.Type.NEW
                  : Business.Type.of(integer("BussinessDocType", kind)),
              text(bussiness, "BussinessDocReason"),
              flag(text(bussiness, "Paper")),
              staff(first(bussiness, "StaffInfo")),
              concerned == null || concerned.equals(documentId) ? null : concerned);
    }
    Element responseElement = first(messageHeader, "ResponseFor");
    ResponseFor responseFor = responseElement == null ? null : responseFor(responseElement);
    if (responseFor != null
        && responseFor.organId() == null
        && responseFor.documentId() == null
        && responseFor.code() == null) {
      responseFor = null;
    }
    return new EdXmlPackage(
        from,
        to,
        documentId,
        code == null ? null : text(code, "CodeNumber"),
        code == null ? null : text(code, "CodeNotation"),
        promulgation == null ? null : text(promulgation, "Place"),
        promulgation == null
            ? null
            : EdXmlDates.date("PromulgationDate", text(promulgation, "PromulgationDate")),
        type == null ? null : integer("DocumentType/Type", text(type, "Type")),
        type == null ? null : integer("DocumentType/TypeDetail", text(type, "TypeDetail")),
        type == null ? null : text(type, "TypeName"),
        subject,
        text(messageHeader, "Content"),
        signer == null ? null : text(signer, "Competence"),
        signer == null ? null : text(signer, "Position"),
        signer == null ? null : text(signer, "FullName"),
        EdXmlDates.date("DueDate", text(messageHeader, "DueDate")),
        texts(first(messageHeader, "ToPlaces"), "Place"),
        other == null ? null : integer("OtherInfo/Priority", text(other, "Priority")),
        other == null ? null : text(other, "SphereOfPromulgation"),
        other == null ? null : text(other, "TyperNotation"),
        other == null
            ? null
            : integer("OtherInfo/PromulgationAmount", text(other, "PromulgationAmount")),
        other == null ? null : integer("OtherInfo/PageAmount", text(other, "PageAmount")),
        other == null ? List.of() : texts(first(other, "Appendixes"), "Appendix"),
        integer("SteeringType", text(messageHeader, "SteeringType")),
        responseFor,
        trace == null ? null : EdXmlDates.time("Timestamp", text(trace, "Timestamp")),
        business,
        attachments(root, envelope));
  }

  /** The files, in the manifest's order; each one the manifest lists must be carried. */
  private static List<Attachment> attachments(Element root, Element envelope) {
    Element encoded = first(root, "AttachmentEncoded");
    List<Element> carried = encoded == null ? List.of() : children(encoded, "Attachment");
    Element body = first(envelope, "edXMLBody");
    Element manifest = body == null ? null : first(body, "edXMLManifest");
    List<Element> listed = manifest == null ? List.of() : children(manifest, "Reference");
    List<Attachment> attachments = new ArrayList<>();
    for (Element file : carried) {
      String contentId = text(file, "ContentId");
      if (contentId == null) {
        throw new EdXmlException("Attachment/ContentId", "is missing");
      }
      Element reference =
          listed.stream()
              .filter(r -> contentId.equals(text(r, "ContentId")))
              .findFirst()
              .orElse(null);
      String name = text(file, "AttachmentName");
      if (name == null && reference != null) {
        name = text(reference, "AttachmentName");
      }
      String contentType = text(file, "ContentType");
      if (contentType == null && reference != null) {
        contentType = text(reference, "ContentType");
      }
      byte[] content = content(file, contentId);
      attachments.add(
          new Attachment(
              contentId,
              name == null ? contentId.replaceFirst("^cid:", "") : name,
              contentType,
              reference == null ? null : text(reference, "Description"),
              content));
    }
    for (Element reference : listed) {
      String contentId = text(reference, "ContentId");
      if (contentId != null
          && attachments.stream().noneMatch(a -> a.contentId().equals(contentId))) {
        throw new EdXmlException(
            "edXMLManifest", "lists " + contentId + ", which the message does not carry");
      }
    }
    return attachments;
  }

  /** A file's bytes: decoded while the message streamed by, or from the DOM's text. */
  private static byte[] content(Element file, String contentId) {
    Element encoded = first(file, "ContentTransferEncoded");
    byte[] streamed = encoded == null ? null : StreamedRead.content(encoded, contentId);
    if (streamed != null) {
      return streamed;
    }
    String text = text(file, "ContentTransferEncoded");
    try {
      return text == null ? new byte[0] : Base64.getMimeDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw new EdXmlException(
          "ContentTransferEncoded", "of " + contentId + " is not base64: " + e.getMessage(), e);
    }
  }

  private static StatusMessage status(Element messageHeader) {
    Element response = required(messageHeader, "ResponseFor");
    String timestamp = text(messageHeader, "Timestamp");
    if (timestamp == null) {
      throw new EdXmlException("Timestamp", "is missing; a status says when it happened");
    }
    return new StatusMessage(
        organ(required(messageHeader, "From"), "From"),
        responseFor(response),
        staff(first(messageHeader, "StaffInfo")),
        StatusMessage.Code.of(text(messageHeader, "StatusCode")),
        text(messageHeader, "Description"),
        EdXmlDates.time("Timestamp", timestamp));
  }

  private static ResponseFor responseFor(Element element) {
    return new ResponseFor(
        text(element, "OrganId"),
        text(element, "Code"),
        EdXmlDates.date("ResponseFor/PromulgationDate", text(element, "PromulgationDate")),
        text(element, "DocumentId"));
  }

  private static Organ organ(Element element, String name) {
    // One published sample nests <From> in <From>: the innermost one holding an OrganId counts.
    Element nested = first(element, name);
    if (text(element, "OrganId") == null && nested != null) {
      return organ(nested, name);
    }
    String organId = text(element, "OrganId");
    if (organId == null) {
      throw new EdXmlException(name + "/OrganId", "is missing; every agency is named by its code");
    }
    return new Organ(
        organId,
        text(element, "OrganizationInCharge"),
        text(element, "OrganName"),
        text(element, "OrganAdd"),
        text(element, "Email"),
        text(element, "Telephone"),
        text(element, "Fax"),
        text(element, "Website"));
  }

  private static StaffInfo staff(Element element) {
    if (element == null) {
      return null;
    }
    return new StaffInfo(
        text(element, "Department"),
        text(element, "Staff"),
        text(element, "Email"),
        text(element, "Mobile"));
  }

  private static boolean flag(String value) {
    return value != null && (value.equals("1") || value.equalsIgnoreCase("true"));
  }

  private static Integer integer(String element, String value) {
    if (value == null) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw new EdXmlException(element, "is \"" + value + "\", not a number");
    }
  }

  private static List<String> texts(Element parent, String name) {
    if (parent == null) {
      return List.of();
    }
    return children(parent, name).stream()
        .map(e -> e.getTextContent().strip())
        .filter(s -> !s.isEmpty())
        .toList();
  }

  static String local(Node node) {
    String local = node.getLocalName();
    if (local == null) {
      String name = node.getNodeName();
      int colon = name.indexOf(':');
      local = colon < 0 ? name : name.substring(colon + 1);
    }
    return local;
  }

  static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && name.equals(local(element))) {
        found.add(element);
      }
    }
    return found;
  }

  static Element first(Element parent, String name) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && name.equals(local(element))) {
        return element;
      }
    }
    return null;
  }

  private static Element required(Element parent, String name) {
    Element element = first(parent, name);
    if (element == null) {
      throw new EdXmlException(name, "is missing in <" + local(parent) + ">");
    }
    return element;
  }

  private static String text(Element parent, String name) {
    Element element = first(parent, name);
    if (element == null) {
      return null;
    }
    String text = element.getTextContent().strip();
    return text.isEmpty() ? null : text;
  }

  static Document parse(byte[] xml, boolean namespaceAware) throws SAXException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
      factory.setNamespaceAware(namespaceAware);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(
          new org.xml.sax.helpers.DefaultHandler() {
            @Override
            public void error(org.xml.sax.SAXParseException e) throws SAXException {
              throw e;
            }
          });
      return builder.parse(new ByteArrayInputStream(xml));
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new SAXException(e);
    }
  }
}
