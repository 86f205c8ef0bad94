package vn.eoffice.exchange.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.eoffice.audit.boundary.AuditLog;
import vn.eoffice.audit.entity.AuditAction;
import vn.eoffice.documents.boundary.DocumentChanged;
import vn.eoffice.documents.boundary.DuplicateCandidate;
import vn.eoffice.documents.boundary.PossibleDuplicateException;
import vn.eoffice.documents.control.DuplicateRegistrations;
import vn.eoffice.documents.control.FileStore;
import vn.eoffice.documents.entity.Document;
import vn.eoffice.documents.entity.DocumentStatus;
import vn.eoffice.documents.entity.SignatureCheck;
import vn.eoffice.documents.entity.StoredFile;
import vn.eoffice.edxml.StatusMessage;
import vn.eoffice.exchange.control.Statuses;
import vn.eoffice.exchange.entity.ReceivedFile;
import vn.eoffice.exchange.entity.ReceivedPackage;
import vn.eoffice.organisation.boundary.OrganisationService;
import vn.eoffice.organisation.entity.Agency;
import vn.eoffice.people.entity.Role;
import vn.eoffice.people.entity.UserAccount;
import vn.eoffice.platform.boundary.InputValidator;
import vn.eoffice.platform.boundary.InvalidInputException;
import vn.eoffice.platform.boundary.NotFoundException;
import vn.eoffice.platform.boundary.StateConflictException;
import vn.eoffice.platform.boundary.Violation;
import vn.eoffice.registers.boundary.RegisterAdministration;
import vn.eoffice.registers.control.RegisterNumbering;
import vn.eoffice.registers.control.RegisterSelection;
import vn.eoffice.registers.entity.Direction;
import vn.eoffice.registers.entity.DocumentRegister;
import vn.eoffice.registers.entity.DocumentType;

/**
 * Văn bản điện tử đến: the clerk's queue of packages received from other agencies. Accepting one
 * registers it in the incoming register with the package's metadata and files (nothing typed; the
 * duplicate warning still applies) and reports 03 to the sender, in one transaction; refusing
 * reports 02 with the reason.
 */
@Stateless
@RolesAllowed(Role.CLERK_NAME)
public class ExchangeInbox {

  @PersistenceContext EntityManager em;
  @Resource SessionContext context;
  @Inject InputValidator input;
  @Inject Clock clock;
  @Inject Statuses statuses;
  @Inject DuplicateRegistrations duplicates;
  @Inject RegisterSelection registers;
  @Inject FileStore store;
  @EJB RegisterNumbering numbering;
  @EJB RegisterAdministration types;
  @EJB OrganisationService organisation;
  @EJB AuditLog audit;
  @Inject Event<DocumentChanged> changed;

  /** The packages waiting, oldest first. */
  public List<ReceivedView> waiting() {
    return em
        .createNamedQuery(ReceivedPackage.IN_STATE, ReceivedPackage.class)
        .setParameter("state", ReceivedPackage.State.WAITING)
        .setMaxResults(500)
        .getResultList()
        .stream()
        .map(this::view)
        .toList();
  }

  public ReceivedView get(long id) {
    return view(find(id, LockModeType.NONE));
  }

  /** The bytes of a file of the package, with its name and type. */
  public record FileContent(String name, String mediaType, byte[] content) {}

