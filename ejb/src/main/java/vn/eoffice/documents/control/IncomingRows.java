package vn.eoffice.documents.control;

import jakarta.enterprise.context.Dependent;
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
import java.util.List;
import java.util.function.Function;
import org.eclipse.persistence.sessions.Session;
import vn.eoffice.audit.entity.AuditAction;
import vn.eoffice.audit.entity.AuditEntry;
import vn.eoffice.documents.entity.Document;
import vn.eoffice.documents.entity.DocumentFile;
import vn.eoffice.documents.entity.DocumentStatus;
import vn.eoffice.documents.entity.FileVersion;
import vn.eoffice.platform.control.Databases;
import vn.eoffice.registers.entity.Direction;
import vn.eoffice.search.entity.SearchJournalEntry;

/**
 * A batch of incoming registrations written to PostgreSQL in one statement: the register's counter
 * moves on by the batch's size, and with the numbers it gives, the documents, their files, the
 * search journal's entries and the audit log's entries are inserted, all in one round trip. Through
 * the provider the same takes six (counter, then one batch per table, then commit), each of them
 * while the counter row is locked, so every clerk behind waits for them.
 *
 * <p>The rows are the ones the provider would write for {@link Document}, {@link DocumentFile},
 * {@link FileVersion}, {@link SearchJournalEntry} and {@link AuditEntry} (the search journal's and
 * the audit log's own writers do the same for every other change), with ids from the provider's own
 * sequences. When the year's counter does not exist yet, nothing is written and the caller opens it
 * and tries again. Other databases take the provider's way: see {@link RegistrationWriter}.
 */
@Dependent
public class IncomingRows {

  private static final String SQL =
      "WITH d AS (SELECT * FROM unnest("
          + " CAST(? AS bigint[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]),"
          + " CAST(CAST(? AS text[]) AS date[]), CAST(? AS bigint[]), CAST(? AS text[]),"
          + " CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]),"
          + " CAST(? AS text[]), CAST(? AS text[]), CAST(? AS integer[]), CAST(? AS integer[]),"
          + " CAST(CAST(? AS text[]) AS date[]), CAST(? AS text[]),"
          + " CAST(CAST(? AS text[]) AS timestamp[]), CAST(CAST(? AS text[]) AS timestamp[]),"
          + " CAST(? AS text[]), CAST(? AS bigint[]), CAST(? AS bigint[]), CAST(? AS text[]),"
          + " CAST(? AS text[]))"
          + " WITH ORDINALITY AS t(id, notation, duplicate_key, duplicate_code_key, document_date,"
          + " type_id, subject, issuer_name, issuer_code, signer_name, signer_position, urgency,"
          + " confidentiality, page_count, copies, deadline, notes, received_at, registered_at,"
          + " registered_by, journal_id, audit_id, origin, detail, place)),"
          + " f AS (SELECT * FROM unnest(CAST(? AS bigint[]), CAST(? AS bigint[]),"
          + " CAST(? AS integer[]), CAST(? AS bigint[]), CAST(? AS text[]), CAST(? AS text[]),"
          + " CAST(? AS text[]), CAST(? AS bigint[]))"
          + " AS t(id, document_id, position, version_id, sha256, file_name, media_type,"
          + " size_bytes)),"
          + " counter AS (UPDATE register_counter"
          + " SET last_number = last_number + (SELECT CAST(count(*) AS integer) FROM d)"
          + " WHERE register_id = ? AND counter_year = ?"
          + " RETURNING register_id, counter_year, last_number),"
          + " documents AS (INSERT INTO document (id, agency_id, direction, status, register_id,"
          + " register_year, number, notation, duplicate_key, duplicate_code_key, document_date,"
          + " document_type_id, subject, issuer_name, issuer_code, signer_name, signer_position,"
          + " urgency, confidentiality, page_count, copies, deadline, notes, received_at,"
          + " registered_at, registered_by, created_at, created_by, version)"
          + " SELECT d.id, ?, '"
          + Direction.INCOMING.name()
          + "', '"
          + DocumentStatus.REGISTERED.name()
          + "', c.register_id, c.counter_year,"
          + " c.last_number - (SELECT CAST(count(*) AS integer) FROM d) + CAST(d.place AS integer),"
          + " d.notation, d.duplicate_key, d.duplicate_code_key, d.document_date, d.type_id,"
          + " d.subject, d.issuer_name, d.issuer_code, d.signer_name, d.signer_position, d.urgency,"
          + " d.confidentiality, d.page_count, d.copies, d.deadline, d.notes, d.received_at,"
          + " d.registered_at, d.registered_by, d.registered_at, d.registered_by, 1"
          + " FROM d CROSS JOIN counter c),"
          + " files AS (INSERT INTO document_file (id, document_id, position, version)"
          + " SELECT f.id, f.document_id, f.position, 1 FROM f CROSS JOIN counter),"
          + " versions AS (INSERT INTO file_version (id, file_id, version_number, sha256,"
          + " file_name, media_type, size_bytes, created_by, created_at, version)"
          + " SELECT f.version_id, f.id, 1, f.sha256, f.file_name, f.media_type, f.size_bytes,"
          + " d.registered_by, d.registered_at, 1 FROM f JOIN d ON d.id = f.document_id"
          + " CROSS JOIN counter),"
          + " journal AS (INSERT INTO search_journal (id, version, document_id, changed_at)"
          + " SELECT d.journal_id, 1, d.id, d.registered_at FROM d CROSS JOIN counter),"
          + " audit AS (INSERT INTO audit_entry (id, occurred_at, actor, origin, action,"
          + " object_type, object_id, detail)"
          + " SELECT d.audit_id, d.registered_at, d.registered_by, d.origin, '"
          + AuditAction.DOCUMENT_REGISTERED.name()
          + "', 'Document', CAST(d.id AS text), d.detail FROM d CROSS JOIN counter),"
          + " pending AS (INSERT INTO audit_pending (entry_id)"
          + " SELECT d.audit_id FROM d CROSS JOIN counter)"
          + " SELECT last_number FROM counter";

