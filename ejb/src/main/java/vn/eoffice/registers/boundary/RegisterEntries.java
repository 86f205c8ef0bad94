package vn.eoffice.registers.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.eoffice.audit.boundary.AuditLog;
import vn.eoffice.audit.entity.AuditAction;
import vn.eoffice.documents.entity.Document;
import vn.eoffice.organisation.boundary.OrganisationService;
import vn.eoffice.people.control.Readers;
import vn.eoffice.people.entity.Reader;
import vn.eoffice.people.entity.Role;
import vn.eoffice.platform.boundary.InvalidInputException;
import vn.eoffice.platform.boundary.NotFoundException;
import vn.eoffice.platform.boundary.Violation;
import vn.eoffice.registers.control.Handovers;
import vn.eoffice.registers.control.Handovers.Handover;
import vn.eoffice.registers.control.RegisterQuery;
import vn.eoffice.registers.control.RegisterSelection;
import vn.eoffice.registers.control.RegisterSheets;
import vn.eoffice.registers.control.RegisterTable;
import vn.eoffice.registers.entity.Direction;
import vn.eoffice.registers.entity.DocumentRegister;

/** Register pages as clerks, leaders and archivists read them, and their printable exports. */
@Stateless
@RolesAllowed({Role.CLERK_NAME, Role.LEADER_NAME, Role.ARCHIVIST_NAME})
public class RegisterEntries {

  /** The largest page a client may ask for. */
  public static final int MAX_PAGE = 500;

  /** The most lines one export holds: a large commune registers about 10,000 a year. */
  public static final int MAX_EXPORT = 50_000;

  /**
   * The most lines a Word export holds: a Word table is built whole in memory, and more lines than
   * this are no register anyone prints; the workbook takes the whole year.
   */
  public static final int MAX_WORD_EXPORT = 5_000;

  /** Lines read from the database at a time for an export, so that its cost stays bounded. */
  private static final int EXPORT_BATCH = 1_000;

  /** The formats a register exports to. */
  public enum Format {
    XLSX,
    DOCX
  }

  /** An export: its bytes and a file name such as so-den-2026.xlsx. */
  public record Export(byte[] content, String fileName) {}

  @PersistenceContext EntityManager em;
  @Resource SessionContext context;
  @Inject Clock clock;
  @Inject RegisterQuery query;
  @Inject RegisterSelection selection;
  @Inject Handovers handovers;
  @EJB OrganisationService organisation;
  @EJB AuditLog audit;
  @Inject Readers readers;

  public RegisterPage page(RegisterFilter filter, int offset, int limit) {
    if (limit < 1 || limit > MAX_PAGE || offset < 0) {
      throw new InvalidInputException(
          Violation.of("limit", "Range", "limit must be 1 to " + MAX_PAGE + ", offset 0 or more"));
    }
    RegisterFilter f = checked(filter);
    DocumentRegister register = register(f);
    int year = year(f);
    Reader reader = readers.of(context.getCallerPrincipal().getName());
    List<RegisterRow> rows = rows(query.rows(register, year, f, offset, limit), reader);
    return new RegisterPage(
        register.getId(),
        register.getName(),
        register.getDirection().name(),
        year,
        query.count(register, year, f),
        offset,
        limit,
        rows);
  }

  /** The filtered register as a file to print and sign. */
  public Export export(RegisterFilter filter, Format format) {
    RegisterFilter f = checked(filter);
    DocumentRegister register = register(f);
    int year = year(f);
    long lines = query.count(register, year, f);
    int most = format == Format.DOCX ? MAX_WORD_EXPORT : MAX_EXPORT;
    if (lines > most) {
      throw new InvalidInputException(
          new Violation(
              "to",
              format == Format.DOCX ? "WordExportSize" : "ExportSize",
              Map.of("limit", most, "lines", lines),
              "export at most " + most + " lines at once"));
    }
    Reader reader = readers.of(context.getCallerPrincipal().getName());
    String agencyName = register.getAgency().getName();
    List<RegisterRow> rows = new ArrayList<>();
    for (int offset = 0; offset < lines; offset += EXPORT_BATCH) {
      rows.addAll(rows(query.rows(register, year, f, offset, EXPORT_BATCH), reader));
      // The batch's documents are not needed again: the persistence context lets them go.
      em.clear();
    }
    RegisterTable table =
        RegisterTable.of(agencyName, register.getDirection(), year, f.from(), f.to(), rows);
    audit.record(
        AuditAction.REGISTER_EXPORTED,
        "Register",
        register.getId(),
        format + " " + table.period() + ", " + rows.size() + " lines");
    String name =
        (register.getDirection() == Direction.INCOMING ? "so-van-ban-den-" : "so-van-ban-di-")
            + year
            + (format == Format.XLSX ? ".xlsx" : ".docx");
    return new Export(
        format == Format.XLSX ? RegisterSheets.xlsx(table) : RegisterSheets.docx(table), name);
  }

  private List<RegisterRow> rows(List<Document> documents, Reader reader) {
    Map<Long, Handover> handedOver = handovers.of(documents);
    return documents.stream().map(d -> row(d, reader, handedOver.get(d.getId()))).toList();
  }

  private RegisterRow row(Document d, Reader reader, Handover handover) {
    boolean visible = d.readableBy(reader);
    return new RegisterRow(
        d.getId(),
        d.getNumber(),
        d.numberText(),
        d.getReceivedAt(),
        d.getNotation(),
        d.getDocumentDate(),
        d.getType().getName(),
        visible ? d.getSubject() : null,
        visible ? d.getIssuerName() : null,
        visible ? d.getSignerName() : null,
        visible ? d.getRecipients() : null,
        d.getDraftingUnit() == null ? null : d.getDraftingUnit().getName(),
        d.getCopies(),
        d.getUrgency().name(),
        d.getConfidentiality().name(),
        d.getStatus().name(),
        visible ? d.getNotes() : null,
        handover == null ? null : handover.handedTo(),
        handover == null ? null : handover.handedOn(),
        !visible);
  }

  private RegisterFilter checked(RegisterFilter filter) {
    RegisterFilter f =
        filter == null ? new RegisterFilter(null, null, null, null, null, null, null) : filter;
    if (f.from() != null && f.to() != null && f.to().isBefore(f.from())) {
      throw new InvalidInputException(
          Violation.of("to", "DateRange", "the end date comes before the start date"));
    }
    return f;
  }

  private DocumentRegister register(RegisterFilter f) {
    if (f.registerId() == null) {
      return selection.incoming(organisation.agency());
    }
    DocumentRegister register = em.find(DocumentRegister.class, f.registerId());
    if (register == null) { // another agency's register reads as one that does not exist
      throw new NotFoundException("Register", f.registerId());
    }
    return register;
  }

  private int year(RegisterFilter f) {
    return f.year() == null ? LocalDate.now(clock).getYear() : f.year();
  }
}
