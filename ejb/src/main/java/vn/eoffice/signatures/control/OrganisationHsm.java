package vn.eoffice.signatures.control;

import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.KSPrivateKeyEntry;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import vn.eoffice.platform.control.Settings;
import vn.eoffice.signing.Appearance;
import vn.eoffice.signing.OrganisationSeal;
import vn.eoffice.signing.PadesSealer;
import vn.eoffice.signing.Pkcs11Slots;
import vn.eoffice.signing.Pkcs11Token;

/**
 * The organisation's seal key in the server's HSM, reached over PKCS#11 and configured by {@code
 * EOFFICE_SEAL_PKCS11_LIBRARY}, {@code EOFFICE_SEAL_TOKEN_LABEL}, {@code EOFFICE_SEAL_PIN} and
 * optionally {@code EOFFICE_SEAL_KEY_ALIAS} (default: the token's only key). The token stays open
 * between seals and is opened again when the configuration changes or the HSM went away; one seal
 * at a time. The PIN is never logged.
 */
@ApplicationScoped
public class OrganisationHsm {

  private static final Logger LOG = Logger.getLogger(OrganisationHsm.class.getName());

  @Inject SigningSetup setup;

  private Pkcs11Token token;
  private String openedFor;

  /** Whether a seal key is configured at all. */
  public boolean configured() {
    return Settings.get("eoffice.seal.pkcs11-library").isPresent()
        && Settings.get("eoffice.seal.token-label").isPresent();
  }

  /**
   * Seals the signed PDF after checking every signature on it.
   *
   * @throws vn.eoffice.signing.SigningRefusedException when the leader's signature is missing or
   *     does not validate
   */
  public synchronized byte[] seal(byte[] signedPdf, Instant at, Appearance appearance) {
    OrganisationSeal seal =
        new OrganisationSeal(setup.validation(), new PadesSealer(setup.profile()));
    Pkcs11Token open = open();
    try {
      return seal.apply(signedPdf, open, key(open), at, appearance);
    } catch (java.security.ProviderException | eu.europa.esig.dss.model.DSSException e) {
      close();
      throw e;
    }
  }

  /**
   * Signs an attachment in its own file with the organisation's key: no leader's signature is
   * expected there (Phụ lục I: the organisation signs attachments alone).
   */
  public synchronized byte[] stamp(byte[] pdf, Instant at, Appearance appearance) {
    Pkcs11Token open = open();
    try {
      return new PadesSealer(setup.profile()).seal(pdf, open, key(open), at, appearance);
    } catch (java.security.ProviderException | eu.europa.esig.dss.model.DSSException e) {
      close();
      throw e;
    }
  }

  private Pkcs11Token open() {
    String library =
        Settings.get("eoffice.seal.pkcs11-library")
            .orElseThrow(() -> new IllegalStateException("EOFFICE_SEAL_PKCS11_LIBRARY is not set"));
    String label =
        Settings.get("eoffice.seal.token-label")
            .orElseThrow(() -> new IllegalStateException("EOFFICE_SEAL_TOKEN_LABEL is not set"));
    String wanted = library + "\n" + label;
    if (token != null && wanted.equals(openedFor)) {
      return token;
    }
    close();
    char[] pin = Settings.get("eoffice.seal.pin").orElse("").toCharArray();
    long slot = Pkcs11Slots.slotOf(Path.of(library), label);
    token = new Pkcs11Token(Path.of(library), slot, pin);
    openedFor = wanted;
    LOG.info(() -> "Organisation seal: token \"" + label + "\" in slot " + slot + " of " + library);
    return token;
  }

  private static DSSPrivateKeyEntry key(Pkcs11Token token) {
    List<DSSPrivateKeyEntry> keys = token.getKeys();
    String alias = Settings.get("eoffice.seal.key-alias").orElse(null);
    if (alias == null) {
      if (keys.size() != 1) {
        throw new IllegalStateException(
            "the seal token holds " + keys.size() + " keys; set EOFFICE_SEAL_KEY_ALIAS");
      }
      return keys.get(0);
    }
    return keys.stream()
        .filter(k -> k instanceof KSPrivateKeyEntry ks && ks.getAlias().equals(alias))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no key \"" + alias + "\" on the seal token"));
  }

  @PreDestroy
  synchronized void close() {
    if (token != null) {
      token.close();
      token = null;
      openedFor = null;
    }
  }
}
