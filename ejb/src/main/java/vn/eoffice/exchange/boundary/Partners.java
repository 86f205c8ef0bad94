package vn.eoffice.exchange.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import vn.eoffice.audit.boundary.AuditLog;
import vn.eoffice.audit.entity.AuditAction;
import vn.eoffice.exchange.control.Directory;
import vn.eoffice.exchange.entity.Partner;
import vn.eoffice.exchange.entity.Refusal;
import vn.eoffice.people.entity.Role;
import vn.eoffice.platform.boundary.InputValidator;
import vn.eoffice.platform.boundary.InvalidInputException;
import vn.eoffice.platform.boundary.NotFoundException;
import vn.eoffice.platform.boundary.Violation;

/**
 * The platform administrator's directory of partner agencies elsewhere, and the messages refused
 * before they reached any agency here.
 */
@Stateless
@RolesAllowed(Role.PLATFORM_ADMIN_NAME)
public class Partners {

  @PersistenceContext EntityManager em;
  @Inject InputValidator input;
  @Inject Directory directory;
  @Inject Clock clock;
  @EJB AuditLog audit;

  /** A message refused on arrival, for inspection. */
  public record RefusalView(
      long id,
      java.time.Instant receivedAt,
      String fromOrgan,
      String toOrgan,
      String reasonCode,
      String reason,
      String payloadSha256) {}

  public List<PartnerView> partners() {
    return em.createNamedQuery(Partner.ALL, Partner.class).getResultList().stream()
        .map(p -> PartnerView.of(p, certificate(p.getCertificate())))
        .toList();
  }

  public PartnerView add(PartnerForm form) {
    input.check(form);
    X509Certificate certificate = certificate(form.certificate());
    if (directory.agency(form.organCode()).isPresent()
        || directory.partner(form.organCode()).isPresent()) {
      throw new InvalidInputException(
          Violation.of(
              "organCode",
              "Unique",
              "the organ code " + form.organCode() + " is in the directory already"));
    }
    Partner partner =
        new Partner(
            form.organCode(),
            form.name().strip(),
            form.endpoint().strip(),
            form.certificate().strip(),
            clock.instant());
    em.persist(partner);
    em.flush();
    audit.record(
        AuditAction.EXCHANGE_PARTNER_CHANGED,
        "Partner",
        partner.getId(),
        "added " + form.organCode());
    return PartnerView.of(partner, certificate);
  }

  public PartnerView change(long id, PartnerForm form) {
    input.check(form);
    Partner partner = find(id);
    if (!partner.getOrganCode().equals(form.organCode())) {
      throw new InvalidInputException(
          Violation.of("organCode", "Unchangeable", "a partner's organ code does not change"));
    }
    X509Certificate certificate = certificate(form.certificate());
    partner.change(form.name().strip(), form.endpoint().strip(), form.certificate().strip());
    audit.record(
        AuditAction.EXCHANGE_PARTNER_CHANGED, "Partner", id, "changed " + partner.getOrganCode());
    return PartnerView.of(partner, certificate);
  }

  public PartnerView activate(long id, boolean active) {
    Partner partner = find(id);
    partner.setActive(active);
    audit.record(
        AuditAction.EXCHANGE_PARTNER_CHANGED,
        "Partner",
        id,
        (active ? "activated " : "deactivated ") + partner.getOrganCode());
    return PartnerView.of(partner, certificate(partner.getCertificate()));
  }

  public List<RefusalView> refusals(int limit) {
    return em
        .createNamedQuery(Refusal.LATEST, Refusal.class)
        .setMaxResults(Math.min(Math.max(limit, 1), 500))
        .getResultList()
        .stream()
        .map(
            r ->
                new RefusalView(
                    r.getId(),
                    r.getReceivedAt(),
                    r.getFromOrgan(),
                    r.getToOrgan(),
                    r.getReasonCode(),
                    r.getReason(),
                    r.getPayloadSha256()))
        .toList();
  }

  private Partner find(long id) {
    Partner partner = em.find(Partner.class, id);
    if (partner == null) {
      throw new NotFoundException("Partner", id);
    }
    return partner;
  }

  static X509Certificate certificate(String pem) {
    try {
      return vn.eoffice.exchange.control.Senders.certificate(pem);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(Violation.of("certificate", "Certificate", e.getMessage()));
    }
  }
}
