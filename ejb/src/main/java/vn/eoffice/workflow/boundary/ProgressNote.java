package vn.eoffice.workflow.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A progress report, with files uploaded beforehand. */
public record ProgressNote(@NotBlank @Size(max = 2000) String note, List<Long> uploadIds) {}
