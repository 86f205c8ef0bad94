package vn.eoffice.documents.control;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;
import org.eclipse.persistence.sessions.Session;
import vn.eoffice.audit.entity.AuditAction;
import vn.eoffice.audit.entity.AuditEntry;
import vn.eoffice.documents.boundary.DocumentView;
import vn.eoffice.documents.entity.Document;
import vn.eoffice.documents.entity.DocumentFile;
import vn.eoffice.documents.entity.DocumentStatus;
import vn.eoffice.documents.entity.FileVersion;
import vn.eoffice.organisation.entity.Agency;
import vn.eoffice.platform.control.Databases;
import vn.eoffice.registers.control.RegisterCounters;
import vn.eoffice.registers.control.RegisterSelection;
import vn.eoffice.registers.entity.Direction;
import vn.eoffice.registers.entity.DocumentRegister;
import vn.eoffice.search.entity.SearchJournalEntry;

/**
 * A batch of incoming registrations written to PostgreSQL in one statement, which is its own
 * transaction (the connection commits it by itself): the duplicate check, the register's counter,
 * the documents, the claim of their uploads, their files, the search journal's entries and the
 * audit log's entries, in one round trip and one flush to disk. Through the provider the same takes
 * a query per registration and then six round trips (counter, a batch per table, commit), each of
 * them while the counter row is locked, so every clerk behind waits for them.
 *
 * <p>Being one statement, it is all or nothing: when anything in it fails, nothing is written and
 * the counter keeps its value, so no number is burned. It sees the batches before it, committed,
 * and nothing of the ones after it, which wait for the counter's row lock; so the duplicate check
 * cannot miss a registration of another clerk made a moment earlier, and the batch is checked
 * against itself too.
 *
 * <p>The rows are the ones the provider would write for {@link Document}, {@link DocumentFile},
 * {@link FileVersion}, {@link SearchJournalEntry} and {@link AuditEntry} (the search journal's and
 * the audit log's own writers do the same for every other change), with ids from the provider's own
 * sequences. Other databases take the provider's way: see {@link RegistrationWriter}.
 */
@Dependent
public class IncomingRows {

  /** The batch's documents, one row each, in the batch's order ("place"). */
  private static final String DOCUMENTS_IN =
      "WITH d AS (SELECT * FROM unnest("
          + " CAST(? AS bigint[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]),"
          + " CAST(CAST(? AS text[]) AS date[]), CAST(? AS bigint[]), CAST(? AS text[]),"
          + " CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]),"
          + " CAST(? AS text[]), CAST(? AS text[]), CAST(? AS integer[]), CAST(? AS integer[]),"
          + " CAST(CAST(? AS text[]) AS date[]), CAST(? AS text[]),"
          + " CAST(CAST(? AS text[]) AS timestamp[]), CAST(CAST(? AS text[]) AS timestamp[]),"
          + " CAST(? AS text[]), CAST(? AS bigint[]), CAST(? AS bigint[]), CAST(? AS text[]),"
          + " CAST(? AS text[]), CAST(? AS boolean[]))"
          + " WITH ORDINALITY AS t(id, notation, duplicate_key, duplicate_code_key, document_date,"
          + " type_id, subject, issuer_name, issuer_code, signer_name, signer_position, urgency,"
          + " confidentiality, page_count, copies, deadline, notes, received_at, registered_at,"
          + " registered_by, journal_id, audit_id, origin, detail, confirmed, place)),";

  /** Their files, one row each. */
  private static final String FILES_IN =
      " f AS (SELECT * FROM unnest(CAST(? AS bigint[]), CAST(? AS bigint[]),"
          + " CAST(? AS integer[]), CAST(? AS bigint[]), CAST(? AS bigint[]), CAST(? AS text[]),"
          + " CAST(? AS text[]), CAST(? AS text[]), CAST(? AS bigint[]))"
          + " AS t(id, document_id, position, version_id, upload_id, sha256, file_name,"
          + " media_type, size_bytes)),";

