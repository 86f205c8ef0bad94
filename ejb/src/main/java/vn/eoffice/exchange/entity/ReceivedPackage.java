package vn.eoffice.exchange.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.eoffice.documents.entity.Document;
import vn.eoffice.edxml.EdXmlPackage;
import vn.eoffice.platform.entity.AgencyRecord;

/**
 * A package received for this agency that passed the checks: it waits in the clerk's queue (Văn bản
 * điện tử đến) with its metadata and files until the clerk accepts it, which registers it, or
 * refuses it with a reason. One per sender, document and business: a package that arrives again is
 * the same package.
 */
@Entity
@Table(name = "exchange_package")
@NamedQuery(
    name = ReceivedPackage.IN_STATE,
    query = "SELECT p FROM ReceivedPackage p WHERE p.state = :state ORDER BY p.receivedAt, p.id")
@NamedQuery(
    name = ReceivedPackage.BY_KEY,
    query = "SELECT p FROM ReceivedPackage p WHERE p.dedupKey = :key")
@NamedQuery(
    name = ReceivedPackage.OF_DOCUMENT,
    query = "SELECT p FROM ReceivedPackage p WHERE p.document.id = :documentId")
public class ReceivedPackage extends AgencyRecord {

  public static final String IN_STATE = "ReceivedPackage.inState";
  public static final String BY_KEY = "ReceivedPackage.byKey";
  public static final String OF_DOCUMENT = "ReceivedPackage.ofDocument";

  public enum State {
    /** In the clerk's queue. */
    WAITING,
    /** Registered in the incoming register. */
    ACCEPTED,
    /** Refused by the clerk, with the reason sent back (02, or 16 for a recall or an update). */
    REFUSED,
    /** Recalled by its sender, the clerk agreeing (15); or replaced by a newer package. */
    RECALLED
  }

  @Column(name = "dedup_key", nullable = false, length = 500, updatable = false)
  private String dedupKey;

  @Column(name = "from_organ", nullable = false, length = 13, updatable = false)
  private String fromOrgan;

  @Column(name = "from_name", nullable = false, length = 255, updatable = false)
  private String fromName;

  @Column(name = "edxml_document", nullable = false, length = 300, updatable = false)
  private String edxmlDocument;

  @Column(nullable = false, updatable = false)
  private short business;

  @Column(length = 2000, updatable = false)
  private String reason;

  @Column(name = "code_number", length = 20, updatable = false)
  private String codeNumber;

  @Column(name = "code_notation", length = 100, updatable = false)
  private String codeNotation;

  @Column(name = "document_date", updatable = false)
  private LocalDate documentDate;

  @Column(name = "type_name", length = 100, updatable = false)
  private String typeName;

  @Column(nullable = false, length = 2000, updatable = false)
  private String subject;

  @Column(name = "signer_name", length = 255, updatable = false)
  private String signerName;

  @Column(name = "signer_position", length = 255, updatable = false)
  private String signerPosition;

  @Column(name = "due_date", updatable = false)
  private LocalDate dueDate;

  @Column(updatable = false)
  private Short priority;

  @Column(name = "page_amount", updatable = false)
  private Integer pageAmount;

  @Column(nullable = false, updatable = false)
  private boolean paper;

  /** Whether its XML signature verified with the sender's certificate. */
  @Column(nullable = false, updatable = false)
  private boolean signed;

  @Column(name = "payload_sha256", nullable = false, length = 64, updatable = false)
  private String payloadSha256;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private State state = State.WAITING;

  @Column(name = "received_at", nullable = false, updatable = false)
  private Instant receivedAt;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decided_by", length = 64)
  private String decidedBy;

