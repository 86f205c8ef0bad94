package vn.eoffice.people.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import vn.eoffice.people.entity.Role;

/** New values for an existing account: name, position, whether it may sign in, roles, units. */
public record UserChange(
    @NotBlank @Size(max = 255) String fullName,
    @Size(max = 255) String positionTitle,
    @NotNull Boolean enabled,
    @NotEmpty Set<Role> roles,
    Set<Long> unitIds) {}
