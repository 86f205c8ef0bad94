package vn.eoffice.archive.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What a borrowing is asked and decided with. */
public final class LoanForms {

  private LoanForms() {}

  /** Why the file is to be read. */
  public record Request(@NotBlank @Size(max = 1000) String purpose) {}

  /** The head's approval: readable until that day (at most 90 days ahead). */
  public record Approval(@NotNull LocalDate until) {}

  /** The head's refusal, with the reason. */
  public record Refusal(@NotBlank @Size(max = 1000) String reason) {}
}
