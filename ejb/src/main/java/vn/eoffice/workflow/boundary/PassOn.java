package vn.eoffice.workflow.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** A unit leader hands the unit's line to persons of the unit, with their own instruction. */
public record PassOn(
    @Size(max = 2000) String instruction,
    @NotBlank @Size(max = 64) String lead,
    @Size(max = 50) List<String> cooperators,
    LocalDate deadline) {}
