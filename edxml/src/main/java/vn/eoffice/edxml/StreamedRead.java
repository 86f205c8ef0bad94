package vn.eoffice.edxml;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads a message in one pass of a StAX parser, and takes while it reads what checking its
 * signature needs: the digest of its canonical form without the signature (the enveloped
 * signature's reference, {@code URI=""}) and the canonical form of the signature's {@code
 * SignedInfo}. The files' base64 text is decoded as it streams by and never kept as text, so the
 * DOM it gives holds the message's header and the files' bytes (see {@link #content}).
 *
 * <p>What this pass cannot read exactly as a DOM parser would (a DOCTYPE, an undeclared prefix, an
 * entity) makes it give up with {@link XMLStreamException}; the caller then reads the message with
 * the DOM parser, which says what is wrong.
 */
final class StreamedRead {

  /** The user data key under which a {@code ContentTransferEncoded} element holds its bytes. */
  private static final String CONTENT = "vn.eoffice.edxml.content";

  /** Digest algorithms of XML-DSig this pass can take (SHA-1 is left to the JDK's own policy). */
  private static final Map<String, String> DIGESTS =
      Map.of(
          "http://www.w3.org/2001/04/xmlenc#sha256", "SHA-256",
          "http://www.w3.org/2001/04/xmldsig-more#sha384", "SHA-384",
          "http://www.w3.org/2001/04/xmlenc#sha512", "SHA-512");

  /**
   * What the pass took.
   *
   * @param digest the digest of the canonical message without its signature, or null when no
   *     signature named an algorithm this pass takes
   * @param signedInfo the canonical SignedInfo of that signature, or null
   * @param inherited whether an element above SignedInfo carries an {@code xml:} attribute, which
   *     Canonical XML would copy onto it (then the DOM check is used)
   */
  record Result(
      byte[] xml,
      Document dom,
      String digestAlgorithm,
      byte[] digest,
      byte[] signedInfo,
      boolean inherited) {}

  private StreamedRead() {}

  static Result read(byte[] xml) throws XMLStreamException {
    return new Pass(xml).run();
  }

  /**
   * The bytes a {@code ContentTransferEncoded} element carried, or null when the DOM came from
   * elsewhere; an {@link EdXmlException} when its text was not base64.
   */
  static byte[] content(Element encoded, String contentId) {
    Object held = encoded.getUserData(CONTENT);
    if (held instanceof String problem) {
      throw new EdXmlException(
          "ContentTransferEncoded", "of " + contentId + " is not base64: " + problem);
    }
    return (byte[]) held;
  }

  private static final class Pass {
    private final byte[] xml;
    private final Document dom = EdXmlWriter.newDocument();
    private final DigestSink main = new DigestSink();
    private final Canonical canonical = new Canonical(main);
    private Canonical signedInfo;
    private ByteArrayOutputStream signedInfoBytes;
    private final List<Map<String, String>> scopes = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private Node current = dom;
    private int depth;
    private boolean rootSeen;
    private int signatureDepth = -1;
    private boolean signatureDone;
    private int signedInfoDepth = -1;
    private int xmlAttributesOpen;
    private final List<Boolean> carriesXml = new ArrayList<>();
    private boolean inherited;
    private String digestAlgorithm;
    private Base64Text encoded;
    private int encodedDepth = -1;

    Pass(byte[] xml) {
      this.xml = xml;
      scopes.add(Map.of());
    }

    Result run() throws XMLStreamException {
      XMLStreamReader reader = factory().createXMLStreamReader(new ByteArrayInputStream(xml));
      try {
        while (reader.hasNext()) {
          switch (reader.next()) {
            case XMLStreamConstants.START_ELEMENT -> start(reader);
            case XMLStreamConstants.END_ELEMENT -> end();
            case XMLStreamConstants.CHARACTERS,
                XMLStreamConstants.CDATA,
                XMLStreamConstants.SPACE ->
                text(reader);
            case XMLStreamConstants.PROCESSING_INSTRUCTION -> instruction(reader);
            case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE ->
                throw new XMLStreamException("left to the DOM parser");
            default -> {
              // comments and the document's start and end add nothing
            }
          }
        }
      } finally {
        reader.close();
      }
      canonical.flush();
      byte[] digest = digestAlgorithm == null ? null : main.digest();
      return new Result(
          xml,
          dom,
          digestAlgorithm,
          digest,
          signedInfoBytes == null ? null : signedInfoBytes.toByteArray(),
          inherited);
    }

    private void start(XMLStreamReader reader) {
      if (encodedDepth >= 0) {
        throw new EdXmlException(
            "ContentTransferEncoded",
            "holds an element <" + reader.getLocalName() + ">; it carries base64 text only");
      }
      String namespace = nonNull(reader.getNamespaceURI());
      String local = reader.getLocalName();
      String prefix = nonNull(reader.getPrefix());
      String name = prefix.isEmpty() ? local : prefix + ":" + local;
      Map<String, String> declarations = new HashMap<>();
      for (int i = 0; i < reader.getNamespaceCount(); i++) {
        declarations.put(nonNull(reader.getNamespacePrefix(i)), nonNull(reader.getNamespaceURI(i)));
      }
      List<Canonical.Attribute> attributes = new ArrayList<>();
      boolean xmlAttribute = false;
      for (int i = 0; i < reader.getAttributeCount(); i++) {
        String attributeNamespace = nonNull(reader.getAttributeNamespace(i));
        String attributePrefix = nonNull(reader.getAttributePrefix(i));
        String attributeLocal = reader.getAttributeLocalName(i);
        xmlAttribute |= XMLConstants.XML_NS_URI.equals(attributeNamespace);
        attributes.add(
            new Canonical.Attribute(
                attributeNamespace,
                attributeLocal,
                attributePrefix.isEmpty() ? attributeLocal : attributePrefix + ":" + attributeLocal,
                reader.getAttributeValue(i)));
      }
      Map<String, String> scope = scopes.get(scopes.size() - 1);
      if (!declarations.isEmpty()) {
        scope = new HashMap<>(scope);
        scope.putAll(declarations);
      }
      String parent = names.isEmpty() ? null : names.get(names.size() - 1);
      if (!signatureDone
          && signatureDepth < 0
          && XMLSignature.XMLNS.equals(namespace)
          && "Signature".equals(local)
          && "edXMLHeader".equals(parent)) {
        signatureDepth = depth;
      }
      if (signatureDepth < 0) {
        canonical.start(name, declarations, attributes);
      }
      if (signedInfoDepth >= 0) {
        signedInfo.start(name, declarations, attributes);
      } else if (signatureDepth >= 0
          && depth == signatureDepth + 1
          && signedInfoBytes == null
          && XMLSignature.XMLNS.equals(namespace)
          && "SignedInfo".equals(local)) {
        signedInfoDepth = depth;
        inherited = xmlAttributesOpen > 0;
        signedInfoBytes = new ByteArrayOutputStream(2048);
        signedInfo = new Canonical(signedInfoBytes);
        signedInfo.startApex(name, scope, attributes);
      }
      if (signedInfoDepth >= 0
          && digestAlgorithm == null
          && XMLSignature.XMLNS.equals(namespace)
          && "DigestMethod".equals(local)) {
        String algorithm = DIGESTS.get(nonNull(reader.getAttributeValue(null, "Algorithm")));
        if (algorithm != null) {
          digestAlgorithm = algorithm;
          main.digestWith(algorithm);
        }
      }
      Element element = dom.createElementNS(namespace.isEmpty() ? null : namespace, name);
      for (Map.Entry<String, String> d : declarations.entrySet()) {
        element.setAttributeNS(
            XMLConstants.XMLNS_ATTRIBUTE_NS_URI,
            d.getKey().isEmpty() ? "xmlns" : "xmlns:" + d.getKey(),
            d.getValue());
      }
      for (Canonical.Attribute a : attributes) {
        element.setAttributeNS(
            a.namespace().isEmpty() ? null : a.namespace(), a.qualifiedName(), a.value());
      }
      current.appendChild(element);
      current = element;
      if ("ContentTransferEncoded".equals(local)) {
        encodedDepth = depth;
        // Its text is at most what is left of the message: one array, never grown.
        encoded = new Base64Text(xml.length - reader.getLocation().getCharacterOffset());
      }
      if (xmlAttribute) {
        xmlAttributesOpen++;
      }
      carriesXml.add(xmlAttribute);
      scopes.add(scope);
      names.add(local);
      depth++;
      rootSeen = true;
    }

    private void end() {
      depth--;
      scopes.remove(scopes.size() - 1);
      names.remove(names.size() - 1);
      Element element = (Element) current;
      String name = element.getTagName();
      if (signatureDepth < 0) {
        canonical.end(name);
      }
      if (signedInfoDepth >= 0) {
        signedInfo.end(name);
        if (depth == signedInfoDepth) {
          signedInfo.flush();
          signedInfoDepth = -1;
        }
      }
      if (depth == signatureDepth) {
        signatureDepth = -1;
        signatureDone = true;
      }
      if (depth == encodedDepth) {
        element.setUserData(CONTENT, encoded.bytes(), null);
        encoded = null;
        encodedDepth = -1;
      }
      if (carriesXml.remove(carriesXml.size() - 1)) {
        xmlAttributesOpen--;
      }
      current = element.getParentNode();
    }

    private void text(XMLStreamReader reader) {
      if (depth == 0) {
        return; // white space outside the document element is not part of either form
      }
      char[] characters = reader.getTextCharacters();
      int start = reader.getTextStart();
      int length = reader.getTextLength();
      if (signatureDepth < 0) {
        canonical.text(characters, start, length);
      }
      if (signedInfoDepth >= 0) {
        signedInfo.text(characters, start, length);
      }
      if (encoded != null) {
        encoded.add(characters, start, length);
      } else {
        current.appendChild(dom.createTextNode(new String(characters, start, length)));
      }
    }

    private void instruction(XMLStreamReader reader) {
      int where = depth > 0 ? 0 : rootSeen ? 1 : -1;
      if (signatureDepth < 0) {
        canonical.processingInstruction(reader.getPITarget(), reader.getPIData(), where);
      }
      if (signedInfoDepth >= 0) {
        signedInfo.processingInstruction(reader.getPITarget(), reader.getPIData(), 0);
      }
    }
  }

  /**
   * Where the canonical form goes: kept until a signature names its digest algorithm, then digested
   * as it comes.
   */
  private static final class DigestSink extends OutputStream {
    private ByteArrayOutputStream early = new ByteArrayOutputStream(16 * 1024);
    private MessageDigest digest;

    void digestWith(String algorithm) {
      try {
        digest = MessageDigest.getInstance(algorithm);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
      byte[] before = early.toByteArray();
      digest.update(before);
      early = null;
    }

    byte[] digest() {
      return digest.digest();
    }

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      if (digest != null) {
        digest.update(bytes, offset, length);
      } else {
        early.write(bytes, offset, length);
      }
    }
  }

  /** Base64 text as it streams by: white space left out, anything else outside base64 refused. */
  private static final class Base64Text {
    private static final byte BASE64 = 0;
    private static final byte SPACE = 1;
    private static final byte OTHER = 2;
    private static final byte[] KINDS = new byte[128];

    static {
      Arrays.fill(KINDS, OTHER);
      for (char c :
          "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=".toCharArray()) {
        KINDS[c] = BASE64;
      }
      for (char c : " \t\n\r".toCharArray()) {
        KINDS[c] = SPACE;
      }
    }

    private byte[] ascii;
    private int used;
    private String problem;

    Base64Text(int expected) {
      ascii = new byte[Math.max(1024, expected)];
    }

    void add(char[] characters, int start, int length) {
      if (used + length > ascii.length) {
        ascii = Arrays.copyOf(ascii, Math.max(ascii.length * 2, used + length));
      }
      byte[] into = ascii;
      int at = used;
      for (int i = start, end = start + length; i < end; i++) {
        char c = characters[i];
        byte kind = c < 128 ? KINDS[c] : OTHER;
        if (kind == BASE64) {
          into[at++] = (byte) c;
        } else if (kind == OTHER && problem == null) {
          problem = "it holds the character '" + c + "'";
        }
      }
      used = at;
    }

    /** The bytes, or what is wrong with the text. */
    Object bytes() {
      if (problem != null) {
        return problem;
      }
      try {
        return Base64.getDecoder()
            .decode(used == ascii.length ? ascii : Arrays.copyOf(ascii, used));
      } catch (IllegalArgumentException e) {
        return e.getMessage();
      }
    }
  }

  private static String nonNull(String value) {
    return value == null ? "" : value;
  }

  private static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, false);
    return factory;
  }
}
