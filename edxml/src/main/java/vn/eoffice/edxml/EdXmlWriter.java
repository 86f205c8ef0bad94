package vn.eoffice.edxml;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes packages and status messages in the structure of QCVN 102:2016: the {@code edXML} root
 * holding the {@code edXMLEnvelope} (header, then the manifest in the body) and, beside it, {@code
 * AttachmentEncoded} with each file base64-encoded. Elements with no value are left out, never
 * written empty.
 */
public final class EdXmlWriter {

  public static final String NS = "http://www.mic.gov.vn/TBT/QCVN_102_2016";
  static final String PREFIX = "edXML:";

  private static final byte[] DECLARATION =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>".getBytes(StandardCharsets.US_ASCII);

  /** Characters XML 1.0 cannot carry (controls other than tab, line feed, carriage return). */
  private static final Pattern NOT_XML =
      Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

  private EdXmlWriter() {}

  /** The package as a DOM document, to sign before it is serialised. */
  public static Document write(EdXmlPackage message) {
    if (message.to().isEmpty()) {
      throw new EdXmlException("To", "is empty; a package names at least one recipient");
    }
    if (message.subject() == null || message.subject().isBlank()) {
      throw new EdXmlException("Subject", "is required");
    }
    Document document = newDocument();
    Element root = root(document);
    Element envelope = child(root, "edXMLEnvelope");
    Element header = child(envelope, "edXMLHeader");
    Element messageHeader = child(header, "MessageHeader");
    organ(messageHeader, "From", message.from());
    for (Organ to : message.to()) {
      organ(messageHeader, "To", to);
    }
    text(messageHeader, "DocumentId", message.documentId());
    Element code = child(messageHeader, "Code");
    text(code, "CodeNumber", message.codeNumber());
    text(code, "CodeNotation", message.codeNotation());
    Element promulgation = child(messageHeader, "PromulgationInfo");
    text(promulgation, "Place", message.place());
    text(promulgation, "PromulgationDate", EdXmlDates.date(message.promulgationDate()));
    Element type = child(messageHeader, "DocumentType");
    text(type, "Type", number(message.type()));
    text(type, "TypeDetail", number(message.typeDetail()));
    text(type, "TypeName", message.typeName());
    text(messageHeader, "Subject", message.subject());
    text(messageHeader, "Content", message.content());
    if (message.signerName() != null || message.signerPosition() != null) {
      Element signer = child(messageHeader, "SignerInfo");
      text(signer, "Competence", message.signerCompetence());
      text(signer, "Position", message.signerPosition());
      text(signer, "FullName", message.signerName());
    }
    text(messageHeader, "DueDate", EdXmlDates.date(message.dueDate()));
    Element other = child(messageHeader, "OtherInfo");
    text(other, "Priority", number(message.priority()));
    text(other, "SphereOfPromulgation", message.sphereOfPromulgation());
    text(other, "TyperNotation", message.typerNotation());
    text(other, "PromulgationAmount", number(message.promulgationAmount()));
    text(other, "PageAmount", number(message.pageAmount()));
    if (!message.appendixes().isEmpty()) {
      Element appendixes = child(other, "Appendixes");
      message.appendixes().forEach(a -> text(appendixes, "Appendix", a));
    }
    if (message.responseFor() != null) {
      responseFor(messageHeader, message.responseFor());
    }
    text(messageHeader, "SteeringType", number(message.steeringType()));
    if (!message.toPlaces().isEmpty()) {
      Element places = child(messageHeader, "ToPlaces");
      message.toPlaces().forEach(p -> text(places, "Place", p));
    }
    Element traces = child(header, "TraceHeaderList");
    Business business =
        message.business() == null ? Business.newDocument(false, null) : message.business();
    Element bussiness = child(traces, "Bussiness");
    text(
        bussiness,
        "DocumentId",
        business.documentId() == null ? message.documentId() : business.documentId());
    text(bussiness, "BussinessDocType", Integer.toString(business.type().code));
    text(bussiness, "BussinessDocReason", business.reason());
    text(bussiness, "Paper", business.paper() ? "1" : "0");
    if (business.type() == Business.Type.REPLACE && business.documentId() != null) {
      Element replacement = child(child(bussiness, "ReplacementInfoList"), "ReplacementInfo");
      text(replacement, "DocumentId", business.documentId());
      Element organs = child(replacement, "OrganIdList");
      message.to().forEach(to -> text(organs, "OrganId", to.organId()));
    }
    staff(bussiness, business.staff());
    Element trace = child(traces, "TraceHeader");
    text(trace, "OrganId", message.from().organId());
    text(trace, "Timestamp", EdXmlDates.time(message.sentAt()));
    Element body = child(envelope, "edXMLBody");
    Element manifest = child(body, "edXMLManifest");
    manifest.setAttribute("version", "1.0");
    for (Attachment attachment : message.attachments()) {
      Element reference = child(manifest, "Reference");
      text(reference, "ContentId", attachment.contentId());
      text(reference, "ContentType", attachment.contentType());
      text(reference, "Description", attachment.description());
      text(reference, "AttachmentName", attachment.name());
    }
    if (!message.attachments().isEmpty()) {
      Element encoded = child(root, "AttachmentEncoded");
      for (Attachment attachment : message.attachments()) {
        Element file = child(encoded, "Attachment");
        text(file, "ContentId", attachment.contentId());
        text(file, "AttachmentName", attachment.name());
        text(file, "ContentType", attachment.contentType());
        // Base64 needs neither stripping nor cleaning.
        child(file, "ContentTransferEncoded")
            .setTextContent(
                Base64.getMimeEncoder(76, new byte[] {'\n'}).encodeToString(attachment.content()));
      }
    }
    return document;
  }

