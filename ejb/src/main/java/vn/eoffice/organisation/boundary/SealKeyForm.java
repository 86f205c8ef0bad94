package vn.eoffice.organisation.boundary;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Where the agency's seal key is on the HSM: its token's label and the key's alias; either left
 * empty takes the installation's.
 */
public record SealKeyForm(
    @Size(max = 64) @Pattern(regexp = "[\\p{Graph} ]*") String tokenLabel,
    @Size(max = 64) @Pattern(regexp = "[\\p{Graph} ]*") String keyAlias) {}
