package vn.eoffice.signing;

import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.SignatureTokenConnection;
import java.time.Instant;
import java.util.List;
import vn.eoffice.signing.PdfSignatureValidation.SignatureVerdict;
import vn.eoffice.signing.SigningRefusedException.Reason;

/**
 * The clerk's last step: the organisation's seal, applied only over the leader's valid signature.
 * Every signature already on the document is validated first; none, or one that fails, refuses the
 * seal with the reason.
 */
public final class OrganisationSeal {

  private final PdfSignatureValidation validation;
  private final PadesSealer sealer;

  public OrganisationSeal(PdfSignatureValidation validation, PadesSealer sealer) {
    this.validation = validation;
    this.sealer = sealer;
  }

  /** The sealed PDF; the verdicts of the signatures found are checked first. */
  public byte[] apply(
      byte[] signedPdf, SignatureTokenConnection hsm, DSSPrivateKeyEntry sealKey, Instant at) {
    return apply(signedPdf, hsm, sealKey, at, null);
  }

  /**
   * @param appearance the seal image over the leader's signature; null for an invisible seal
   */
  public byte[] apply(
      byte[] signedPdf,
      SignatureTokenConnection hsm,
      DSSPrivateKeyEntry sealKey,
      Instant at,
      Appearance appearance) {
    List<SignatureVerdict> verdicts = validation.validate(signedPdf);
    if (verdicts.isEmpty()) {
      throw new SigningRefusedException(
          Reason.LEADER_SIGNATURE_MISSING, "the document carries no signature to seal over");
    }
    for (SignatureVerdict verdict : verdicts) {
      if (!verdict.valid()) {
        throw new SigningRefusedException(
            Reason.LEADER_SIGNATURE_INVALID,
            "the signature of "
                + verdict.signedBy()
                + " is "
                + verdict.indication()
                + (verdict.subIndication() == null ? "" : "/" + verdict.subIndication())
                + ": "
                + String.join("; ", verdict.errors()));
      }
    }
    return sealer.seal(signedPdf, hsm, sealKey, at, appearance);
  }
}
