package vn.eoffice.signing.pkcs11;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.Provider;
import java.security.Security;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.eoffice.signing.pki.TestPki;

/**
 * SoftHSM2 standing in for a user's USB token or the server's HSM. Tokens live in a folder of their
 * own, named by the {@code SOFTHSM2_CONF} the test JVM was started with (SoftHSM reads it when the
 * library is first loaded); slots are found by token label, since their ids change on every
 * initialisation.
 */
public final class SoftHsm {

  /** Debian's SoftHSM2 (package softhsm2). */
  public static final Path LIBRARY = Path.of("/usr/lib/softhsm/libsofthsm2.so");

  private static final Pattern SLOT = Pattern.compile("reassigned to slot (\\d+)");

  private final Path configuration;

  private SoftHsm(Path configuration) {
    this.configuration = configuration;
  }

  /**
   * The SoftHSM of this JVM: writes the configuration named by {@code SOFTHSM2_CONF} (token folder
   * beside it) unless it exists.
   */
  public static SoftHsm ofThisJvm() {
    String name = System.getenv("SOFTHSM2_CONF");
    if (name == null) {
      throw new IllegalStateException("SOFTHSM2_CONF is not set for this JVM");
    }
    Path configuration = Path.of(name);
    try {
      Path tokens = configuration.resolveSibling("tokens");
      Files.createDirectories(tokens);
      if (!Files.exists(configuration)) {
        Files.writeString(
            configuration,
            "directories.tokendir = "
                + tokens
                + "\nobjectstore.backend = file\nlog.level = ERROR\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new SoftHsm(configuration);
  }

  /** Initialises a new token in a free slot and returns its slot id. */
  public long initToken(String label, String userPin, String soPin) {
    String output =
        run(
            List.of(
                "softhsm2-util",
                "--init-token",
                "--free",
                "--label",
                label,
                "--pin",
                userPin,
                "--so-pin",
                soPin));
    Matcher slot = SLOT.matcher(output);
    if (!slot.find()) {
      throw new IllegalStateException("softhsm2-util gave no slot: " + output);
    }
    return Long.parseLong(slot.group(1));
  }

  /** A SunPKCS11 provider for the token in this slot, as the signing agent would configure it. */
  public static Provider provider(String name, long slot) {
    String configuration = "--name=" + name + "\nlibrary=" + LIBRARY + "\nslot=" + slot + "\n";
    return Security.getProvider("SunPKCS11").configure(configuration);
  }

  /** Writes the credential's key and certificate chain onto the token under this alias. */
  public static void importCredential(
      Provider token, char[] pin, String alias, TestPki.Credential credential) {
    try {
      KeyStore store = KeyStore.getInstance("PKCS11", token);
      store.load(null, pin);
      store.setKeyEntry(
          alias, credential.key(), null, credential.chain().toArray(new X509Certificate[0]));
    } catch (Exception e) {
      throw new IllegalStateException("cannot write " + alias + " onto the token", e);
    }
  }

  private String run(List<String> command) {
    try {
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
      builder.environment().put("SOFTHSM2_CONF", configuration.toString());
      Process process = builder.start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException(String.join(" ", command.subList(0, 2)) + ": " + output);
      }
      return output;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
