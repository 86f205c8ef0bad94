package vn.eoffice.archive.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.eoffice.archive.entity.Access;

/**
 * Opening a case file: from a planned file of an approved plan ({@code plannedId}, its notation,
 * title and retention then come from the plan), or outside the plan with the fields set here.
 * Access defaults to open, the language to Vietnamese, the start date to today.
 */
public record OpeningForm(
    Long plannedId,
    @Min(1990) @Max(2200) Integer year,
    @Size(max = 20) @Pattern(regexp = "[\\p{L}\\p{N}.\\-/_ ]+") String notation,
    @Size(max = 500) String title,
    @Min(1) @Max(100) Integer retentionYears,
    boolean permanent,
    Access access,
    @Size(max = 50) String language,
    LocalDate startDate,
    @Size(max = 500) String description,
    @Size(max = 500) String keywords,
    Long unitId) {}
