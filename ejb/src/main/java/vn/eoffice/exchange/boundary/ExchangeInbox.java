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
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import vn.eoffice.audit.boundary.AuditLog;
import vn.eoffice.audit.entity.AuditAction;
import vn.eoffice.documents.boundary.DocumentChanged;
import vn.eoffice.documents.control.DuplicateRegistrations;
import vn.eoffice.documents.entity.Document;
import vn.eoffice.documents.entity.SignatureCheck;
import vn.eoffice.edxml.StatusMessage;
import vn.eoffice.exchange.control.Statuses;
import vn.eoffice.exchange.entity.ReceivedFile;
import vn.eoffice.exchange.entity.ReceivedPackage;
import vn.eoffice.organisation.boundary.OrganisationService;
import vn.eoffice.people.entity.Role;
import vn.eoffice.platform.boundary.InputValidator;
import vn.eoffice.platform.boundary.NotFoundException;
import vn.eoffice.platform.boundary.StateConflictException;
import vn.eoffice.registers.boundary.RegisterAdministration;
import vn.eoffice.registers.control.RegisterNumbering;
import vn.eoffice.registers.control.RegisterSelection;

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
  @Inject vn.eoffice.exchange.control.Receiver receiver;
  @Inject vn.eoffice.exchange.control.PackageRegistration registration;
  @Inject vn.eoffice.exchange.control.Amendments amendments;
  @Inject DuplicateRegistrations duplicates;
  @Inject RegisterSelection registers;
  @Inject vn.eoffice.signatures.control.SignedFiles files;
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
    return new FileContent(file.getFileName(), file.getMediaType(), files.read(file.getSha256()));
  }

  /**
   * Takes an edXML file the clerk received by hand, as if it had come over the network: the same
   * checks (the sender a partner, its signature), addressed to this agency.
   */
  public vn.eoffice.exchange.control.Receipt importFile(byte[] message) {
    vn.eoffice.exchange.control.Receipt receipt = receiver.receive(message, null);
    audit.record(
        AuditAction.EXCHANGE_RECEIVED, "ReceivedPackage", null, "imported: " + receipt.code());
    return receipt;
  }

  /**
   * Accepts the package: a new document is registered (03 back); a recall, an update or a
   * replacement is agreed to and applied to the document it concerns (15 back).
   */
  public ReceivedView accept(long id, Acceptance command) {
    ReceivedPackage pack = waitingOne(id);
    String clerk = context.getCallerPrincipal().getName();
    Instant now = clock.instant();
    Acceptance how = command == null ? new Acceptance(null, false) : command;
    if (pack.getBusiness() != 0) {
      String done = amendments.agree(pack, how, clerk, now);
      audit.record(AuditAction.EXCHANGE_DECIDED, "ReceivedPackage", id, "agreed: " + done);
      statuses.report(pack, StatusMessage.Code.RECALL_AGREED, done, clerk, now);
      return view(pack);
    }
    Document document = registration.register(pack, how, clerk, now);
    pack.accepted(document, clerk, now);
    audit.record(
        AuditAction.EXCHANGE_DECIDED, "ReceivedPackage", id, "accepted as " + document.getId());
    statuses.report(
        pack,
        StatusMessage.Code.ACCEPTED,
        "Đã tiếp nhận, vào sổ văn bản đến số " + document.getNumber(),
        clerk,
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
    statuses.report(
        pack,
        pack.getBusiness() == 0 ? StatusMessage.Code.REFUSED : StatusMessage.Code.RECALL_REFUSED,
        command.reason().strip(),
        clerk,
        now);
    return view(pack);
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

  private ReceivedView view(ReceivedPackage pack) {
    return ReceivedView.of(
        pack,
        f -> {
          SignatureCheck check = em.find(SignatureCheck.class, f.getSha256());
          return check == null ? null : check.getOutcome().name();
        });
  }
}
