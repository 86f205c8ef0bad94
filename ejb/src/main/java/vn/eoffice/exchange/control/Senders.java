package vn.eoffice.exchange.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import vn.eoffice.edxml.EdXmlReader;
import vn.eoffice.edxml.EdXmlSignature;
import vn.eoffice.exchange.entity.Partner;
import vn.eoffice.exchange.entity.Refusal;

/**
 * Whether a message from elsewhere is its sender's: the sender an active partner of the directory,
 * and the message's XML signature made with the key of the certificate the directory holds for it,
 * over the message as it arrived. What is refused is kept with the reason.
 */
@Dependent
public class Senders {

  private static final Logger LOG = Logger.getLogger(Senders.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Directory directory;

  /**
   * Null when the message is the partner's own; else the refusal, kept (with the message's bytes
   * when it names a partner, for inspection; a stranger's are not kept).
   */
  Receipt untrusted(
      EdXmlReader.Read read, String from, String to, Receiver.Kept kept, Instant now) {
    Optional<Partner> partner = directory.partner(from).filter(Partner::isActive);
    if (partner.isEmpty()) {
      return refuse(
          now,
          from,
          to,
          403,
          "UnknownSender",
          "the sender " + from + " is not in this installation's directory of partners",
          null);
    }
    EdXmlSignature.Verdict verdict =
        read.namespaced()
            ? EdXmlSignature.verify(read, certificate(partner.get().getCertificate()))
            : new EdXmlSignature.Verdict(
                EdXmlSignature.Outcome.INVALID, "the message's namespaces do not resolve");
    if (!verdict.valid()) {
      // The answer tells the sender why (its outbox keeps the reason): nothing is kept for the
      // recipients of a message that may not be what the sender wrote.
      return refuse(now, from, to, 422, "SignatureInvalid", verdict.reason(), kept.sha256());
    }
    return null;
  }

  /** Keeps the refusal for the platform administrator and answers it. */
  Receipt refuse(
      Instant now, String from, String to, int status, String code, String reason, String payload) {
    em.persist(new Refusal(now, from, to, code, reason, payload));
    LOG.info(() -> "Refused a message from " + from + " to " + to + ": " + code + ", " + reason);
    return Receipt.refused(status, code, reason);
  }

  /**
   * The X.509 certificate in PEM.
   *
   * @throws IllegalArgumentException when it is not one
   */
  public static X509Certificate certificate(String pem) {
    try {
      return (X509Certificate)
          CertificateFactory.getInstance("X.509")
              .generateCertificate(
                  new ByteArrayInputStream(pem.strip().getBytes(StandardCharsets.US_ASCII)));
    } catch (CertificateException | ClassCastException e) {
      throw new IllegalArgumentException(
          "not an X.509 certificate in PEM (-----BEGIN CERTIFICATE----- …): " + e.getMessage(), e);
    }
  }
}
