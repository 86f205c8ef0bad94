package vn.eoffice.signing;

import eu.europa.esig.dss.alert.SilentOnStatusAlert;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.pdf.PdfSignatureFieldPositionChecker;
import eu.europa.esig.dss.pdf.ServiceLoaderPdfObjFactory;
import eu.europa.esig.dss.service.crl.OnlineCRLSource;
import eu.europa.esig.dss.service.http.commons.CommonsDataLoader;
import eu.europa.esig.dss.service.ocsp.OnlineOCSPSource;
import eu.europa.esig.dss.service.tsp.OnlineTSPSource;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.aia.DefaultAIASource;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * The PAdES level our signatures are made at, and what that level needs: B alone; T with the
 * address of an RFC 3161 time-stamping authority; LT also with the trust anchors up to which
 * revocation data (OCSP, else CRL, from the addresses in the certificates) is fetched and embedded.
 */
public record SigningProfile(Level level, String tsaUrl, List<X509Certificate> trustAnchors) {

  /** PAdES baseline levels we sign at. */
  public enum Level {
    B(SignatureLevel.PAdES_BASELINE_B),
    T(SignatureLevel.PAdES_BASELINE_T),
    LT(SignatureLevel.PAdES_BASELINE_LT);

    final SignatureLevel dss;

    Level(SignatureLevel dss) {
      this.dss = dss;
    }
  }

  public SigningProfile {
    if (level != Level.B && (tsaUrl == null || tsaUrl.isBlank())) {
      throw new IllegalArgumentException("PAdES " + level + " needs a time-stamping authority");
    }
    trustAnchors = trustAnchors == null ? List.of() : List.copyOf(trustAnchors);
  }

  public static SigningProfile baselineB() {
    return new SigningProfile(Level.B, null, List.of());
  }

  /** The DSS service for this level. Signature fields may overlap (the seal over the leader's). */
  PAdESService service() {
    CommonCertificateVerifier verifier = new CommonCertificateVerifier();
    if (level == Level.LT) {
      CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
      trustAnchors.forEach(anchor -> trusted.addCertificate(new CertificateToken(anchor)));
      verifier.setTrustedCertSources(trusted);
      verifier.setOcspSource(new OnlineOCSPSource());
      verifier.setCrlSource(new OnlineCRLSource());
      verifier.setAIASource(new DefaultAIASource(new CommonsDataLoader()));
    }
    PAdESService service = new PAdESService(verifier);
    // The seal is meant to overlap the leader's signature (Phụ lục I); DSS refuses overlaps unless
    // told otherwise.
    PdfSignatureFieldPositionChecker positions = new PdfSignatureFieldPositionChecker();
    positions.setAlertOnSignatureFieldOverlap(new SilentOnStatusAlert());
    ServiceLoaderPdfObjFactory pdf = new ServiceLoaderPdfObjFactory();
    pdf.setPdfSignatureFieldPositionChecker(positions);
    pdf.setResourcesHandlerBuilder(PlainBuffers::new);
    service.setPdfObjFactory(pdf);
    if (level != Level.B) {
      service.setTspSource(new OnlineTSPSource(tsaUrl));
    }
    return service;
  }
}