  /** The duplicate check, the numbers and the documents. */
  private static final String CHECKED_AND_NUMBERED =
      // The duplicate check (see DuplicateRegistrations): unless the clerk confirmed it, a
      // registration goes in only when neither this year's register nor an earlier
      // registration of the batch has the same issuer, số ký hiệu and date.
      " accepted AS (SELECT d.*, CAST(row_number() OVER (ORDER BY d.place) AS integer)"
          + " AS rank FROM d WHERE d.confirmed OR NOT ("
          + " EXISTS (SELECT 1 FROM document x WHERE x.duplicate_key = d.duplicate_key"
          + " AND x.agency_id = ? AND x.register_year = ?)"
          + " OR EXISTS (SELECT 1 FROM document x WHERE x.duplicate_code_key = d.duplicate_code_key"
          + " AND x.agency_id = ? AND x.register_year = ?)"
          + " OR EXISTS (SELECT 1 FROM d e WHERE e.place < d.place"
          + " AND (e.duplicate_key = d.duplicate_key OR e.duplicate_code_key = d.duplicate_code_key)"
          + " ))),"
          + " counter AS (UPDATE register_counter"
          + " SET last_number = last_number + (SELECT CAST(count(*) AS integer) FROM accepted)"
          + " WHERE register_id = ? AND counter_year = ?"
          + " RETURNING register_id, counter_year, last_number, CAST(? AS bigint) AS agency_id),"
          + " documents AS (INSERT INTO document (id, agency_id, direction, status, register_id,"
          + " register_year, number, notation, duplicate_key, duplicate_code_key, document_date,"
          + " document_type_id, subject, issuer_name, issuer_code, signer_name, signer_position,"
          + " urgency, confidentiality, page_count, copies, deadline, notes, received_at,"
          + " registered_at, registered_by, created_at, created_by, version)"
          + " SELECT a.id, ?, '"
          + Direction.INCOMING.name()
          + "', '"
          + DocumentStatus.REGISTERED.name()
          + "', c.register_id, c.counter_year,"
          + " c.last_number - (SELECT CAST(count(*) AS integer) FROM accepted) + a.rank,"
          + " a.notation, a.duplicate_key, a.duplicate_code_key, a.document_date, a.type_id,"
          + " a.subject, a.issuer_name, a.issuer_code, a.signer_name, a.signer_position, a.urgency,"
          + " a.confidentiality, a.page_count, a.copies, a.deadline, a.notes, a.received_at,"
          + " a.registered_at, a.registered_by, a.registered_at, a.registered_by, 1"
          + " FROM accepted a CROSS JOIN counter c),";

  /** The claim of the uploads and the files made of them. */
  private static final String FILES_OUT =
      // The accepted registrations' files; "use" numbers the uses of one upload in the batch.
      " af AS (SELECT f.*, a.registered_by, a.registered_at, row_number() OVER"
          + " (PARTITION BY f.upload_id ORDER BY f.id) AS use"
          + " FROM f JOIN accepted a ON a.id = f.document_id),"
          + " claimed AS (UPDATE upload u SET attached = TRUE, version = u.version + 1"
          + " FROM af CROSS JOIN counter WHERE af.use = 1 AND u.id = af.upload_id"
          + " AND NOT u.attached AND u.uploaded_by = af.registered_by RETURNING u.id),"
          // A file whose upload could not be claimed here (attached meanwhile by another
          // registration, or used twice in this batch) is given no document: the NOT NULL
          // constraint on document_id then fails the whole statement, and nothing is written.
          + " files AS (INSERT INTO document_file (id, agency_id, document_id, position, version)"
          + " SELECT af.id, counter.agency_id, CASE WHEN af.use = 1"
          + " AND af.upload_id IN (SELECT id FROM claimed)"
          + " THEN af.document_id END, af.position, 1 FROM af CROSS JOIN counter),"
          + " versions AS (INSERT INTO file_version (id, agency_id, file_id, version_number,"
          + " sha256, file_name, media_type, size_bytes, created_by, created_at, version)"
          + " SELECT af.version_id, counter.agency_id, af.id, 1, af.sha256, af.file_name,"
          + " af.media_type,"
          + " af.size_bytes, af.registered_by, af.registered_at, 1 FROM af CROSS JOIN counter),";

