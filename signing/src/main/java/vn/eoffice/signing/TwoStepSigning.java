package vn.eoffice.signing;

import eu.europa.esig.dss.enumerations.EncryptionAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import vn.eoffice.signing.SigningRefusedException.Reason;

/**
 * A signature made with a key the server never sees (the user's USB token): the server prepares the
 * data to be signed, the user's signing agent signs it, the server completes the PDF. Both steps
 * build the very same signature parameters from the same inputs, signing time included; a signature
 * value is checked against the certificate and the prepared data before it is written.
 */
public final class TwoStepSigning {

  private final PAdESService service;
  private final SignatureLevel level;

  /** Baseline B. */
  public TwoStepSigning() {
    this(SigningProfile.baselineB());
  }

  /** At the profile's level: the time stamp (T) and revocation data (LT) are added in step 2. */
  public TwoStepSigning(SigningProfile profile) {
    this.service = profile.service();
    this.level = profile.level().dss;
  }

  /** What the server keeps between the steps, and sends the agent {@code dataToSign} of. */
  public record Prepared(
      byte[] pdf,
      List<X509Certificate> chain,
      Instant signingTime,
      Appearance appearance,
      byte[] dataToSign) {

    public Prepared {
      pdf = pdf.clone();
      chain = List.copyOf(chain);
      dataToSign = dataToSign.clone();
    }

    @Override
    public byte[] pdf() {
      return pdf.clone();
    }

    @Override
    public byte[] dataToSign() {
      return dataToSign.clone();
    }

    /** The JCA name of the signature the agent must make, e.g. SHA256withRSA. */
    public String signatureAlgorithm() {
      return algorithm(chain.get(0)).getJCEId();
    }
  }

  /**
   * Step 1: the data to be signed for this signer.
   *
   * @param chain the signer's certificate first, then its issuers
   * @throws SigningRefusedException when the chain is empty or the certificate is not valid at the
   *     signing time
   */
  public Prepared prepare(byte[] pdf, List<X509Certificate> chain, Instant signingTime) {
    return prepare(pdf, chain, signingTime, null);
  }

  /**
   * Step 1 with a visible signature.
   *
   * @param appearance null for an invisible signature
   */
  public Prepared prepare(
      byte[] pdf, List<X509Certificate> chain, Instant signingTime, Appearance appearance) {
    if (chain == null || chain.isEmpty()) {
      throw new SigningRefusedException(Reason.CHAIN_INVALID, "no signing certificate was sent");
    }
    try {
      chain.get(0).checkValidity(Date.from(signingTime));
    } catch (CertificateExpiredException | CertificateNotYetValidException e) {
      throw new SigningRefusedException(
          Reason.CERTIFICATE_NOT_VALID,
          "the signing certificate is valid from "
              + chain.get(0).getNotBefore().toInstant()
              + " to "
              + chain.get(0).getNotAfter().toInstant()
              + ", not at "
              + signingTime);
    }
    byte[] data =
        service
            .getDataToSign(
                PdfSignatures.document(pdf), parameters(level, chain, signingTime, appearance))
            .getBytes();
    return new Prepared(pdf, chain, signingTime, appearance, data);
  }

  /**
   * Step 2: the signed PDF.
   *
   * @throws SigningRefusedException when the value does not verify with the signer's certificate
   *     over the prepared data
   */
  public byte[] complete(Prepared prepared, byte[] signatureValue) {
    X509Certificate signer = prepared.chain().get(0);
    SignatureAlgorithm algorithm = algorithm(signer);
    try {
      Signature check = Signature.getInstance(algorithm.getJCEId());
      check.initVerify(signer.getPublicKey());
      check.update(prepared.dataToSign());
      if (!check.verify(signatureValue)) {
        throw new SigningRefusedException(
            Reason.SIGNATURE_MISMATCH,
            "the signature value does not verify with the certificate of "
                + signer.getSubjectX500Principal().getName()
                + " over the prepared data");
      }
    } catch (GeneralSecurityException e) {
      throw new SigningRefusedException(
          Reason.SIGNATURE_MISMATCH, "the signature value cannot be checked: " + e.getMessage());
    }
    // The same parameters give the same data to sign: DSS computes it again (and keeps the
    // document's digest), and anything that would make another PDF than the one prepared is
    // refused here rather than written with a signature that could not verify.
    DSSDocument document = PdfSignatures.document(prepared.pdf());
    PAdESSignatureParameters parameters =
        parameters(level, prepared.chain(), prepared.signingTime(), prepared.appearance());
    if (!Arrays.equals(
        service.getDataToSign(document, parameters).getBytes(), prepared.dataToSign())) {
      throw new SigningRefusedException(
          Reason.SIGNATURE_MISMATCH,
          "the document prepared for signing cannot be made again the same; prepare it again");
    }
    return PdfSignatures.sign(
        service, document, parameters, new SignatureValue(algorithm, signatureValue));
  }

  private static PAdESSignatureParameters parameters(
      SignatureLevel level,
      List<X509Certificate> chain,
      Instant signingTime,
      Appearance appearance) {
    List<CertificateToken> tokens = chain.stream().map(CertificateToken::new).toList();
    return PdfSignatures.parameters(level, tokens.get(0), tokens, signingTime, appearance);
  }

  private static SignatureAlgorithm algorithm(X509Certificate signer) {
    return SignatureAlgorithm.getAlgorithm(
        EncryptionAlgorithm.forKey(signer.getPublicKey()), PdfSignatures.DIGEST);
  }
}
