package vn.eoffice.signatures.control;

import vn.eoffice.organisation.entity.Agency;
import vn.eoffice.platform.control.Settings;

/**
 * Where an agency's seal key is: the HSM token's label and the key's alias on it. What the agency
 * does not name is the installation's ({@code EOFFICE_SEAL_TOKEN_LABEL}, {@code
 * EOFFICE_SEAL_KEY_ALIAS}); no alias means the token's only key.
 */
public record SealKey(String tokenLabel, String keyAlias) {

  public static SealKey of(Agency agency) {
    return new SealKey(
        agency.getSealTokenLabel() != null
            ? agency.getSealTokenLabel()
            : Settings.get("eoffice.seal.token-label").orElse(null),
        agency.getSealKeyAlias() != null
            ? agency.getSealKeyAlias()
            : agency.getSealTokenLabel() != null
                ? null
                : Settings.get("eoffice.seal.key-alias").orElse(null));
  }
}