  /** The search journal, the audit log, and what the statement answers. */
  private static final String JOURNAL_AND_AUDIT =
      " journal AS (INSERT INTO search_journal (id, version, agency_id, document_id,"
          + " changed_at) SELECT a.journal_id, 1, c.agency_id, a.id, a.registered_at"
          + " FROM accepted a CROSS JOIN counter c),"
          + " audit AS (INSERT INTO audit_entry (id, agency_id, hash_form, occurred_at, actor,"
          + " origin, action, object_type, object_id, detail)"
          + " SELECT a.audit_id, c.agency_id, "
          + AuditEntry.CURRENT_FORM
          + ", a.registered_at, a.registered_by, a.origin, '"
          + AuditAction.DOCUMENT_REGISTERED.name()
          + "', 'Document', CAST(a.id AS text), a.detail FROM accepted a CROSS JOIN counter c),"
          + " pending AS (INSERT INTO audit_pending (entry_id)"
          + " SELECT a.audit_id FROM accepted a CROSS JOIN counter)"
          + " SELECT c.last_number, ARRAY(SELECT place FROM accepted ORDER BY place)"
          + " FROM counter c";

  /** The statement for batches with files. */
  private static final String WITH_FILES =
      DOCUMENTS_IN + FILES_IN + CHECKED_AND_NUMBERED + FILES_OUT + JOURNAL_AND_AUDIT;

  /** The statement for batches without any file: no file table is touched. */
  private static final String WITHOUT_FILES =
      DOCUMENTS_IN + CHECKED_AND_NUMBERED + JOURNAL_AND_AUDIT;

  /** Not JTA-managed: the statement is a transaction of its own. */
  @Resource(name = "eofficeDbNonJta")
  DataSource dataSource;

  @PersistenceContext EntityManager em;
  @Inject RegisterSelection registers;
  @Inject Attachments attachments;
  @EJB RegisterCounters counters;

  /** Whether this database takes a batch in one statement: PostgreSQL's data-modifying WITH. */
  public boolean available() {
    return Databases.isPostgreSql(em);
  }

  /** What the audit entry of a registration says: the số ký hiệu and the issuer. */
  static String auditDetail(Document document) {
    return document.getNotation() + " — " + document.getIssuerName();
  }

  /**
   * Registers the batch's documents, numbered in the batch's order from the register's next number,
   * and returns their views in the batch's order; null in the place of a registration refused as a
   * possible duplicate (see {@link RegisteredAlready}), of which nothing is written. Opens the
   * year's series first if it is not open yet. Runs outside any transaction.
   */
  public List<DocumentView> write(List<IncomingRegistration> batch) {
    List<Document> documents = batch.stream().map(IncomingRegistration::document).toList();
    Agency agency = documents.get(0).getAgency();
    DocumentRegister register = registers.incoming(agency);
    int year = batch.get(0).year();
    Ids ids = new Ids(Databases.session(em), documents);
    Written written = write(agency.getId(), register.getId(), year, batch, ids);
    if (written == null) {
      // The first registration of the year: open its series (another clerk may have a moment
      // earlier) and write again.
      counters.open(register.getId(), year);
      written = write(agency.getId(), register.getId(), year, batch, ids);
      if (written == null) {
        throw new IllegalStateException(
            "No counter for register " + register.getId() + " in " + year);
      }
    }
    DocumentView[] views = new DocumentView[batch.size()];
    int number = written.firstNumber();
    for (int place : written.places()) {
      Document document = documents.get(place);
      ids.given(place);
      document.enter(register, year, number++);
      views[place] = DocumentView.of(document, true);
    }
    return Arrays.asList(views);
  }

  /** What the statement wrote: the first number it gave and the places of the batch it took. */
  private record Written(int firstNumber, int[] places) {}

