package vn.eoffice.signing;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.MimeTypeEnum;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/** The signature parameters every signature of ours uses, and the PDF in and out of DSS. */
final class PdfSignatures {

  /** SHA-256 for every digest. */
  static final DigestAlgorithm DIGEST = DigestAlgorithm.SHA256;

  private PdfSignatures() {}

  /**
   * @param chain the certificates to embed (the signer's and its issuers')
   * @param appearance null for an invisible signature
   */
  static PAdESSignatureParameters parameters(
      SignatureLevel level,
      CertificateToken signer,
      List<CertificateToken> chain,
      Instant signingTime,
      Appearance appearance) {
    PAdESSignatureParameters parameters = new PAdESSignatureParameters();
    parameters.setSignatureLevel(level);
    parameters.setDigestAlgorithm(DIGEST);
    parameters.setSigningCertificate(signer);
    parameters.setCertificateChain(chain);
    parameters.bLevel().setSigningDate(Date.from(signingTime));
    if (appearance != null) {
      parameters.setImageParameters(appearance.toParameters());
    }
    return parameters;
  }

  /**
   * The signed PDF, from the parameters {@code getDataToSign} was given (its digest is kept in
   * them) and the signature value over that data.
   *
   * <p>DSS also keeps the prepared PDF, with the space reserved for the signature, and when it is
   * there it pastes the signature in by copying the whole file a byte at a time through
   * synchronised streams: for a 1 MB PDF several times slower than writing the signed revision
   * again. The prepared PDF is dropped, so DSS writes the revision anew.
   */
  static byte[] sign(
      PAdESService service,
      DSSDocument document,
      PAdESSignatureParameters parameters,
      SignatureValue value) {
    parameters.getPdfSignatureCache().setToBeSignedDocument(null);
    return bytes(service.signDocument(document, parameters, value));
  }

  static DSSDocument document(byte[] pdf) {
    return new InMemoryDocument(pdf, "document.pdf", MimeTypeEnum.PDF);
  }

  static byte[] bytes(DSSDocument document) {
    try (InputStream in = document.openStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
