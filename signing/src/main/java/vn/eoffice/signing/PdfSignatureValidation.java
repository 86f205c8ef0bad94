package vn.eoffice.signing;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SubIndication;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.service.crl.OnlineCRLSource;
import eu.europa.esig.dss.service.http.commons.CommonsDataLoader;
import eu.europa.esig.dss.service.ocsp.OnlineOCSPSource;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.aia.DefaultAIASource;
import eu.europa.esig.dss.spi.x509.revocation.crl.ExternalResourcesCRLSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.reports.Reports;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Validates the signatures of a PDF against the configured trust anchors with a strict policy:
 * DSS's default policy in which content changed after signing (a visual difference, or changes DSS
 * cannot classify) fails instead of warning. Revocation comes from the CRLs given (no network
 * here).
 */
public final class PdfSignatureValidation {

  /** The checks that DSS's default policy only warns about and that fail here. */
  static final Set<String> STRICT_CHECKS = Set.of("PdfVisualDifference", "UndefinedChanges");

  /** One signature's verdict, as the clerk's report shows it. */
  public record SignatureVerdict(
      String signatureId,
      String signedBy,
      Instant signingTime,
      String level,
      Indication indication,
      SubIndication subIndication,
      List<String> errors) {

    public boolean valid() {
      return indication == Indication.TOTAL_PASSED;
    }
  }

  /** The verdicts with DSS's own reports, for the clerk who wants every detail. */
  public record Outcome(
      List<SignatureVerdict> verdicts, String simpleReportXml, String detailedReportXml) {

    public Outcome {
      verdicts = List.copyOf(verdicts);
    }
  }

  private final List<X509Certificate> trustAnchors;
  private final List<byte[]> crls;
  private final boolean online;

  /**
   * Offline: revocation only from the CRLs given.
   *
   * @param trustAnchors the roots trusted (the national root CA in production)
   * @param crls DER-encoded CRLs to check revocation with
   */
  public PdfSignatureValidation(List<X509Certificate> trustAnchors, List<byte[]> crls) {
    this(trustAnchors, crls, false);
  }

  private PdfSignatureValidation(
      List<X509Certificate> trustAnchors, List<byte[]> crls, boolean online) {
    this.trustAnchors = List.copyOf(trustAnchors);
    this.crls = List.copyOf(crls);
    this.online = online;
  }

  /**
   * Online: revocation data embedded in the PDF first, then OCSP and CRL from the addresses the
   * certificates name, and missing issuers from their AIA address.
   */
  public static PdfSignatureValidation online(List<X509Certificate> trustAnchors) {
    return new PdfSignatureValidation(trustAnchors, List.of(), true);
  }

  /** The verdict of each signature of the PDF, in document order; empty when it has none. */
  public List<SignatureVerdict> validate(byte[] pdf) {
    if (withoutSignatureFields(pdf)) {
      return List.of();
    }
    return validateWithReports(pdf).verdicts();
  }

  /**
   * Whether PDFBox reads the PDF and finds no signature field in it (signatures and document time
   * stamps alike): DSS, which finds signatures through the same fields, would find none, and its
   * validation of a megabyte's revisions is spared. A PDF PDFBox cannot read goes to DSS, which
   * says what it makes of it.
   */
  static boolean withoutSignatureFields(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getSignatureDictionaries().isEmpty();
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** The verdicts and DSS's simple and detailed reports (XML). */
  public Outcome validateWithReports(byte[] pdf) {
    SignedDocumentValidator validator =
        SignedDocumentValidator.fromDocument(new InMemoryDocument(pdf, "document.pdf"));
    CommonCertificateVerifier verifier = new CommonCertificateVerifier();
    CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
    trustAnchors.forEach(anchor -> trusted.addCertificate(new CertificateToken(anchor)));
    verifier.setTrustedCertSources(trusted);
    if (online) {
      verifier.setOcspSource(new OnlineOCSPSource());
      verifier.setCrlSource(new OnlineCRLSource());
      verifier.setAIASource(new DefaultAIASource(new CommonsDataLoader()));
    } else {
      verifier.setCrlSource(
          new ExternalResourcesCRLSource(
              crls.stream().map(ByteArrayInputStream::new).toArray(InputStream[]::new)));
      verifier.setOcspSource(null);
      verifier.setAIASource(null);
    }
    validator.setCertificateVerifier(verifier);
    Reports reports = validator.validateDocument(new ByteArrayInputStream(StrictPolicy.XML));
    SimpleReport simple = reports.getSimpleReport();
    List<SignatureVerdict> verdicts = new ArrayList<>();
    for (String id : simple.getSignatureIdList()) {
      List<String> errors = new ArrayList<>();
      simple.getAdESValidationErrors(id).forEach(m -> errors.add(m.getValue()));
      // Qualification against the EU trusted lists does not apply to Vietnamese certificates.
      verdicts.add(
          new SignatureVerdict(
              id,
              simple.getSignedBy(id),
              simple.getSigningTime(id) == null ? null : simple.getSigningTime(id).toInstant(),
              simple.getSignatureFormat(id) == null
                  ? null
                  : simple.getSignatureFormat(id).toString(),
              simple.getIndication(id),
              simple.getSubIndication(id),
              List.copyOf(errors)));
    }
    return new Outcome(verdicts, reports.getXmlSimpleReport(), reports.getXmlDetailedReport());
  }

  /** The strict policy, made once on first use: every validation reads the same bytes. */
  private static final class StrictPolicy {
    static final byte[] XML = strictPolicy();
  }

  /** DSS's default policy with {@link #STRICT_CHECKS} raised to FAIL. */
  private static byte[] strictPolicy() {
    try (InputStream in =
        SignedDocumentValidator.class.getResourceAsStream("/policy/constraint.xml")) {
      if (in == null) {
        throw new IllegalStateException("DSS's default policy is not on the class path");
      }
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document policy = factory.newDocumentBuilder().parse(in);
      policy.getDocumentElement().setAttribute("Name", "e-Office strict PAdES");
      for (String check : STRICT_CHECKS) {
        NodeList elements = policy.getElementsByTagNameNS("*", check);
        for (int i = 0; i < elements.getLength(); i++) {
          ((Element) elements.item(i)).setAttribute("Level", "FAIL");
        }
      }
      TransformerFactory transformers = TransformerFactory.newInstance();
      transformers.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      transformers.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
      var transformer = transformers.newTransformer();
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      transformer.transform(new DOMSource(policy), new StreamResult(out));
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParserConfigurationException | SAXException | TransformerException e) {
      throw new IllegalStateException("cannot read DSS's default policy", e);
    }
  }
}
