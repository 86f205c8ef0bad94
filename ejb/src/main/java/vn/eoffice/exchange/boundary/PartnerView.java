package vn.eoffice.exchange.boundary;

import java.time.Instant;
import vn.eoffice.exchange.entity.Partner;

/** A partner as the platform administrator sees it; the certificate named by its subject. */
public record PartnerView(
    long id,
    String organCode,
    String name,
    String endpoint,
    String certificateSubject,
    Instant certificateExpires,
    boolean active) {

  static PartnerView of(Partner partner, java.security.cert.X509Certificate certificate) {
    return new PartnerView(
        partner.getId(),
        partner.getOrganCode(),
        partner.getName(),
        partner.getEndpoint(),
        certificate.getSubjectX500Principal().getName(),
        certificate.getNotAfter().toInstant(),
        partner.isActive());
  }
}
