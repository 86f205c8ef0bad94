package vn.eoffice.archive.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;

/**
 * Closing a case file: the retention confirmed (years, or {@code permanent}; left out, the file's
 * own stands) and the end date (left out, the date of its latest document).
 */
public record ClosingForm(
    @Min(1) @Max(100) Integer retentionYears, Boolean permanent, LocalDate endDate) {}
