package vn.eoffice.documents.control;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import vn.eoffice.documents.boundary.DocumentView;
import vn.eoffice.documents.boundary.NewIncomingDocument;

/**
 * One clerk's registration waiting to be written: the checked command, who asked and from where,
 * when it arrived, and the answer the clerk waits for.
 */
public record IncomingRegistration(
    NewIncomingDocument command,
    String clerk,
    String origin,
    Instant registeredAt,
    int year,
    CompletableFuture<DocumentView> answer) {

  public IncomingRegistration(
      NewIncomingDocument command, String clerk, String origin, Instant registeredAt, int year) {
    this(command, clerk, origin, registeredAt, year, new CompletableFuture<>());
  }
}
