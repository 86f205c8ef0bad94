package vn.eoffice.edxml;

import java.security.InvalidAlgorithmParameterException;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.List;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
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
  private static final String SIGNATURE_PROVIDER =
      "org.jcp.xml.dsig.internal.dom.SignatureProvider";

  private EdXmlSignature() {}

  /**
   * Signs the message in place.
   *
   * @param provider the provider that holds the key (a PKCS#11 token's), or null for the default
   */
  public static void sign(
      Document message, PrivateKey key, X509Certificate certificate, Provider provider) {
    Element header = header(message);
    try {
      XMLSignatureFactory factory = XMLSignatureFactory.getInstance("DOM");
      Reference reference =
          factory.newReference(
              "",
              factory.newDigestMethod(DigestMethod.SHA256, null),
              List.of(
                  factory.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null),
                  factory.newTransform(
                      CanonicalizationMethod.INCLUSIVE, (TransformParameterSpec) null)),
              null,
              null);
      String algorithm =
          "EC".equals(key.getAlgorithm())
              ? SignatureMethod.ECDSA_SHA256
              : SignatureMethod.RSA_SHA256;
      SignedInfo signedInfo =
          factory.newSignedInfo(
              factory.newCanonicalizationMethod(
                  CanonicalizationMethod.INCLUSIVE, (C14NMethodParameterSpec) null),
              factory.newSignatureMethod(algorithm, null),
              Collections.singletonList(reference));
      KeyInfoFactory keys = factory.getKeyInfoFactory();
      KeyInfo keyInfo =
          keys.newKeyInfo(
              List.of(
                  keys.newX509Data(
                      List.of(certificate.getSubjectX500Principal().getName(), certificate))));
      DOMSignContext context = new DOMSignContext(key, header);
      context.setDefaultNamespacePrefix("");
      if (provider != null) {
        context.setProperty(SIGNATURE_PROVIDER, provider);
      }
      factory.newXMLSignature(signedInfo, keyInfo).sign(context);
    } catch (NoSuchAlgorithmException
        | InvalidAlgorithmParameterException
        | MarshalException
        | XMLSignatureException e) {
      throw new IllegalStateException(
          "the edXML message could not be signed: " + e.getMessage(), e);
    }
  }

  /** Checks the message's signature with the certificate held for its sender. */
  public static Verdict verify(Document message, X509Certificate sender) {
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
    Element signature = (Element) signatures.item(0);
    Node parent = signature.getParentNode();
    if (parent == null || !"edXMLHeader".equals(EdXmlReader.local(parent))) {
      return new Verdict(Outcome.INVALID, "the XML signature is not in edXMLHeader");
    }
    try {
      DOMValidateContext context = new DOMValidateContext(sender.getPublicKey(), signature);
      context.setProperty(SECURE_VALIDATION, Boolean.TRUE);
      XMLSignature xml = XMLSignatureFactory.getInstance("DOM").unmarshalXMLSignature(context);
      List<?> references = xml.getSignedInfo().getReferences();
      if (references.size() != 1 || !"".equals(((Reference) references.get(0)).getURI())) {
        return new Verdict(
            Outcome.INVALID, "the XML signature does not cover the whole message (URI=\"\")");
      }
      if (xml.validate(context)) {
        return new Verdict(Outcome.VALID, "signed with the sender's key, unchanged since");
      }
      boolean unchanged = ((Reference) references.get(0)).validate(context);
      return new Verdict(
          Outcome.INVALID,
          unchanged
              ? "the XML signature was not made with the key of the sender's certificate"
              : "the message was changed after it was signed");
    } catch (MarshalException | XMLSignatureException | RuntimeException e) {
      return new Verdict(Outcome.INVALID, "the XML signature cannot be checked: " + e.getMessage());
    }
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
