package vn.eoffice.signing;

import eu.europa.esig.dss.alert.SilentOnStatusAlert;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.pdf.PdfSignatureFieldPositionChecker;
import eu.europa.esig.dss.pdf.ServiceLoaderPdfObjFactory;
import eu.europa.esig.dss.service.crl.OnlineCRLSource;
import eu.europa.esig.dss.service.http.commons.CommonsDataLoader;
import eu.europa.esig.dss.service.ocsp.OnlineOCSPSource;
import eu.europa.esig.dss.service.tsp.OnlineTSPSource;
import eu.europa.esig.dss.spi.validation.CertificateVerifier;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.aia.DefaultAIASource;
import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.SignatureTokenConnection;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

/**
 * Signs a PDF with a key held by a token the server reaches itself (the organisation's seal in an
 * HSM over PKCS#11): PAdES baseline B, T with an RFC 3161 time stamp, or LT with revocation data
 * embedded; SHA-256.
 */
public final class PadesSealer {

  private final PAdESService service;
  private final SignatureLevel level;

  /** Baseline B: no time stamp. */
  public PadesSealer() {
    this(SignatureLevel.PAdES_BASELINE_B, new CommonCertificateVerifier(), null);
  }

  /** Baseline T: time-stamped by the authority at this address. */
  public PadesSealer(String tsaUrl) {
    this(SignatureLevel.PAdES_BASELINE_T, new CommonCertificateVerifier(), tsaUrl);
  }

  private PadesSealer(SignatureLevel level, CertificateVerifier verifier, String tsaUrl) {
    this.level = level;
    this.service = new PAdESService(verifier);
    // The seal is meant to overlap the leader's signature (Phụ lục I); DSS refuses overlaps unless
    // told otherwise.
    PdfSignatureFieldPositionChecker positions = new PdfSignatureFieldPositionChecker();
    positions.setAlertOnSignatureFieldOverlap(new SilentOnStatusAlert());
    ServiceLoaderPdfObjFactory pdf = new ServiceLoaderPdfObjFactory();
    pdf.setPdfSignatureFieldPositionChecker(positions);
    service.setPdfObjFactory(pdf);
    if (tsaUrl != null) {
      service.setTspSource(new OnlineTSPSource(tsaUrl));
    }
  }

  /**
   * Baseline LT: time-stamped, with the certificates and their revocation data (OCSP, else CRL,
   * fetched from the addresses in the certificates) embedded so the signature can be checked after
   * the CA is gone.
   *
   * @param trustAnchors the roots the chain must end in (DSS fetches revocation data up to them)
   */
  public static PadesSealer longTerm(String tsaUrl, List<X509Certificate> trustAnchors) {
    CommonCertificateVerifier verifier = new CommonCertificateVerifier();
    CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
    trustAnchors.forEach(anchor -> trusted.addCertificate(new CertificateToken(anchor)));
    verifier.setTrustedCertSources(trusted);
    verifier.setOcspSource(new OnlineOCSPSource());
    verifier.setCrlSource(new OnlineCRLSource());
    verifier.setAIASource(new DefaultAIASource(new CommonsDataLoader()));
    return new PadesSealer(SignatureLevel.PAdES_BASELINE_LT, verifier, tsaUrl);
  }

  /**
   * @param pdf the document as approved
   * @param token the opened token
   * @param key the key on it, with its certificate chain
   * @param signingTime the signing time written into the signature
   * @return the signed PDF (the original bytes followed by an incremental update)
   */
  public byte[] seal(
      byte[] pdf, SignatureTokenConnection token, DSSPrivateKeyEntry key, Instant signingTime) {
    return seal(pdf, token, key, signingTime, null);
  }

  /**
   * @param appearance the seal image and where it goes; null for an invisible signature
   */
  public byte[] seal(
      byte[] pdf,
      SignatureTokenConnection token,
      DSSPrivateKeyEntry key,
      Instant signingTime,
      Appearance appearance) {
    PAdESSignatureParameters parameters =
        PdfSignatures.parameters(
            level,
            key.getCertificate(),
            List.of(key.getCertificateChain()),
            signingTime,
            appearance);
    DSSDocument document = PdfSignatures.document(pdf);
    ToBeSigned dataToSign = service.getDataToSign(document, parameters);
    SignatureValue value = token.sign(dataToSign, parameters.getDigestAlgorithm(), key);
    return PdfSignatures.bytes(service.signDocument(document, parameters, value));
  }
}
