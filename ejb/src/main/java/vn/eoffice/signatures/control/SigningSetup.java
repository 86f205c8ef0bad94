package vn.eoffice.signatures.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.eoffice.platform.control.Settings;
import vn.eoffice.signing.PdfSignatureValidation;
import vn.eoffice.signing.SigningProfile;
import vn.eoffice.signing.TwoStepSigning;

/**
 * The signing configuration, read from the settings on every use so that a change applies to the
 * next signature:
 *
 * <ul>
 *   <li>{@code EOFFICE_SIGNING_TRUST_ANCHORS}: PEM files of the trusted root certificates
 *       (comma-separated; the national root CA in production);
 *   <li>{@code EOFFICE_SIGNING_TSA_URL}: the RFC 3161 time-stamping authority;
 *   <li>{@code EOFFICE_SIGNING_LEVEL}: B, T or LT (default T with a TSA, else B).
 * </ul>
 *
 * Revocation is checked online, from the OCSP and CRL addresses in the certificates.
 */
@ApplicationScoped
public class SigningSetup {

  /** How long the data to be signed waits for the token's signature. */
  public static final Duration REQUEST_LIFETIME = Duration.ofMinutes(5);

  public SigningProfile profile() {
    Optional<String> tsa = Settings.get("eoffice.signing.tsa-url").filter(s -> !s.isBlank());
    SigningProfile.Level level =
        Settings.get("eoffice.signing.level")
            .map(s -> SigningProfile.Level.valueOf(s.strip().toUpperCase(Locale.ROOT)))
            .orElse(tsa.isPresent() ? SigningProfile.Level.T : SigningProfile.Level.B);
    return new SigningProfile(level, tsa.orElse(null), trustAnchors());
  }

  public TwoStepSigning twoStep() {
    return new TwoStepSigning(profile());
  }

  public PdfSignatureValidation validation() {
    return PdfSignatureValidation.online(trustAnchors());
  }

  /** The configured roots; none configured means no signature can be trusted. */
  public List<X509Certificate> trustAnchors() {
    List<X509Certificate> anchors = new ArrayList<>();
    String files = Settings.get("eoffice.signing.trust-anchors").orElse("");
    for (String file : files.split(",")) {
      if (file.isBlank()) {
        continue;
      }
      try (InputStream in = Files.newInputStream(Path.of(file.strip()))) {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        factory.generateCertificates(in).forEach(c -> anchors.add((X509Certificate) c));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the trust anchors in " + file.strip(), e);
      } catch (CertificateException e) {
        throw new IllegalStateException("not PEM certificates: " + file.strip(), e);
      }
    }
    return anchors;
  }
}
