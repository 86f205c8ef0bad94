package vn.eoffice.documents.boundary;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * The same issuer, số ký hiệu and date are registered already this year. Nothing was saved; the
 * clerk looks at the documents named and may register again with {@code confirmDuplicate}.
 */
@ApplicationException(rollback = true)
public class PossibleDuplicateException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final transient List<DuplicateCandidate> candidates;

  public PossibleDuplicateException(List<DuplicateCandidate> candidates) {
    super("Possibly registered already: " + candidates);
    this.candidates = List.copyOf(candidates);
  }

  public List<DuplicateCandidate> candidates() {
    return candidates;
  }
}
