package vn.eoffice.documents.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.eoffice.documents.entity.DocumentFile;
import vn.eoffice.documents.entity.FileVersion;
import vn.eoffice.documents.entity.SignatureCheck;
import vn.eoffice.recognition.entity.TextRecognition;

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
      Signatures signatures,
      Recognition recognition) {

    static Version of(
        FileVersion v,
        Map<String, SignatureCheck> checks,
        Map<String, TextRecognition> recognitions) {
      SignatureCheck check = checks.get(v.getContent().getSha256());
      TextRecognition recognised = recognitions.get(v.getContent().getSha256());
      return new Version(
          v.getNumber(),
          v.getContent().getFileName(),
          v.getContent().getMediaType(),
          v.getContent().getSize(),
          v.getContent().getSha256(),
          v.getCreatedBy(),
          v.getCreatedAt(),
          check == null ? null : Signatures.of(check),
          recognised == null ? null : Recognition.of(recognised));
    }
  }

  /**
   * Where the text recognition of a scan stands (absent for a file with its own text): WAITING,
   * WORKING, DONE or FAILED, the pages read of all, the lowest resolution found and whether it is
   * below the 200 dpi Circular 02/2019 asks, whether a searchable copy is there.
   */
  public record Recognition(
      String state,
      int pages,
      int pagesDone,
      Integer lowestDpi,
      boolean lowResolution,
      boolean searchable,
      String failure) {

    static Recognition of(TextRecognition r) {
      return new Recognition(
          r.getState().name(),
          r.getPages(),
          r.getPagesDone(),
          r.getLowestDpi(),
          r.lowResolution(),
          r.getSearchableSha256() != null,
          r.getState() == vn.eoffice.recognition.entity.RecognitionState.FAILED
              ? r.getFailure()
              : null);
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

  static FileView of(
      DocumentFile file,
      Map<String, SignatureCheck> checks,
      Map<String, TextRecognition> recognitions) {
    return new FileView(
        file.getId(),
        file.getPosition(),
        file.getVersions().stream().map(v -> Version.of(v, checks, recognitions)).toList());
  }
}
