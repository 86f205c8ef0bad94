package vn.eoffice.documents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * What the last validation of a PDF's signatures found, kept by content (SHA-256) so that every
 * version of every file holding it shows the result without validating again.
 */
@Entity
@Table(name = "signature_check")
@NamedQuery(
    name = SignatureCheck.OF_CONTENTS,
    query = "SELECT c FROM SignatureCheck c WHERE c.sha256 IN :sha256s")
public class SignatureCheck {

  public static final String OF_CONTENTS = "SignatureCheck.ofContents";

  /** The file's signatures taken together. */
  public enum Outcome {
    /** The PDF carries no signature. */
    NONE,
    /** Every signature passed. */
    VALID,
    /** At least one failed: changed after signing, broken, revoked. */
    INVALID,
    /** None failed, but not every one could be confirmed (untrusted, expired, unknown status). */
    INDETERMINATE
  }

  @Id
  @Column(length = 64)
  private String sha256;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Outcome outcome;

  @Column(name = "signature_count", nullable = false)
  private int signatureCount;

  /** Each signature's status in the order they were made, comma-separated. */
  @Column(nullable = false, length = 2000)
  private String statuses;

  @Column(name = "checked_at", nullable = false)
  private Instant checkedAt;

  protected SignatureCheck() {}

  public SignatureCheck(String sha256) {
    this.sha256 = sha256;
  }

  /**
   * Records a validation.
   *
   * @param indications each signature's DSS indication (TOTAL_PASSED, TOTAL_FAILED, INDETERMINATE)
   * @param statuses each signature's status as the report words it
   */
  public void record(List<String> indications, List<String> statuses, Instant at) {
    this.signatureCount = indications.size();
    this.outcome = outcomeOf(indications);
    String joined = String.join(",", statuses);
    this.statuses = joined.length() <= 2000 ? joined : joined.substring(0, 2000);
    this.checkedAt = at;
  }

  static Outcome outcomeOf(List<String> indications) {
    if (indications.isEmpty()) {
      return Outcome.NONE;
    }
    if (indications.stream().allMatch("TOTAL_PASSED"::equals)) {
      return Outcome.VALID;
    }
    return indications.contains("TOTAL_FAILED") ? Outcome.INVALID : Outcome.INDETERMINATE;
  }

  public String getSha256() {
    return sha256;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public int getSignatureCount() {
    return signatureCount;
  }

  public List<String> getStatuses() {
    return statuses.isEmpty() ? List.of() : List.of(statuses.split(","));
  }

  public Instant getCheckedAt() {
    return checkedAt;
  }
}
