package vn.eoffice.edxml;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks the enveloped signature of a message with what {@link StreamedRead} took while reading it:
 * for the form the published implementations and e-Office write (one reference, {@code URI=""}, the
 * enveloped-signature transform and Canonical XML 1.0, SHA-2 digests, RSA or ECDSA with SHA-2), the
 * core validation of XML-DSig, without a DOM of the files. Any other form is left to the JDK's XML
 * signature ({@link Optional#empty()}), which applies its own policy.
 */
final class StreamedCheck {

  private static final Map<String, String> SIGNATURES =
      Map.of(
          SignatureMethod.RSA_SHA256, "SHA256withRSA",
          SignatureMethod.RSA_SHA384, "SHA384withRSA",
          SignatureMethod.RSA_SHA512, "SHA512withRSA",
          SignatureMethod.ECDSA_SHA256, "SHA256withECDSAinP1363Format",
          SignatureMethod.ECDSA_SHA384, "SHA384withECDSAinP1363Format",
          SignatureMethod.ECDSA_SHA512, "SHA512withECDSAinP1363Format");

  private static final Map<String, String> DIGESTS =
      Map.of(
          DigestMethod.SHA256, "SHA-256",
          DigestMethod.SHA384, "SHA-384",
          DigestMethod.SHA512, "SHA-512");

  private StreamedCheck() {}

  static Optional<EdXmlSignature.Verdict> verdict(
      Element signature, StreamedRead.Result streamed, X509Certificate sender) {
    Element signedInfo = only(signature, "SignedInfo");
    if (signedInfo == null || streamed.signedInfo() == null || streamed.inherited()) {
      return Optional.empty();
    }
    List<Element> references = dsig(signedInfo, "Reference");
    if (references.size() != 1
        || !references.get(0).hasAttribute("URI")
        || !references.get(0).getAttribute("URI").isEmpty()) {
      return Optional.of(EdXmlSignature.NOT_WHOLE);
    }
    Element reference = references.get(0);
    String canonicalization = algorithm(only(signedInfo, "CanonicalizationMethod"));
    String signatureAlgorithm = SIGNATURES.get(algorithm(only(signedInfo, "SignatureMethod")));
    String digestAlgorithm = DIGESTS.get(algorithm(only(reference, "DigestMethod")));
    if (!CanonicalizationMethod.INCLUSIVE.equals(canonicalization)
        || signatureAlgorithm == null
        || digestAlgorithm == null
        || !digestAlgorithm.equals(streamed.digestAlgorithm())
        || !plainTransforms(reference)
        || !strongEnough(sender.getPublicKey())) {
      return Optional.empty();
    }
    try {
      byte[] expected = decode(only(reference, "DigestValue"));
      if (!MessageDigest.isEqual(expected, streamed.digest())) {
        return Optional.of(EdXmlSignature.CHANGED);
      }
      Signature check = Signature.getInstance(signatureAlgorithm);
      check.initVerify(sender.getPublicKey());
      check.update(streamed.signedInfo());
      return Optional.of(
          check.verify(decode(only(signature, "SignatureValue")))
              ? EdXmlSignature.SIGNED
              : EdXmlSignature.OTHER_KEY);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return Optional.of(
          new EdXmlSignature.Verdict(
              EdXmlSignature.Outcome.INVALID,
              "the XML signature cannot be checked: " + e.getMessage()));
    }
  }

  /** The enveloped-signature transform, alone or followed by Canonical XML 1.0, no parameters. */
  private static boolean plainTransforms(Element reference) {
    Element transforms = only(reference, "Transforms");
    if (transforms == null) {
      return false;
    }
    List<String> algorithms = new ArrayList<>();
    for (Element transform : dsig(transforms, "Transform")) {
      if (transform.getFirstChild() != null) {
        return false;
      }
      algorithms.add(algorithm(transform));
    }
    return algorithms.equals(List.of(Transform.ENVELOPED))
        || algorithms.equals(List.of(Transform.ENVELOPED, CanonicalizationMethod.INCLUSIVE));
  }

  /** The JDK's secure validation refuses keys under these sizes; such a key goes there. */
  private static boolean strongEnough(PublicKey key) {
    if (key instanceof RSAPublicKey rsa) {
      return rsa.getModulus().bitLength() >= 2048;
    }
    return key instanceof ECPublicKey ec && ec.getParams().getOrder().bitLength() >= 256;
  }

  private static byte[] decode(Element element) {
    if (element == null) {
      throw new IllegalArgumentException("a value is missing");
    }
    return Base64.getMimeDecoder().decode(element.getTextContent().strip());
  }

  private static String algorithm(Element element) {
    return element == null ? null : element.getAttribute("Algorithm");
  }

  /** The one child of that name in the XML-DSig namespace, or null (none, or more than one). */
  private static Element only(Element parent, String name) {
    List<Element> found = dsig(parent, name);
    return found.size() == 1 ? found.get(0) : null;
  }

  private static List<Element> dsig(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element
          && XMLSignature.XMLNS.equals(element.getNamespaceURI())
          && name.equals(element.getLocalName())) {
        found.add(element);
      }
    }
    return found;
  }
}
