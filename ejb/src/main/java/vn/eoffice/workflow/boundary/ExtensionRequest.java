package vn.eoffice.workflow.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A request for a later deadline, with the reason. */
public record ExtensionRequest(
    @NotNull LocalDate deadline, @NotBlank @Size(max = 2000) String reason) {}