  @Column(length = 2000)
  private String refusal;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "document_id")
  private Document document;

  /** For a recall, an update or a replacement: the package of the document it concerns. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "original_id", updatable = false)
  private ReceivedPackage original;

  @OneToMany(mappedBy = "pack", cascade = CascadeType.PERSIST)
  @OrderBy("ordinal")
  private List<ReceivedFile> files = new ArrayList<>();

  protected ReceivedPackage() {}

  public ReceivedPackage(
      String dedupKey,
      EdXmlPackage pack,
      String fromName,
      boolean signed,
      String payloadSha256,
      Instant receivedAt) {
    this.dedupKey = dedupKey;
    this.fromOrgan = pack.from().organId();
    this.fromName = fromName;
    this.edxmlDocument = pack.documentId();
    this.business = (short) pack.business().type().code;
    this.reason = clip(pack.business().reason(), 2000);
    this.codeNumber = clip(pack.codeNumber(), 20);
    this.codeNotation = clip(pack.codeNotation(), 100);
    this.documentDate = pack.promulgationDate();
    this.typeName = clip(pack.typeName(), 100);
    this.subject = clip(pack.subject(), 2000);
    this.signerName = clip(pack.signerName(), 255);
    this.signerPosition = clip(pack.signerPosition(), 255);
    this.dueDate = pack.dueDate();
    this.priority = pack.priority() == null ? null : pack.priority().shortValue();
    this.pageAmount = pack.pageAmount();
    this.paper = pack.business().paper();
    this.signed = signed;
    this.payloadSha256 = payloadSha256;
    this.receivedAt = receivedAt;
  }

  private static String clip(String text, int length) {
    return text == null || text.length() <= length ? text : text.substring(0, length);
  }

  public ReceivedFile addFile(String sha256, String fileName, String mediaType, long size) {
    ReceivedFile file = new ReceivedFile(this, files.size() + 1, sha256, fileName, mediaType, size);
    files.add(file);
    return file;
  }

  public void accepted(Document registered, String clerk, Instant at) {
    state = State.ACCEPTED;
    document = registered;
    decidedBy = clerk;
    decidedAt = at;
  }

  public void concerns(ReceivedPackage original) {
    this.original = original;
  }

  public ReceivedPackage getOriginal() {
    return original;
  }

  /** Recalled by its sender (or superseded by an update): out of the queue, its record kept. */
  public void recalled(String clerk, Instant at) {
    state = State.RECALLED;
    if (decidedAt == null) {
      decidedBy = clerk;
      decidedAt = at;
    }
  }

  /** The clerk agreed to a recall, an update or a replacement. */
  public void agreed(String clerk, Instant at) {
    state = State.ACCEPTED;
    decidedBy = clerk;
    decidedAt = at;
  }

  public void refused(String why, String clerk, Instant at) {
    state = State.REFUSED;
    refusal = why;
    decidedBy = clerk;
    decidedAt = at;
  }

  /** The số ký hiệu as the sender wrote it: {@code 15/QĐ-UBND}. */
  public String getNotation() {
    if (codeNumber == null) {
      return codeNotation;
    }
    return codeNotation == null ? codeNumber : codeNumber + "/" + codeNotation;
  }

  public String getDedupKey() {
    return dedupKey;
  }

  public String getFromOrgan() {
    return fromOrgan;
  }

  public String getFromName() {
    return fromName;
  }

  public String getEdxmlDocument() {
    return edxmlDocument;
  }

  public int getBusiness() {
    return business;
  }

  public String getReason() {
    return reason;
  }

  public String getCodeNumber() {
    return codeNumber;
  }

  public String getCodeNotation() {
    return codeNotation;
  }

  public LocalDate getDocumentDate() {
    return documentDate;
  }

  public String getTypeName() {
    return typeName;
  }

  public String getSubject() {
    return subject;
  }

  public String getSignerName() {
    return signerName;
  }

  public String getSignerPosition() {
    return signerPosition;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public Short getPriority() {
    return priority;
  }

  public Integer getPageAmount() {
    return pageAmount;
  }

  public boolean isPaper() {
    return paper;
  }

  public boolean isSigned() {
    return signed;
  }

  public String getPayloadSha256() {
    return payloadSha256;
  }

  public State getState() {
    return state;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public String getRefusal() {
    return refusal;
  }

  public Document getDocument() {
    return document;
  }

  public List<ReceivedFile> getFiles() {
    return files;
  }
}
