package vn.eoffice.archive.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The head's approval for a unit to keep a closed file back until a date (up to two years). */
public record KeepingBack(@NotNull LocalDate until, @NotBlank @Size(max = 1000) String reason) {}
