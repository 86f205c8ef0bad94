package vn.eoffice.signing;

import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
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
    this(SigningProfile.baselineB());
  }

  /** Baseline T: time-stamped by the authority at this address. */
  public PadesSealer(String tsaUrl) {
    this(new SigningProfile(SigningProfile.Level.T, tsaUrl, List.of()));
  }

  /** At the profile's level. */
  public PadesSealer(SigningProfile profile) {
    this.level = profile.level().dss;
    this.service = profile.service();
  }

  /**
   * Baseline LT: time-stamped, with the certificates and their revocation data (OCSP, else CRL,
   * fetched from the addresses in the certificates) embedded so the signature can be checked after
   * the CA is gone.
   *
   * @param trustAnchors the roots the chain must end in (DSS fetches revocation data up to them)
   */
  public static PadesSealer longTerm(String tsaUrl, List<X509Certificate> trustAnchors) {
    return new PadesSealer(new SigningProfile(SigningProfile.Level.LT, tsaUrl, trustAnchors));
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
    return PdfSignatures.sign(service, document, parameters, value);
  }
}
