package vn.eoffice.documents.boundary;

import java.time.Instant;
import vn.eoffice.documents.entity.Document;

/** An earlier registration that looks like the same document. */
public record DuplicateCandidate(
    long id, Integer number, String notation, String issuerName, Instant registeredAt) {

  public static DuplicateCandidate of(Document d) {
    return new DuplicateCandidate(
        d.getId(), d.getNumber(), d.getNotation(), d.getIssuerName(), d.getRegisteredAt());
  }
}
