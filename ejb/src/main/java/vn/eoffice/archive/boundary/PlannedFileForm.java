package vn.eoffice.archive.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A file for the year's plan: its notation (số và ký hiệu hồ sơ, up to 20 characters), title,
 * retention in years ({@code permanent} for vĩnh viễn), unit and the person who will keep it.
 */
public record PlannedFileForm(
    @NotBlank @Size(max = 20) @Pattern(regexp = "[\\p{L}\\p{N}.\\-/_ ]+") String notation,
    @NotBlank @Size(max = 500) String title,
    @Min(1) @Max(100) Integer retentionYears,
    boolean permanent,
    Long unitId,
    @Size(max = 64) String responsible) {}