  @PersistenceContext EntityManager em;

  /** Whether this database takes a batch in one statement: PostgreSQL's data-modifying WITH. */
  public boolean available() {
    return Databases.isPostgreSql(em);
  }

  /** What the audit entry of a registration says: the số ký hiệu and the issuer. */
  static String auditDetail(Document document) {
    return document.getNotation() + " — " + document.getIssuerName();
  }

  /**
   * Gives the documents their ids and writes them, numbered in the batch's order from the
   * register's next number, inside the caller's transaction.
   *
   * @return the first of the batch's numbers, or null when the year's counter does not exist yet
   *     (then nothing was written and no id was given): see {@link
   *     vn.eoffice.registers.control.RegisterNumbering#withCounter}
   */
  public Integer write(
      long agencyId,
      long registerId,
      int year,
      List<IncomingRegistration> batch,
      List<Document> documents) {
    Session session = em.unwrap(Session.class);
    int n = documents.size();
    long[] ids = new long[n];
    long[] journalIds = new long[n];
    long[] auditIds = new long[n];
    List<DocumentFile> files = new ArrayList<>();
    List<Long> fileIds = new ArrayList<>();
    List<Long> versionIds = new ArrayList<>();
    List<Long> fileDocuments = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ids[i] = nextId(session, Document.class);
      journalIds[i] = nextId(session, SearchJournalEntry.class);
      auditIds[i] = nextId(session, AuditEntry.class);
      for (DocumentFile file : documents.get(i).getFiles()) {
        files.add(file);
        fileIds.add(nextId(session, DocumentFile.class));
        versionIds.add(nextId(session, FileVersion.class));
        fileDocuments.add(ids[i]);
      }
    }
    Connection connection = em.unwrap(Connection.class);
    try (PreparedStatement statement = connection.prepareStatement(SQL)) {
      int p = 0;
      statement.setArray(++p, connection.createArrayOf("bigint", boxed(ids)));
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
      statement.setArray(++p, connection.createArrayOf("bigint", boxed(journalIds)));
      statement.setArray(++p, connection.createArrayOf("bigint", boxed(auditIds)));
      statement.setArray(
          ++p,
          connection.createArrayOf(
              "text", batch.stream().map(IncomingRegistration::origin).toArray()));
      statement.setArray(++p, texts(connection, documents, IncomingRows::auditDetail));
      statement.setArray(++p, connection.createArrayOf("bigint", fileIds.toArray()));
      statement.setArray(++p, connection.createArrayOf("bigint", fileDocuments.toArray()));
      statement.setArray(
          ++p,
          connection.createArrayOf(
              "integer", files.stream().map(DocumentFile::getPosition).toArray()));
      statement.setArray(++p, connection.createArrayOf("bigint", versionIds.toArray()));
      statement.setArray(++p, texts(connection, files, f -> f.current().getContent().getSha256()));
      statement.setArray(
          ++p, texts(connection, files, f -> f.current().getContent().getFileName()));
      statement.setArray(
          ++p, texts(connection, files, f -> f.current().getContent().getMediaType()));
      statement.setArray(
          ++p,
          connection.createArrayOf(
              "bigint", files.stream().map(f -> f.current().getContent().getSize()).toArray()));
      statement.setLong(++p, registerId);
      statement.setInt(++p, year);
      statement.setLong(++p, agencyId);
      try (ResultSet last = statement.executeQuery()) {
        if (!last.next()) {
          return null;
        }
        for (int i = 0; i < n; i++) {
          documents.get(i).writtenAs(ids[i]);
        }
        for (int i = 0; i < files.size(); i++) {
          files.get(i).writtenAs(fileIds.get(i));
          files.get(i).current().writtenAs(versionIds.get(i));
        }
        return last.getInt(1) - n + 1;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the registrations could not be written: " + e, e);
    }
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
