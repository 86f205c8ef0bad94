package vn.eoffice.signatures.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import vn.eoffice.signing.PdfSignatureValidation.SignatureVerdict;

/**
 * The clerk's report on a file's signatures: for each, who signed, when, at which level, and one
 * status the UI words in Vietnamese (VALID, CHANGED_AFTER_SIGNING, INTEGRITY_FAILED, REVOKED,
 * EXPIRED, UNTRUSTED, INDETERMINATE, FAILED), with DSS's indication and messages for the curious.
 */
public record SignatureReport(
    long documentId,
    long fileId,
    int version,
    String fileName,
    String sha256,
    Instant checkedAt,
    boolean allValid,
    List<Line> signatures) {

  /** One signature. */
  public record Line(
      String signedBy,
      Instant signingTime,
      String level,
      String status,
      String indication,
      String subIndication,
      List<String> errors) {

    static Line of(SignatureVerdict verdict) {
      return new Line(
          verdict.signedBy(),
          verdict.signingTime(),
          verdict.level(),
          statusOf(verdict),
          verdict.indication() == null ? null : verdict.indication().name(),
          verdict.subIndication() == null ? null : verdict.subIndication().name(),
          verdict.errors());
    }
  }

  private static final Set<String> INTEGRITY = Set.of("HASH_FAILURE", "SIG_CRYPTO_FAILURE");
  private static final Set<String> REVOKED =
      Set.of("REVOKED_NO_POE", "REVOKED_CA_NO_POE", "REVOKED");
  private static final Set<String> EXPIRED =
      Set.of("OUT_OF_BOUNDS_NO_POE", "OUT_OF_BOUNDS_NOT_REVOKED", "EXPIRED");
  private static final Set<String> UNTRUSTED =
      Set.of("NO_CERTIFICATE_CHAIN_FOUND", "NO_CERTIFICATE_CHAIN_FOUND_NO_POE");

  public static String statusOf(SignatureVerdict verdict) {
    if (verdict.valid()) {
      return "VALID";
    }
    String sub = verdict.subIndication() == null ? "" : verdict.subIndication().name();
    if (INTEGRITY.contains(sub)) {
      return "INTEGRITY_FAILED";
    }
    if (REVOKED.contains(sub)) {
      return "REVOKED";
    }
    if (EXPIRED.contains(sub)) {
      return "EXPIRED";
    }
    if (UNTRUSTED.contains(sub)) {
      return "UNTRUSTED";
    }
    boolean changed =
        verdict.errors().stream()
            .anyMatch(
                e -> {
                  String text = e.toLowerCase(java.util.Locale.ROOT);
                  return text.contains("visual") || text.contains("modification");
                });
    if (changed) {
      return "CHANGED_AFTER_SIGNING";
    }
    return verdict.indication() == eu.europa.esig.dss.enumerations.Indication.INDETERMINATE
        ? "INDETERMINATE"
        : "FAILED";
  }
}
