package vn.eoffice.signing.pki;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Poppler's {@code pdfsig}, an independent verifier: an NSS database made for the call trusts the
 * given root; pdfsig checks the certificates online (OCSP at the address in them: serve the test
 * PKI with {@link TestPkiServer}); the answer is what pdfsig prints for each signature.
 */
public final class Pdfsig {

  /** One signature as pdfsig reports it. */
  public record Report(
      String signerName, String signatureValidation, String certificateValidation) {}

  private Pdfsig() {}

  public static List<Report> verify(byte[] pdf, X509Certificate trustedRoot) {
    try {
      Path folder = Files.createTempDirectory("pdfsig");
      Path nss = Files.createDirectory(folder.resolve("nss"));
      Path root = folder.resolve("root.der");
      Files.write(root, trustedRoot.getEncoded());
      Path file = folder.resolve("signed.pdf");
      Files.write(file, pdf);
      run(List.of("certutil", "-N", "-d", "sql:" + nss, "--empty-password"));
      run(
          List.of(
              "certutil",
              "-A",
              "-d",
              "sql:" + nss,
              "-n",
              "test-root",
              "-t",
              "CT,C,C",
              "-i",
              root.toString()));
      String output = run(List.of("pdfsig", "-nssdir", "sql:" + nss, file.toString()));
      List<Report> reports = new ArrayList<>();
      String signer = null;
      String signature = null;
      for (String line : output.split("\n")) {
        String text = line.strip();
        if (text.startsWith("- Signer Certificate Common Name:")) {
          signer = value(text);
        } else if (text.startsWith("- Signature Validation:")) {
          signature = value(text);
        } else if (text.startsWith("- Certificate Validation:")) {
          reports.add(new Report(signer, signature, value(text)));
        }
      }
      return reports;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String value(String line) {
    return line.substring(line.indexOf(':') + 1).strip();
  }

  private static String run(List<String> command) throws IOException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(command.get(0) + " did not finish");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    // pdfsig exits non-zero when a signature is not valid; its report is still what we want.
    if (process.exitValue() != 0 && !command.get(0).equals("pdfsig")) {
      throw new IllegalStateException(String.join(" ", command) + ": " + output);
    }
    return output;
  }
}
