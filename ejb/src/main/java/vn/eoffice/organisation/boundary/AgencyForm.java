package vn.eoffice.organisation.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An agency as the platform administrator creates or changes it. The abbreviation goes into số ký
 * hiệu (15/QĐ-UBND), so it takes capital letters (Vietnamese ones included, as in SNV or UBND) and
 * digits only; the mã định danh is checked as {@code OrganCode} reads it.
 */
public record AgencyForm(
    @NotBlank @Size(max = 255) String name,
    @NotBlank @Size(max = 20) @Pattern(regexp = "[\\p{Lu}0-9]+") String abbreviation,
    @Size(max = 13) String organisationCode,
    Long parentId,
    @Size(max = 500) String address,
    @Email @Size(max = 254) String email,
    @Size(max = 40) @Pattern(regexp = "[0-9 +().-]*") String telephone,
    @Size(max = 100) String placeName) {}
