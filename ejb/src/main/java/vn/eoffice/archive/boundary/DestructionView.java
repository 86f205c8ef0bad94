package vn.eoffice.archive.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.eoffice.archive.entity.Destruction;

/**
 * A destruction: its files, the council's decision, who approved and carried it out, its record.
 */
public record DestructionView(
    long id,
    Destruction.State state,
    String proposedBy,
    Instant proposedAt,
    String decision,
    LocalDate decisionDate,
    String council,
    String approvedBy,
    Instant approvedAt,
    String carriedOutBy,
    Instant carriedOutAt,
    String record,
    List<Long> fileIds) {

  /** The archivist's proposal: the files whose retention has run out. */
  public record Proposal(@NotEmpty @Size(max = 500) List<@NotNull Long> fileIds) {}

  /** The council's decision (number and date) and its members, as the head approves it. */
  public record Approval(
      @NotBlank @Size(max = 100) String decision,
      @NotNull LocalDate decisionDate,
      @NotBlank @Size(max = 2000) String council) {}

  static DestructionView of(Destruction d) {
    return new DestructionView(
        d.getId(),
        d.getState(),
        d.getProposedBy(),
        d.getProposedAt(),
        d.getDecision(),
        d.getDecisionDate(),
        d.getCouncil(),
        d.getApprovedBy(),
        d.getApprovedAt(),
        d.getCarriedOutBy(),
        d.getCarriedOutAt(),
        d.getRecord(),
        d.getFiles().stream().map(f -> f.getId()).toList());
  }
}