  /** The rows' ids, from the provider's sequences, given to the entities once they are written. */
  private static final class Ids {
    final List<Document> documents;
    final long[] documentIds;
    final long[] journalIds;
    final long[] auditIds;
    final List<DocumentFile> files = new ArrayList<>();
    final List<Long> fileIds = new ArrayList<>();
    final List<Long> versionIds = new ArrayList<>();
    final List<Long> fileDocuments = new ArrayList<>();
    final List<Integer> filePlaces = new ArrayList<>();

    Ids(Session session, List<Document> documents) {
      this.documents = documents;
      int n = documents.size();
      documentIds = new long[n];
      journalIds = new long[n];
      auditIds = new long[n];
      for (int i = 0; i < n; i++) {
        documentIds[i] = nextId(session, Document.class);
        journalIds[i] = nextId(session, SearchJournalEntry.class);
        auditIds[i] = nextId(session, AuditEntry.class);
        for (DocumentFile file : documents.get(i).getFiles()) {
          files.add(file);
          fileIds.add(nextId(session, DocumentFile.class));
          versionIds.add(nextId(session, FileVersion.class));
          fileDocuments.add(documentIds[i]);
          filePlaces.add(i);
        }
      }
    }

    /** The document at this place of the batch, its files and their versions are written. */
    void given(int place) {
      documents.get(place).writtenAs(documentIds[place]);
      for (int i = 0; i < files.size(); i++) {
        if (filePlaces.get(i) == place) {
          files.get(i).writtenAs(fileIds.get(i));
          files.get(i).current().writtenAs(versionIds.get(i));
        }
      }
    }
  }

