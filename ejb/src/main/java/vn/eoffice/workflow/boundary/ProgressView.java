package vn.eoffice.workflow.boundary;

import java.time.Instant;
import vn.eoffice.workflow.entity.ProgressReport;

/** A progress report as the handling form shows it. */
public record ProgressView(
    long id, long assignmentId, String author, Instant writtenAt, String note, String fileNames) {

  public static ProgressView of(ProgressReport p) {
    return new ProgressView(
        p.getId(),
        p.getAssignment().getId(),
        p.getAuthor(),
        p.getWrittenAt(),
        p.getNote(),
        p.getFileNames());
  }
}
