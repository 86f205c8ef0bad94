package vn.eoffice.organisation.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The administrator the platform administrator names for a new agency, with a first password. */
public record FirstAdministrator(
    @NotBlank @Size(min = 3, max = 64) @Pattern(regexp = "[a-z0-9._-]+") String username,
    @NotBlank @Size(max = 255) String fullName,
    @NotNull @Size(min = 10, max = 128) String password) {}
