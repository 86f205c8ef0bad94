package vn.eoffice.edxml;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.xml.XMLConstants;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The message's XML signature as the published implementations place it: an enveloped XML-DSig
 * signature, the last child of {@code edXMLHeader}, whose one reference ({@code URI=""}) covers the
 * whole message, files included. Signed here with RSA-SHA256 (or ECDSA-SHA256) and SHA-256 digests,
 * the signer's certificate in {@code KeyInfo}; verified against the certificate the receiver holds
 * for the sender, never against the one the message carries.
 */
public final class EdXmlSignature {

  /** What the check of a message's signature found. */
  public enum Outcome {
    /** Signed with the sender's key and unchanged since. */
    VALID,
    /** Signed, but changed since, or by another key. */
    INVALID,
    /** No XML signature, or an empty or placeholder one outside the XML-DSig namespace. */
    MISSING
  }

  /** The outcome with what it means, in words for the clerk and the log. */
  public record Verdict(Outcome outcome, String reason) {

    public boolean valid() {
      return outcome == Outcome.VALID;
    }
  }

  private static final String SECURE_VALIDATION = "org.jcp.xml.dsig.secureValidation";
  private static final String ALGORITHM = "Algorithm";

  private EdXmlSignature() {}

  /**
   * Signs the message in place with a key held here.
   *
   * @param provider the provider that holds the key (a PKCS#11 token's), or null for the default
   */
  public static void sign(
      Document message, PrivateKey key, X509Certificate certificate, Provider provider) {
    sign(
        message,
        certificate,
        bytes -> {
          try {
            Signature signature =
                provider == null
                    ? Signature.getInstance(algorithm(certificate))
                    : Signature.getInstance(algorithm(certificate), provider);
            signature.initSign(key);
            signature.update(bytes);
            return signature.sign();
          } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                "the edXML message could not be signed: " + e.getMessage(), e);
          }
        });
  }

  /**
   * Signs the message in place: the digest of its canonical form and the canonical SignedInfo are
   * made here, and only SignedInfo's bytes go to {@code signer}, which returns their signature with
   * the algorithm {@link #algorithm} names for the certificate (as the JCA writes it: DER for
   * ECDSA). So a token is busy for one signature, whatever the size of the files.
   */
  public static void sign(
      Document message, X509Certificate certificate, UnaryOperator<byte[]> signer) {
    Element header = header(message);
    if (message.getElementsByTagNameNS(XMLSignature.XMLNS, "Signature").getLength() > 0) {
      throw new EdXmlException("edXMLHeader", "is signed already");
    }
    boolean ec = "EC".equals(certificate.getPublicKey().getAlgorithm());
    MessageDigest digest = sha256();
    CanonicalDom.document(message, new Canonical(digestStream(digest)), null);

    Element signature = dsig(message, "Signature");
    signature.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns", XMLSignature.XMLNS);
    Element signedInfo = dsig(signature, "SignedInfo");
    dsig(signedInfo, "CanonicalizationMethod")
        .setAttribute(ALGORITHM, CanonicalizationMethod.INCLUSIVE);
    dsig(signedInfo, "SignatureMethod")
        .setAttribute(ALGORITHM, ec ? SignatureMethod.ECDSA_SHA256 : SignatureMethod.RSA_SHA256);
    Element reference = dsig(signedInfo, "Reference");
    reference.setAttribute("URI", "");
    Element transforms = dsig(reference, "Transforms");
    dsig(transforms, "Transform").setAttribute(ALGORITHM, Transform.ENVELOPED);
    dsig(transforms, "Transform").setAttribute(ALGORITHM, CanonicalizationMethod.INCLUSIVE);
    dsig(reference, "DigestMethod").setAttribute(ALGORITHM, DigestMethod.SHA256);
    dsig(reference, "DigestValue")
        .setTextContent(Base64.getEncoder().encodeToString(digest.digest()));
    Element value = dsig(signature, "SignatureValue");
    Element data = dsig(dsig(signature, "KeyInfo"), "X509Data");
    dsig(data, "X509SubjectName").setTextContent(certificate.getSubjectX500Principal().getName());
    try {
      dsig(data, "X509Certificate")
          .setTextContent(Base64.getEncoder().encodeToString(certificate.getEncoded()));
    } catch (java.security.cert.CertificateEncodingException e) {
      throw new IllegalStateException("the certificate cannot be encoded", e);
    }
    header.appendChild(signature);

    ByteArrayOutputStream canonicalSignedInfo = new ByteArrayOutputStream(2048);
    CanonicalDom.subtree(signedInfo, new Canonical(canonicalSignedInfo));
    byte[] signed = signer.apply(canonicalSignedInfo.toByteArray());
    value.setTextContent(
        Base64.getEncoder()
            .encodeToString(
                ec
                    ? EcdsaValues.concatenated(
                        signed,
                        (((java.security.interfaces.ECPublicKey) certificate.getPublicKey())
                                    .getParams()
                                    .getOrder()
                                    .bitLength()
                                + 7)
                            / 8)
                    : signed));
  }

  /** The JCA name of the signature algorithm used with a certificate's key. */
  public static String algorithm(X509Certificate certificate) {
    return "EC".equals(certificate.getPublicKey().getAlgorithm())
        ? "SHA256withECDSA"
        : "SHA256withRSA";
  }

  /** Checks the signature of a message read by {@link EdXmlReader#read}. */
  public static Verdict verify(EdXmlReader.Read read, X509Certificate sender) {
    if (read.streamed() == null) {
      return verify(read.dom(), sender);
    }
    Verdict shape = shape(read.dom());
    if (shape != null) {
      return shape;
    }
    Optional<Verdict> taken =
        StreamedCheck.verdict(
            (Element) read.dom().getElementsByTagNameNS(XMLSignature.XMLNS, "Signature").item(0),
            read.streamed(),
            sender);
    if (taken.isPresent()) {
      return taken.get();
    }
    // A signature of another form: the JDK's XML signature checks it, on the whole DOM.
    try {
      return verify(EdXmlReader.parse(read.streamed().xml(), true), sender);
    } catch (org.xml.sax.SAXException e) {
      return new Verdict(Outcome.INVALID, "the XML signature cannot be checked: " + e.getMessage());
    }
  }

  /** Checks the message's signature with the certificate held for its sender. */
  public static Verdict verify(Document message, X509Certificate sender) {
    Verdict shape = shape(message);
    if (shape != null) {
      return shape;
    }
    Element signature =
        (Element) message.getElementsByTagNameNS(XMLSignature.XMLNS, "Signature").item(0);
    try {
      DOMValidateContext context = new DOMValidateContext(sender.getPublicKey(), signature);
      context.setProperty(SECURE_VALIDATION, Boolean.TRUE);
      XMLSignature xml = XMLSignatureFactory.getInstance("DOM").unmarshalXMLSignature(context);
      List<?> references = xml.getSignedInfo().getReferences();
      if (references.size() != 1 || !"".equals(((Reference) references.get(0)).getURI())) {
        return NOT_WHOLE;
      }
      if (xml.validate(context)) {
        return SIGNED;
      }
      boolean unchanged = ((Reference) references.get(0)).validate(context);
      return unchanged ? OTHER_KEY : CHANGED;
    } catch (MarshalException | XMLSignatureException | RuntimeException e) {
      return new Verdict(Outcome.INVALID, "the XML signature cannot be checked: " + e.getMessage());
    }
  }

  static final Verdict SIGNED =
      new Verdict(Outcome.VALID, "signed with the sender's key, unchanged since");
  static final Verdict NOT_WHOLE =
      new Verdict(Outcome.INVALID, "the XML signature does not cover the whole message (URI=\"\")");
  static final Verdict OTHER_KEY =
      new Verdict(
          Outcome.INVALID,
          "the XML signature was not made with the key of the sender's certificate");
  static final Verdict CHANGED =
      new Verdict(Outcome.INVALID, "the message was changed after it was signed");

  /** What is wrong with where the signature is, or null when there is one, in edXMLHeader. */
  private static Verdict shape(Document message) {
    NodeList signatures = message.getElementsByTagNameNS(XMLSignature.XMLNS, "Signature");
    if (signatures.getLength() == 0) {
      return new Verdict(
          Outcome.MISSING,
          placeholder(message)
              ? "the message carries a Signature element outside the XML-DSig namespace"
                  + " (a placeholder), not an XML signature"
              : "the message carries no XML signature");
    }
    if (signatures.getLength() > 1) {
      return new Verdict(Outcome.INVALID, "the message carries more than one XML signature");
    }
    Node parent = signatures.item(0).getParentNode();
    if (parent == null || !"edXMLHeader".equals(EdXmlReader.local(parent))) {
      return new Verdict(Outcome.INVALID, "the XML signature is not in edXMLHeader");
    }
    return null;
  }

  private static Element dsig(Node parent, String name) {
    Document document = parent instanceof Document d ? d : parent.getOwnerDocument();
    Element element = document.createElementNS(XMLSignature.XMLNS, name);
    if (!(parent instanceof Document)) {
      parent.appendChild(element);
    }
    return element;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static OutputStream digestStream(MessageDigest digest) {
    return new OutputStream() {
      @Override
      public void write(int b) {
        digest.update((byte) b);
      }

      @Override
      public void write(byte[] bytes, int offset, int length) {
        digest.update(bytes, offset, length);
      }
    };
  }

  private static boolean placeholder(Document message) {
    return !EdXmlReader.children(header(message), "Signature").isEmpty();
  }

  private static Element header(Document message) {
    Element root = message.getDocumentElement();
    Element envelope = EdXmlReader.first(root, "edXMLEnvelope");
    Element header = envelope == null ? null : EdXmlReader.first(envelope, "edXMLHeader");
    if (header == null) {
      throw new EdXmlException("edXMLHeader", "is missing: there is nowhere to sign");
    }
    return header;
  }
}
