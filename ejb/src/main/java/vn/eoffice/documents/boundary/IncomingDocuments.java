package vn.eoffice.documents.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.eoffice.documents.control.Attachments;
import vn.eoffice.documents.control.IncomingRegistration;
import vn.eoffice.documents.control.RegistrationQueue;
import vn.eoffice.documents.entity.Document;
import vn.eoffice.organisation.boundary.OrganisationService;
import vn.eoffice.organisation.entity.Agency;
import vn.eoffice.people.entity.Role;
import vn.eoffice.platform.boundary.InputValidator;
import vn.eoffice.platform.boundary.RequestOrigin;
import vn.eoffice.registers.boundary.RegisterAdministration;

/**
 * Vào sổ văn bản đến: the clerk registers a received document and the register gives it the next số
 * đến of the year (Decree 30/2020, art. 22).
 */
@Stateless
@RolesAllowed(Role.CLERK_NAME)
public class IncomingDocuments {

  @PersistenceContext EntityManager em;
  @Resource SessionContext context;
  @Inject InputValidator input;
  @Inject Clock clock;
  @Inject Attachments attachments;
  @Inject RequestOrigin origin;
  @EJB RegistrationQueue queue;
  @EJB RegisterAdministration types;
  @EJB OrganisationService organisation;

  /**
   * Registers the document with its uploaded files, all or nothing.
   *
   * @throws PossibleDuplicateException when this year's register holds the same issuer, số ký hiệu
   *     and date, unless the command confirms it
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public DocumentView register(NewIncomingDocument command) {
    queue.arriving();
    IncomingRegistration registration;
    try {
      registration = checked(command);
    } catch (RuntimeException | Error refused) {
      queue.withdrawn();
      throw refused;
    }
    return queue.register(registration);
  }

  /** The registration to queue, once the command has passed every check. */
  private IncomingRegistration checked(NewIncomingDocument command) {
    input.check(command);
    Agency agency = organisation.agency();
    Instant now = clock.instant();
    int year = LocalDate.now(clock).getYear();
    String clerk = context.getCallerPrincipal().getName();
    types.documentType(command.typeId(), "typeId");
    attachments.check(command.uploadIds(), clerk);
    if (!command.confirmDuplicate()) {
      List<DuplicateCandidate> same =
          sameDocument(
              agency,
              year,
              command.issuerName(),
              command.issuerCode(),
              command.notation(),
              command.documentDate());
      if (!same.isEmpty()) {
        throw new PossibleDuplicateException(same);
      }
    }
    return new IncomingRegistration(command, clerk, RequestOrigin.addressOf(origin), now, year);
  }

  /** This year's registrations with the same issuer, số ký hiệu and date, for a warning. */
  public List<DuplicateCandidate> sameDocument(
      Agency agency,
      int year,
      String issuerName,
      String issuerCode,
      String notation,
      LocalDate documentDate) {
    if (issuerName == null || notation == null || documentDate == null) {
      return List.of();
    }
    return em
        .createNamedQuery(Document.SAME_INCOMING, Document.class)
        .setParameter("key", Document.sameKey(issuerName, notation, documentDate))
        .setParameter(
            "codeKey",
            issuerCode == null || issuerCode.isBlank()
                ? "-"
                : Document.sameKey(issuerCode, notation, documentDate))
        .getResultList()
        .stream()
        // Only the keys in the query: the planner then uses their indexes whatever its statistics.
        .filter(d -> d.getAgency().getId().equals(agency.getId()))
        .filter(d -> d.getRegisterYear() != null && d.getRegisterYear() == year)
        .sorted(java.util.Comparator.comparing(Document::getNumber))
        .map(DuplicateCandidate::of)
        .toList();
  }

  /** The warning the form shows before saving. */
  public List<DuplicateCandidate> sameDocument(
      String issuerName, String issuerCode, String notation, LocalDate documentDate) {
    return sameDocument(
        organisation.agency(),
        LocalDate.now(clock).getYear(),
        issuerName,
        issuerCode,
        notation,
        documentDate);
  }
}
