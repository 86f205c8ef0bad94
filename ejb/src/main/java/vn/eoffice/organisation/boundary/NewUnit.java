package vn.eoffice.organisation.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A unit to create. The abbreviation goes into số ký hiệu, so it takes letters (Vietnamese ones
 * included, as in ĐC) and digits only.
 */
public record NewUnit(
    @NotBlank @Size(max = 255) String name,
    @NotBlank @Size(max = 20) @Pattern(regexp = "[\\p{L}0-9]+") String abbreviation,
    Long parentId) {}
