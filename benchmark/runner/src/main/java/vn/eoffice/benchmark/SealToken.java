package vn.eoffice.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The seal key of the exchange benchmark's installations: a SoftHSM token made in the work folder,
 * its RSA key and self-signed certificate made on the token by the JDK's keytool (through the
 * PKCS#11 provider), as an HSM's would be; both installations seal with it.
 */
record SealToken(Path configuration, String label, String pin) {

  static final Path LIBRARY = Path.of("/usr/lib/softhsm/libsofthsm2.so");

  static SealToken make(Path work) throws Exception {
    Path tokens = Files.createDirectories(work.resolve("tokens"));
    Path configuration = work.resolve("softhsm2.conf");
    Files.writeString(
        configuration,
        "directories.tokendir = " + tokens + "\nobjectstore.backend = file\nlog.level = ERROR\n");
    SealToken token = new SealToken(configuration, "bench-seal", "bench-pin-2468");
    token.run(
        List.of(
            "softhsm2-util",
            "--init-token",
            "--free",
            "--label",
            token.label(),
            "--pin",
            token.pin(),
            "--so-pin",
            "bench-so-1357"));
    Path provider = work.resolve("pkcs11.cfg");
    Files.writeString(provider, "name = bench\nlibrary = " + LIBRARY + "\nslotListIndex = 0\n");
    token.run(
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
            "-genkeypair",
            "-keystore",
            "NONE",
            "-storetype",
            "PKCS11",
            "-providerClass",
            "sun.security.pkcs11.SunPKCS11",
            "-providerArg",
            provider.toString(),
            "-storepass",
            token.pin(),
            "-alias",
            "seal",
            "-keyalg",
            "RSA",
            "-keysize",
            "2048",
            "-sigalg",
            "SHA256withRSA",
            "-validity",
            "30",
            "-dname",
            "CN=Con dau UBND, O=e-Office benchmark, C=VN"));
    return token;
  }

  /** What an installation needs to seal with it. */
  Map<String, String> environment() {
    return Map.of(
        "SOFTHSM2_CONF",
        configuration.toString(),
        "EOFFICE_SEAL_PKCS11_LIBRARY",
        LIBRARY.toString(),
        "EOFFICE_SEAL_TOKEN_LABEL",
        label,
        "EOFFICE_SEAL_PIN",
        pin);
  }

  private void run(List<String> command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("SOFTHSM2_CONF", configuration.toString());
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes());
    if (process.waitFor() != 0) {
      throw new IllegalStateException(command.get(0) + " failed: " + output);
    }
  }
}
