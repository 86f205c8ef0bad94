package vn.eoffice.documents.control;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import vn.eoffice.documents.boundary.DocumentView;
import vn.eoffice.documents.boundary.NewIncomingDocument;
import vn.eoffice.documents.entity.Document;

/**
 * One clerk's registration waiting to be written: the checked command, the document made of it (not
 * numbered or saved yet; its files are the clerk's uploads, still to be claimed), who asked and
 * from where, when it arrived, the answer the clerk waits for, and the clerk's turn: completed when
 * the answer is there or when the clerk is to write the next batch.
 */
public record IncomingRegistration(
    NewIncomingDocument command,
    Document document,
    String clerk,
    String origin,
    Instant registeredAt,
    int year,
    CompletableFuture<DocumentView> answer,
    CompletableFuture<Void> turn) {

  public IncomingRegistration(
      NewIncomingDocument command,
      Document document,
      String clerk,
      String origin,
      Instant registeredAt,
      int year) {
    this(
        command,
        document,
        clerk,
        origin,
        registeredAt,
        year,
        new CompletableFuture<>(),
        new CompletableFuture<>());
  }

  /** The agency whose register it goes into: a batch holds one agency's registrations. */
  long agencyId() {
    return document.getAgencyId();
  }

  /** Whether the clerk has seen the possible duplicates and registers all the same. */
  boolean confirmed() {
    return command.confirmDuplicate();
  }

  void answer(DocumentView view) {
    answer.complete(view);
    turn.complete(null);
  }

  void fail(Throwable failure) {
    answer.completeExceptionally(failure);
    turn.complete(null);
  }
}
