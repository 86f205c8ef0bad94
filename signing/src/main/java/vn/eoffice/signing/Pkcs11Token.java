package vn.eoffice.signing;

import eu.europa.esig.dss.token.Pkcs11SignatureToken;
import java.nio.file.Path;
import java.security.KeyStore;

/**
 * A PKCS#11 token in a given slot, for DSS. DSS's own token takes the slot id as an {@code int};
 * PKCS#11 slot ids are unsigned longs (SoftHSM's exceed an int's range), so this one writes the
 * provider's configuration itself.
 */
public final class Pkcs11Token extends Pkcs11SignatureToken {

  private final Path library;
  private final long slot;

  public Pkcs11Token(Path library, long slot, char[] pin) {
    super(library.toString(), new KeyStore.PasswordProtection(pin));
    this.library = library;
    this.slot = slot;
  }

  @Override
  protected String buildConfig() {
    return "name = eoffice-"
        + Long.toUnsignedString(slot)
        + "\nlibrary = \""
        + escapePath(library.toString())
        + "\"\nslot = "
        + Long.toUnsignedString(slot)
        + "\n";
  }

  /** The PKCS#11 provider holding the token's keys, for signing with them outside DSS. */
  public java.security.Provider provider() {
    return getProvider();
  }
}
