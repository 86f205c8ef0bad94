package vn.eoffice.registers.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import vn.eoffice.audit.boundary.AuditLog;
import vn.eoffice.audit.entity.AuditAction;
import vn.eoffice.organisation.boundary.OrganisationService;
import vn.eoffice.people.entity.Role;
import vn.eoffice.platform.boundary.InputValidator;
import vn.eoffice.platform.boundary.InvalidInputException;
import vn.eoffice.platform.boundary.NotFoundException;
import vn.eoffice.platform.boundary.StateConflictException;
import vn.eoffice.platform.boundary.Violation;
import vn.eoffice.registers.control.RegisterNumbering;
import vn.eoffice.registers.entity.Direction;
import vn.eoffice.registers.entity.DocumentRegister;
import vn.eoffice.registers.entity.DocumentType;

/** Document types and registers: everyone reads them, administrators set them up. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class RegisterAdministration {

  @PersistenceContext EntityManager em;
  @Inject InputValidator input;
  @Inject Clock clock;
  @EJB OrganisationService organisation;
  @EJB RegisterNumbering numbering;
  @EJB AuditLog audit;

  @PermitAll
  public List<DocumentTypeView> documentTypes() {
    return em.createNamedQuery(DocumentType.ALL, DocumentType.class)
        .getResultStream()
        .map(DocumentTypeView::of)
        .toList();
  }

  public DocumentTypeView createType(DocumentTypeForm form) {
    input.check(form);
    DocumentType type = new DocumentType(form.name().strip(), abbreviation(form), form.sortOrder());
    type.setActive(form.active());
    em.persist(type);
    flushUnique();
    audit.record(AuditAction.DOCUMENT_TYPE_CREATED, "DocumentType", type.getId(), type.getName());
    return DocumentTypeView.of(type);
  }

  public DocumentTypeView changeType(long id, DocumentTypeForm form) {
    input.check(form);
    DocumentType type = documentType(id, "id");
    if (type.isNational()) {
      throw new StateConflictException(
          "NationalType",
          "NATIONAL",
          "the national list of types (Phụ lục III) is shared by every agency and changed by none;"
              + " add a type of the agency's own instead");
    }
    type.setName(form.name().strip());
    type.setAbbreviation(abbreviation(form));
    type.setSortOrder(form.sortOrder());
    type.setActive(form.active());
    flushUnique();
    audit.record(AuditAction.DOCUMENT_TYPE_CHANGED, "DocumentType", id, type.getName());
    return DocumentTypeView.of(type);
  }

  /** The agency's registers, with the numbers given so far this year. */
  @PermitAll
  public List<RegisterView> registers() {
    int year = LocalDate.now(clock).getYear();
    return em.createNamedQuery(DocumentRegister.OF_AGENCY, DocumentRegister.class)
        .setParameter("agency", organisation.agency())
        .getResultStream()
        .map(r -> RegisterView.of(r, year, numbering.last(r.getId(), year)))
        .toList();
  }

  public RegisterView createRegister(RegisterForm form) {
    input.check(form);
    if (form.direction() == Direction.INCOMING) {
      throw new InvalidInputException(
          Violation.of(
              "direction", "OneIncomingRegister", "an agency keeps a single incoming register"));
    }
    DocumentType type =
        form.documentTypeId() == null
            ? null
            : documentType(form.documentTypeId(), "documentTypeId");
    DocumentRegister register =
        new DocumentRegister(
            organisation.agency(),
            form.direction(),
            form.name().strip(),
            form.confidential(),
            type);
    register.setActive(form.active());
    em.persist(register);
    flushUnique();
    audit.record(AuditAction.REGISTER_CREATED, "Register", register.getId(), register.getName());
    return RegisterView.of(register, LocalDate.now(clock).getYear(), 0);
  }

  /** Renames a register or closes it to new documents; its series and numbers stay. */
  public RegisterView changeRegister(long id, RegisterForm form) {
    input.check(form);
    DocumentRegister register = em.find(DocumentRegister.class, id);
    if (register == null) {
      throw new NotFoundException("Register", id);
    }
    register.setName(form.name().strip());
    register.setActive(form.active());
    flushUnique();
    audit.record(AuditAction.REGISTER_CHANGED, "Register", id, register.getName());
    int year = LocalDate.now(clock).getYear();
    return RegisterView.of(register, year, numbering.last(id, year));
  }

  /**
   * The type with this id, or a violation naming {@code field}; a read that starts no transaction.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public DocumentType documentType(long id, String field) {
    DocumentType type = em.find(DocumentType.class, id);
    if (type == null) {
      throw new InvalidInputException(
          Violation.of(field, "Exists", "there is no document type " + id));
    }
    return type;
  }

  private static String abbreviation(DocumentTypeForm form) {
    return form.abbreviation() == null || form.abbreviation().isBlank()
        ? null
        : form.abbreviation().strip();
  }

  private void flushUnique() {
    try {
      em.flush();
    } catch (jakarta.persistence.PersistenceException e) {
      throw new InvalidInputException(
          Violation.of("name", "Unique", "the name or abbreviation is already in use"));
    }
  }
}
