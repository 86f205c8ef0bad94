package vn.eoffice.documents.boundary;

import java.time.Instant;
import java.util.List;
import vn.eoffice.documents.entity.DocumentFile;
import vn.eoffice.documents.entity.FileVersion;

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
      Instant createdAt) {

    static Version of(FileVersion v) {
      return new Version(
          v.getNumber(),
          v.getContent().getFileName(),
          v.getContent().getMediaType(),
          v.getContent().getSize(),
          v.getContent().getSha256(),
          v.getCreatedBy(),
          v.getCreatedAt());
    }
  }

  static FileView of(DocumentFile file) {
    return new FileView(
        file.getId(), file.getPosition(), file.getVersions().stream().map(Version::of).toList());
  }
}
