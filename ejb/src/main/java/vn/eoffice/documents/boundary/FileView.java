package vn.eoffice.documents.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.eoffice.documents.entity.DocumentFile;
import vn.eoffice.documents.entity.FileVersion;
import vn.eoffice.documents.entity.SignatureCheck;

/** A document's file with all its versions, newest last. */
public record FileView(long id, int position, List<Version> versions) {

  /** One version of the file. */
  public record Version(
      int number,
      String fileName,
      String mediaType,
      long size,
      String sha256,
      String createdBy,
      Instant createdAt,
      Signatures signatures) {

    static Version of(FileVersion v, Map<String, SignatureCheck> checks) {
      SignatureCheck check = checks.get(v.getContent().getSha256());
      return new Version(
          v.getNumber(),
          v.getContent().getFileName(),
          v.getContent().getMediaType(),
          v.getContent().getSize(),
          v.getContent().getSha256(),
          v.getCreatedBy(),
          v.getCreatedAt(),
          check == null ? null : Signatures.of(check));
    }
  }

  /**
   * What the last validation of a PDF version's signatures found (absent when not yet checked):
   * NONE, VALID, INVALID or INDETERMINATE, with each signature's status.
   */
  public record Signatures(String outcome, int count, List<String> statuses, Instant checkedAt) {

    static Signatures of(SignatureCheck check) {
      return new Signatures(
          check.getOutcome().name(),
          check.getSignatureCount(),
          check.getStatuses(),
          check.getCheckedAt());
    }
  }

  static FileView of(DocumentFile file, Map<String, SignatureCheck> checks) {
    return new FileView(
        file.getId(),
        file.getPosition(),
        file.getVersions().stream().map(v -> Version.of(v, checks)).toList());
  }
}
