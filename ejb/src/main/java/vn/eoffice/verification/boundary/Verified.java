package vn.eoffice.verification.boundary;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the public verification page says of an issued document: who issued it, its số ký hiệu, date
 * and type, its subject (not for a confidential document), the SHA-256 of the issued file and what
 * the check of its signatures found ({@code VALID}, {@code INVALID}, {@code INDETERMINATE}, {@code
 * NONE}, or {@code PENDING} while it is being checked).
 */
public record Verified(
    String agencyName,
    String organCode,
    String notation,
    LocalDate documentDate,
    String typeName,
    String subject,
    boolean confidential,
    Instant issuedAt,
    String fileName,
    String sha256,
    String signatures,
    int signatureCount) {

  /** Whether the page may call the document valid: issued, and its signatures hold. */
  public boolean valid() {
    return "VALID".equals(signatures);
  }
}
