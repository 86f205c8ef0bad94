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

  /** The tokens opened so far, by label: one HSM may hold every agency's token. */
  private final java.util.Map<String, Pkcs11Token> tokens = new java.util.HashMap<>();

  private String openedFor;

  /** Whether a seal key is configured for the agency: the HSM's library and a token. */
  public boolean configured(SealKey key) {
    return Settings.get("eoffice.seal.pkcs11-library").isPresent() && key.tokenLabel() != null;
  }

  /**
   * Seals the signed PDF with the agency's key after checking every signature on it.
   *
   * @throws vn.eoffice.signing.SigningRefusedException when the leader's signature is missing or
   *     does not validate
   */
  public synchronized byte[] seal(
      byte[] signedPdf, Instant at, Appearance appearance, SealKey key) {
    OrganisationSeal seal =
        new OrganisationSeal(setup.validation(), new PadesSealer(setup.profile()));
    Pkcs11Token open = open(key);
    try {
      return seal.apply(signedPdf, open, key(open, key), at, appearance);
    } catch (java.security.ProviderException | eu.europa.esig.dss.model.DSSException e) {
      close();
      throw e;
    }
  }

  /**
   * Signs an attachment in its own file with the agency's key: no leader's signature is expected
   * there (Phụ lục I: the organisation signs attachments alone).
   */
  public synchronized byte[] stamp(byte[] pdf, Instant at, Appearance appearance, SealKey key) {
    Pkcs11Token open = open(key);
    try {
      return new PadesSealer(setup.profile()).seal(pdf, open, key(open, key), at, appearance);
    } catch (java.security.ProviderException | eu.europa.esig.dss.model.DSSException e) {
      close();
      throw e;
    }
  }

  /**
   * Signs an edXML message in place with the agency's key (an enveloped XML signature, see {@link
   * vn.eoffice.edxml.EdXmlSignature}). The message's digest is taken outside the token's lock: the
   * token signs only the few hundred bytes of SignedInfo, so deliveries sign side by side.
   */
  public void signEdXml(org.w3c.dom.Document message, SealKey key) {
    java.security.cert.X509Certificate certificate = certificate(key);
    vn.eoffice.edxml.EdXmlSignature.sign(message, certificate, bytes -> signRaw(bytes, key));
  }

  private synchronized byte[] signRaw(byte[] bytes, SealKey key) {
    Pkcs11Token open = open(key);
    try {
      DSSPrivateKeyEntry entry = key(open, key);
      if (!(entry instanceof KSPrivateKeyEntry ks)) {
        throw new IllegalStateException("the seal key cannot sign XML");
      }
      java.security.Signature signature =
          java.security.Signature.getInstance(
              vn.eoffice.edxml.EdXmlSignature.algorithm(entry.getCertificate().getCertificate()),
              open.provider());
      signature.initSign(ks.getPrivateKey());
      signature.update(bytes);
      return signature.sign();
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException("the seal key could not sign: " + e.getMessage(), e);
    } catch (java.security.ProviderException | eu.europa.esig.dss.model.DSSException e) {
      close();
      throw e;
    }
  }

  /** The certificate of the agency's seal key: partners check its packages with it. */
  public synchronized java.security.cert.X509Certificate certificate(SealKey key) {
    Pkcs11Token open = open(key);
    try {
      return key(open, key).getCertificate().getCertificate();
    } catch (java.security.ProviderException | eu.europa.esig.dss.model.DSSException e) {
      close();
      throw e;
    }
  }

  private Pkcs11Token open(SealKey key) {
    String library =
        Settings.get("eoffice.seal.pkcs11-library")
            .orElseThrow(() -> new IllegalStateException("EOFFICE_SEAL_PKCS11_LIBRARY is not set"));
    String label = key.tokenLabel();
    if (label == null) {
      throw new IllegalStateException("no seal token: EOFFICE_SEAL_TOKEN_LABEL is not set");
    }
    if (!library.equals(openedFor)) {
      close();
      openedFor = library;
    }
    Pkcs11Token open = tokens.get(label);
    if (open != null) {
      return open;
    }
    char[] pin = Settings.get("eoffice.seal.pin").orElse("").toCharArray();
    long slot = Pkcs11Slots.slotOf(Path.of(library), label);
    open = new Pkcs11Token(Path.of(library), slot, pin);
    tokens.put(label, open);
    LOG.info(() -> "Seal: token \"" + label + "\" in slot " + slot + " of " + library);
    return open;
  }

  private static DSSPrivateKeyEntry key(Pkcs11Token token, SealKey key) {
    List<DSSPrivateKeyEntry> keys = token.getKeys();
    String alias = key.keyAlias();
    if (alias == null) {
      if (keys.size() != 1) {
        throw new IllegalStateException(
            "the seal token holds " + keys.size() + " keys; name the agency's key alias");
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
    tokens.values().forEach(Pkcs11Token::close);
    tokens.clear();
    openedFor = null;
  }
}
