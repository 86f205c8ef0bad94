package vn.eoffice.archive.boundary;

import java.time.Instant;
import java.time.LocalDate;
import vn.eoffice.archive.entity.Loan;

/** A borrowing of a file in the archive, with the file it is for. */
public record LoanView(
    long id,
    long caseFileId,
    String fileTitle,
    String borrower,
    String purpose,
    Instant requestedAt,
    Loan.State state,
    LocalDate until,
    String decidedBy,
    Instant decidedAt,
    String refusal) {

  static LoanView of(Loan l) {
    return new LoanView(
        l.getId(),
        l.getCaseFile().getId(),
        l.getCaseFile().getTitle(),
        l.getBorrower(),
        l.getPurpose(),
        l.getRequestedAt(),
        l.getState(),
        l.getUntil(),
        l.getDecidedBy(),
        l.getDecidedAt(),
        l.getRefusal());
  }
}
