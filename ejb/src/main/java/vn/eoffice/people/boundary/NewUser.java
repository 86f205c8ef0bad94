package vn.eoffice.people.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import vn.eoffice.people.entity.Role;

/** A user account to create, with its initial password. */
public record NewUser(
    @NotBlank @Size(min = 3, max = 64) @Pattern(regexp = "[a-z0-9._-]+") String username,
    @NotBlank @Size(max = 255) String fullName,
    @Size(max = 255) String positionTitle,
    @NotNull @Size(min = 10, max = 128) String password,
    @NotEmpty Set<Role> roles,
    Set<Long> unitIds) {}