  /** A status message back to the sender of a document. */
  public static Document write(StatusMessage status) {
    Document document = newDocument();
    Element root = root(document);
    Element envelope = child(root, "edXMLEnvelope");
    Element header = child(envelope, "edXMLHeader");
    Element messageHeader = child(header, "MessageHeader");
    organ(messageHeader, "From", status.from());
    responseFor(messageHeader, status.responseFor());
    staff(messageHeader, status.staff());
    text(messageHeader, "StatusCode", status.code().value);
    text(messageHeader, "Description", status.description());
    text(messageHeader, "Timestamp", EdXmlDates.time(status.timestamp()));
    return document;
  }

  /**
   * The document as UTF-8 bytes, with no indentation added (a signature covers them as they are).
   */
  public static byte[] bytes(Document document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    out.writeBytes(DECLARATION);
    CanonicalDom.document(document, new Canonical(out), null);
    return out.toByteArray();
  }

  /** An empty, namespace-aware DOM document. */
  static Document newDocument() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
      factory.setNamespaceAware(true);
      return factory.newDocumentBuilder().newDocument();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Element root(Document document) {
    Element root = document.createElementNS(NS, PREFIX + "edXML");
    root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:edXML", NS);
    document.appendChild(root);
    return root;
  }

  private static Element child(Element parent, String name) {
    Element child = parent.getOwnerDocument().createElementNS(NS, PREFIX + name);
    parent.appendChild(child);
    return child;
  }

  private static void text(Element parent, String name, String value) {
    if (value != null && !value.isBlank()) {
      child(parent, name).setTextContent(NOT_XML.matcher(value.strip()).replaceAll(""));
    }
  }

  private static String number(Integer value) {
    return value == null ? null : value.toString();
  }

  private static void organ(Element parent, String name, Organ organ) {
    Element element = child(parent, name);
    text(element, "OrganId", organ.organId());
    text(element, "OrganizationInCharge", organ.organizationInCharge());
    text(element, "OrganName", organ.organName());
    text(element, "OrganAdd", organ.organAdd());
    text(element, "Email", organ.email());
    text(element, "Telephone", organ.telephone());
    text(element, "Fax", organ.fax());
    text(element, "Website", organ.website());
  }

  private static void responseFor(Element parent, ResponseFor response) {
    Element element = child(parent, "ResponseFor");
    text(element, "OrganId", response.organId());
    text(element, "Code", response.code());
    text(element, "PromulgationDate", EdXmlDates.date(response.promulgationDate()));
    text(element, "DocumentId", response.documentId());
  }

  private static void staff(Element parent, StaffInfo staff) {
    if (staff == null) {
      return;
    }
    Element element = child(parent, "StaffInfo");
    text(element, "Department", staff.department());
    text(element, "Staff", staff.staff());
    text(element, "Email", staff.email());
    text(element, "Mobile", staff.mobile());
  }
}