  /** One run of the statement; null when the year's counter does not exist (nothing written). */
  private Written write(
      long agencyId, long registerId, int year, List<IncomingRegistration> batch, Ids ids) {
    List<Document> documents = ids.documents;
    List<DocumentFile> files = ids.files;
    try (Connection connection = dataSource.getConnection()) {
      if (!connection.getAutoCommit()) {
        connection.setAutoCommit(true);
      }
      boolean withFiles = !files.isEmpty();
      try (PreparedStatement statement =
          connection.prepareStatement(withFiles ? WITH_FILES : WITHOUT_FILES)) {
        int p = 0;
        statement.setArray(++p, connection.createArrayOf("bigint", boxed(ids.documentIds)));
        statement.setArray(++p, texts(connection, documents, Document::getNotation));
        statement.setArray(++p, texts(connection, documents, Document::getDuplicateKey));
        statement.setArray(++p, texts(connection, documents, Document::getDuplicateCodeKey));
        statement.setArray(++p, texts(connection, documents, d -> date(d.getDocumentDate())));
        statement.setArray(
            ++p,
            connection.createArrayOf(
                "bigint", documents.stream().map(d -> d.getType().getId()).toArray()));
        statement.setArray(++p, texts(connection, documents, Document::getSubject));
        statement.setArray(++p, texts(connection, documents, Document::getIssuerName));
        statement.setArray(++p, texts(connection, documents, Document::getIssuerCode));
        statement.setArray(++p, texts(connection, documents, Document::getSignerName));
        statement.setArray(++p, texts(connection, documents, Document::getSignerPosition));
        statement.setArray(++p, texts(connection, documents, d -> d.getUrgency().name()));
        statement.setArray(++p, texts(connection, documents, d -> d.getConfidentiality().name()));
        statement.setArray(
            ++p,
            connection.createArrayOf(
                "integer", documents.stream().map(Document::getPageCount).toArray()));
        statement.setArray(
            ++p,
            connection.createArrayOf(
                "integer", documents.stream().map(Document::getCopies).toArray()));
        statement.setArray(++p, texts(connection, documents, d -> date(d.getDeadline())));
        statement.setArray(++p, texts(connection, documents, Document::getNotes));
        statement.setArray(++p, texts(connection, documents, d -> timestamp(d.getReceivedAt())));
        statement.setArray(++p, texts(connection, documents, d -> timestamp(d.getRegisteredAt())));
        statement.setArray(++p, texts(connection, documents, Document::getRegisteredBy));
        statement.setArray(++p, connection.createArrayOf("bigint", boxed(ids.journalIds)));
        statement.setArray(++p, connection.createArrayOf("bigint", boxed(ids.auditIds)));
        statement.setArray(++p, texts(connection, batch, IncomingRegistration::origin));
        statement.setArray(++p, texts(connection, documents, IncomingRows::auditDetail));
        statement.setArray(
            ++p,
            connection.createArrayOf(
                "boolean", batch.stream().map(IncomingRegistration::confirmed).toArray()));
        if (withFiles) {
          statement.setArray(++p, connection.createArrayOf("bigint", ids.fileIds.toArray()));
          statement.setArray(++p, connection.createArrayOf("bigint", ids.fileDocuments.toArray()));
          statement.setArray(
              ++p,
              connection.createArrayOf(
                  "integer", files.stream().map(DocumentFile::getPosition).toArray()));
          statement.setArray(++p, connection.createArrayOf("bigint", ids.versionIds.toArray()));
          statement.setArray(++p, connection.createArrayOf("bigint", uploadIds(batch).toArray()));
          statement.setArray(
              ++p, texts(connection, files, f -> f.current().getContent().getSha256()));
          statement.setArray(
              ++p, texts(connection, files, f -> f.current().getContent().getFileName()));
          statement.setArray(
              ++p, texts(connection, files, f -> f.current().getContent().getMediaType()));
          statement.setArray(
              ++p,
              connection.createArrayOf(
                  "bigint", files.stream().map(f -> f.current().getContent().getSize()).toArray()));
        }
        for (int twice = 0; twice < 2; twice++) {
          statement.setLong(++p, agencyId);
          statement.setInt(++p, year);
        }
        statement.setLong(++p, registerId);
        statement.setInt(++p, year);
        statement.setLong(++p, agencyId);
        statement.setLong(++p, agencyId);
        try (ResultSet result = statement.executeQuery()) {
          if (!result.next()) {
            return null;
          }
          Object[] places = (Object[]) result.getArray(2).getArray();
          int[] taken = new int[places.length];
          for (int i = 0; i < places.length; i++) {
            taken[i] = ((Number) places[i]).intValue() - 1; // ORDINALITY counts from 1
          }
          return new Written(result.getInt(1) - taken.length + 1, taken);
        }
      }
    } catch (SQLException e) {
      if (batch.size() == 1) {
        // Refused as a whole; the usual reason is an upload attached meanwhile: say which.
        attachments.waiting(batch.get(0).command().uploadIds(), batch.get(0).clerk());
      }
      throw new IllegalStateException("the registrations could not be written: " + e, e);
    }
  }

  /** The uploads of the batch's files, in the order of their files. */
  private static List<Long> uploadIds(List<IncomingRegistration> batch) {
    List<Long> uploads = new ArrayList<>();
    for (IncomingRegistration registration : batch) {
      if (registration.command().uploadIds() != null) {
        uploads.addAll(registration.command().uploadIds().stream().distinct().toList());
      }
    }
    return uploads;
  }

  private static long nextId(Session session, Class<?> entity) {
    return session.getNextSequenceNumberValue(entity).longValue();
  }

  private static Long[] boxed(long[] values) {
    Long[] boxed = new Long[values.length];
    for (int i = 0; i < values.length; i++) {
      boxed[i] = values[i];
    }
    return boxed;
  }

  private static <T> Array texts(Connection connection, List<T> rows, Function<T, String> field)
      throws SQLException {
    return connection.createArrayOf("text", rows.stream().map(field).toArray());
  }

  private static String date(LocalDate date) {
    return date == null ? null : date.toString();
  }

  /**
   * An instant as the provider writes it to a TIMESTAMP column: the wall-clock time of the server's
   * time zone (as {@link java.sql.Timestamp#from} and the JDBC driver do).
   */
  private static String timestamp(Instant instant) {
    return instant == null
        ? null
        : LocalDateTime.ofInstant(instant, ZoneId.systemDefault()).toString();
  }
}