  public FileContent file(long id, int ordinal) {
    ReceivedFile file =
        find(id, LockModeType.NONE).getFiles().stream()
            .filter(f -> f.getOrdinal() == ordinal)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("File", id + "/" + ordinal));
    try (InputStream in = store.open(file.getSha256())) {
      return new FileContent(file.getFileName(), file.getMediaType(), in.readAllBytes());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public ReceivedView accept(long id, Acceptance command) {
    ReceivedPackage pack = waitingOne(id);
    String clerk = context.getCallerPrincipal().getName();
    Instant now = clock.instant();
    Agency agency = organisation.agency();
    DocumentType type = type(pack, command);
    Document document =
        new Document(
            agency,
            Direction.INCOMING,
            DocumentStatus.REGISTERED,
            type,
            pack.getSubject(),
            clerk,
            now);
    document.setNotation(pack.getNotation() == null ? pack.getEdxmlDocument() : pack.getNotation());
    document.setDocumentDate(
        pack.getDocumentDate() == null ? LocalDate.now(clock) : pack.getDocumentDate());
    document.setIssuer(pack.getFromName(), pack.getFromOrgan());
    document.setSigner(pack.getSignerName(), pack.getSignerPosition());
    document.setReceivedAt(pack.getReceivedAt());
    document.setUrgency(vn.eoffice.exchange.control.PackageWriter.urgency(pack.getPriority()));
    document.setPageCount(
        pack.getPageAmount() == null || pack.getPageAmount() < 1 ? null : pack.getPageAmount());
    document.setDeadline(pack.getDueDate());
    document.setNotes(
        "Văn bản điện tử liên thông, "
            + pack.getEdxmlDocument()
            + (pack.isPaper() ? "; có gửi kèm bản giấy" : ""));
    document.markRegistered(clerk, now);
    document.keyForDuplicates();
    int year = LocalDate.now(clock).getYear();
    if (!command.confirmDuplicate()) {
      List<Document> same =
          duplicates.of(
              agency.getId(), year, document.getDuplicateKey(), document.getDuplicateCodeKey());
      if (!same.isEmpty()) {
        throw new PossibleDuplicateException(same.stream().map(DuplicateCandidate::of).toList());
      }
    }
    for (ReceivedFile file : pack.getFiles()) {
      document
          .addFile()
          .addVersion(
              new StoredFile(
                  file.getSha256(), file.getFileName(), file.getMediaType(), file.getSize()),
              clerk,
              now);
    }
    DocumentRegister register = registers.incoming(agency);
    em.flush();
    document.enter(register, year, numbering.next(register.getId(), year));
    em.persist(document);
    em.flush();
    changed.fire(new DocumentChanged(document.getId()));
    audit.record(
        AuditAction.DOCUMENT_REGISTERED,
        "Document",
        document.getId(),
        "from the package " + pack.getEdxmlDocument() + " of " + pack.getFromOrgan());
    pack.accepted(document, clerk, now);
    audit.record(
        AuditAction.EXCHANGE_DECIDED, "ReceivedPackage", id, "accepted as " + document.getId());
    UserAccount who = account(clerk);
    statuses.report(
        pack,
        StatusMessage.Code.ACCEPTED,
        "Đã tiếp nhận, vào sổ văn bản đến số " + document.getNumber(),
        who == null ? clerk : who.getFullName(),
        unitOf(who),
        now);
    return view(pack);
  }

  public ReceivedView refuse(long id, Refusing command) {
    input.check(command);
    ReceivedPackage pack = waitingOne(id);
    String clerk = context.getCallerPrincipal().getName();
    Instant now = clock.instant();
    pack.refused(command.reason().strip(), clerk, now);
    audit.record(
        AuditAction.EXCHANGE_DECIDED, "ReceivedPackage", id, "refused: " + command.reason());
    UserAccount who = account(clerk);
    statuses.report(
        pack,
        StatusMessage.Code.REFUSED,
        command.reason().strip(),
        who == null ? clerk : who.getFullName(),
        unitOf(who),
        now);
    return view(pack);
  }

  private DocumentType type(ReceivedPackage pack, Acceptance command) {
    if (command != null && command.typeId() != null) {
      return types.documentType(command.typeId(), "typeId");
    }
    return em.createNamedQuery(DocumentType.ALL, DocumentType.class).getResultList().stream()
        .filter(
            t ->
                t.isActive()
                    && pack.getTypeName() != null
                    && t.getName().equalsIgnoreCase(pack.getTypeName().strip()))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidInputException(
                    Violation.of(
                        "typeId",
                        "NotNull",
                        "the package's type \""
                            + pack.getTypeName()
                            + "\" is none of the agency's document types; choose one")));
  }

  private ReceivedPackage waitingOne(long id) {
    ReceivedPackage pack = find(id, LockModeType.PESSIMISTIC_WRITE);
    if (pack.getState() != ReceivedPackage.State.WAITING) {
      throw new StateConflictException(
          "DecidedAlready",
          pack.getState(),
          "the package was " + pack.getState().name().toLowerCase() + " already");
    }
    return pack;
  }

  private ReceivedPackage find(long id, LockModeType lock) {
    ReceivedPackage pack = em.find(ReceivedPackage.class, id, lock);
    if (pack == null) {
      throw new NotFoundException("Received package", id);
    }
    return pack;
  }

  private UserAccount account(String username) {
    return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private static String unitOf(UserAccount who) {
    return who == null || who.getUnits().isEmpty()
        ? null
        : who.getUnits().iterator().next().getName();
  }

  private ReceivedView view(ReceivedPackage pack) {
    return ReceivedView.of(
        pack,
        f -> {
          SignatureCheck check = em.find(SignatureCheck.class, f.getSha256());
          return check == null ? null : check.getOutcome().name();
        });
  }
}
