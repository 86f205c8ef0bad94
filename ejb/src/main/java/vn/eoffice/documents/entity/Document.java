package vn.eoffice.documents.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.eoffice.organisation.entity.Agency;
import vn.eoffice.organisation.entity.Unit;
import vn.eoffice.people.entity.Reader;
import vn.eoffice.people.entity.Role;
import vn.eoffice.platform.entity.AgencyRecord;
import vn.eoffice.registers.entity.Direction;
import vn.eoffice.registers.entity.DocumentRegister;
import vn.eoffice.registers.entity.DocumentType;

/**
 * A document in a register: its number in the register's yearly series, its số ký hiệu and the
 * fields of the register pages (Decree 30/2020, Phụ lục IV), its files, and who may see it.
 */
@Entity
@Table(name = "document")
@NamedQuery(
    name = Document.SAME_INCOMING,
    query = "SELECT d FROM Document d WHERE d.duplicateKey = :key OR d.duplicateCodeKey = :codeKey")
@NamedQuery(
    name = Document.DRAFTS,
    query =
        "SELECT d FROM Document d WHERE d.direction = vn.eoffice.registers.entity.Direction.OUTGOING"
            + " AND d.status <> vn.eoffice.documents.entity.DocumentStatus.ISSUED"
            + " ORDER BY d.createdAt DESC")
@NamedQuery(
    name = Document.AWAITING,
    query = "SELECT d FROM Document d WHERE d.awaitingUser = :username ORDER BY d.createdAt")
public class Document extends AgencyRecord {

  public static final String DRAFTS = "Document.drafts";
  public static final String AWAITING = "Document.awaiting";

  public static final String SAME_INCOMING = "Document.sameIncoming";

  /** The same column as {@link #getAgencyId()}, which writes it; read here as the agency. */
  @ManyToOne(optional = false)
  @JoinColumn(name = "agency_id", insertable = false, updatable = false)
  private Agency agency;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Direction direction;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private DocumentStatus status;

  @ManyToOne
  @JoinColumn(name = "register_id")
  private DocumentRegister register;

  @Column(name = "register_year")
  private Integer registerYear;

  /** Số đến or số đi: the number in the register's series of {@link #registerYear}. */
  private Integer number;

  /** Số, ký hiệu, e.g. 15/QĐ-UBND: the issuer's for incoming documents, composed for outgoing. */
  private String notation;

  /** The notation in a comparable form; set for outgoing documents, unique within the year. */
  @Column(name = "notation_key")
  private String notationKey;

  /** Issuer, số ký hiệu and date of an incoming document, comparable: see {@link #sameKey}. */
  @Column(name = "duplicate_key", length = 400)
  private String duplicateKey;

  @Column(name = "duplicate_code_key", length = 150)
  private String duplicateCodeKey;

  /** Ngày tháng văn bản: the date the issuer gave it. */
  @Column(name = "document_date")
  private LocalDate documentDate;

  @ManyToOne(optional = false)
  @JoinColumn(name = "document_type_id")
  private DocumentType type;

  /** Trích yếu. */
  @Column(nullable = false, length = 2000)
  private String subject;

  /** Tác giả / cơ quan ban hành. */
  @Column(name = "issuer_name")
  private String issuerName;

  /** Mã định danh of the issuer (13 characters, e.g. 000.05.07.G11), when known. */
  @Column(name = "issuer_code", length = 13)
  private String issuerCode;

  @Column(name = "signer_name")
  private String signerName;

  @Column(name = "signer_position")
  private String signerPosition;

  /** Nơi nhận, one recipient per line. */
  @Column(length = 2000)
  private String recipients;

  /** Đơn vị soạn thảo of an outgoing document. */
  @ManyToOne
  @JoinColumn(name = "drafting_unit_id")
  private Unit draftingUnit;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Urgency urgency = Urgency.NORMAL;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Confidentiality confidentiality = Confidentiality.NORMAL;

  @Column(name = "page_count")
  private Integer pageCount;

  private Integer copies;

  /** Hạn giải quyết. */
  private LocalDate deadline;

  @Column(length = 2000)
  private String notes;

  /** Ngày đến: when an incoming document arrived. */
  @Column(name = "received_at")
  private Instant receivedAt;

  @Column(name = "registered_at")
  private Instant registeredAt;

  @Column(name = "registered_by", length = 64)
  private String registeredBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 64)
  private String createdBy;

  @Column(name = "issued_at")
  private Instant issuedAt;

  @Column(name = "issued_by", length = 64)
  private String issuedBy;

  /** Besides whoever registered or drafted it: who may see a confidential document. */
  @ElementCollection
  @CollectionTable(name = "document_access", joinColumns = @JoinColumn(name = "document_id"))
  @Column(name = "username", length = 64)
  private Set<String> grantedTo = new HashSet<>();

  /** Units that handle or received the document. */
  @ElementCollection
  @CollectionTable(name = "document_unit", joinColumns = @JoinColumn(name = "document_id"))
  private Set<UnitShare> units = new HashSet<>();

  /**
   * The code of the public verification page its QR code opens (see the verification component).
   */
  @Column(name = "verification_code", length = 32)
  private String verificationCode;

  /** Whose action the document waits for; null when it waits for nobody in particular. */
  @Column(name = "awaiting_user", length = 64)
  private String awaitingUser;

  /** The SHA-256 of the file version the signing leader approved. */
  @Column(name = "approved_sha256", length = 64)
  private String approvedSha256;

  @Column(name = "approved_by", length = 64)
  private String approvedBy;

  @Column(name = "approved_at")
  private Instant approvedAt;

  @OneToMany(mappedBy = "document", cascade = CascadeType.PERSIST)
  @OrderBy("position")
  private List<DocumentFile> files = new ArrayList<>();

  protected Document() {}

  /**
   * What two registrations of the same incoming document share: the issuer (by name, or by its code
   * when given), the số ký hiệu and the date, compared without case and spacing differences.
   */
  public static String sameKey(String issuer, String notation, LocalDate documentDate) {
    return comparable(issuer) + "|" + comparable(notation) + "|" + documentDate;
  }

  private static String comparable(String text) {
    return java.text.Normalizer.normalize(text.strip(), java.text.Normalizer.Form.NFC)
        .replaceAll("\\s+", " ")
        .toUpperCase(java.util.Locale.ROOT);
  }

  public String getDuplicateKey() {
    return duplicateKey;
  }

  public String getDuplicateCodeKey() {
    return duplicateCodeKey;
  }

  /** Sets the keys the duplicate warning looks up, from the issuer, số ký hiệu and date. */
  public void keyForDuplicates() {
    duplicateKey = sameKey(issuerName, notation, documentDate);
    duplicateCodeKey = issuerCode == null ? null : sameKey(issuerCode, notation, documentDate);
  }

  public Document(
      Agency agency,
      Direction direction,
      DocumentStatus status,
      DocumentType type,
      String subject,
      String createdBy,
      Instant createdAt) {
    this.agency = agency;
    belongsTo(agency == null ? null : agency.getId());
    this.direction = direction;
    this.status = status;
    this.type = type;
    this.subject = subject;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  /** Enters the document in a register under the number the register's series gave it. */
  public void enter(DocumentRegister register, int year, int number) {
    this.register = register;
    this.registerYear = year;
    this.number = number;
  }

  public void markRegistered(String username, Instant at) {
    this.status = DocumentStatus.REGISTERED;
    this.registeredBy = username;
    this.registeredAt = at;
  }

  public void markIssued(String notation, String notationKey, String username, Instant at) {
    this.status = DocumentStatus.ISSUED;
    this.awaitingUser = null;
    this.notation = notation;
    this.notationKey = notationKey;
    this.issuedBy = username;
    this.issuedAt = at;
  }

  /** Số đến as it is; số đi with a leading zero below 10 (Decree 30/2020, Phụ lục I). */
  public String numberText() {
    if (number == null) {
      return null;
    }
    return direction == Direction.OUTGOING ? String.format("%02d", number) : number.toString();
  }

  /** A clerk's correction of the fields a register line shows; see DocumentCorrection. */
  public void correct(
      String subject,
      String signerName,
      String signerPosition,
      String recipients,
      Urgency urgency,
      Integer pageCount,
      Integer copies,
      LocalDate deadline,
      String notes) {
    this.subject = subject;
    this.signerName = signerName;
    this.signerPosition = signerPosition;
    this.recipients = recipients;
    this.urgency = urgency;
    this.pageCount = pageCount;
    this.copies = copies;
    this.deadline = deadline;
    this.notes = notes;
  }

  public DocumentFile addFile() {
    DocumentFile file = new DocumentFile(this, files.size() + 1);
    files.add(file);
    return file;
  }

  /**
   * Whether this reader may see the document's content (Decree 30 and the workflow's rules):
   *
   * <ul>
   *   <li>whoever registered or drafted it, whoever it waits for, and everyone it was explicitly
   *       assigned, presented or sent to, always;
   *   <li>nobody else when it is confidential (Mật, Tối mật, Tuyệt mật);
   *   <li>otherwise also the agency's leaders, the leaders of the units that handle it, the members
   *       of the units it was sent to; for incoming documents the registry (clerks) and the
   *       archivists; for outgoing ones the leaders of the drafting unit, the clerks once it is
   *       approved (or signed) and the archivists once it is issued.
   * </ul>
   */
  public boolean readableBy(Reader reader) {
    if (getAgencyId() == null || reader.agencyId() != getAgencyId()) {
      return false;
    }
    String username = reader.username();
    if (username.equals(createdBy)
        || username.equals(registeredBy)
        || username.equals(awaitingUser)
        || grantedTo.contains(username)) {
      return true;
    }
    if (confidentiality.restricted()) {
      return false;
    }
    if (reader.agencyLeader()) {
      return true;
    }
    for (UnitShare share : units) {
      if (share.getKind() == UnitShare.Kind.HANDLING && reader.leads(share.getUnitId())
          || share.getKind() == UnitShare.Kind.RECIPIENT && reader.memberOf(share.getUnitId())) {
        return true;
      }
    }
    if (direction == Direction.INCOMING) {
      return reader.has(Role.CLERK) || reader.has(Role.ARCHIVIST);
    }
    if (draftingUnit != null && reader.leads(draftingUnit.getId())) {
      return true;
    }
    return (status == DocumentStatus.APPROVED || status == DocumentStatus.SIGNED)
            && reader.has(Role.CLERK)
        || status == DocumentStatus.ISSUED
            && (reader.has(Role.CLERK) || reader.has(Role.ARCHIVIST));
  }

  /**
   * The same rules as {@link #readableBy} as keys for the search index: a reader may read the
   * document exactly when one of {@link Reader#keys()} is among these.
   */
  public Set<String> readerKeys() {
    return readerKeys(grantedTo, units);
  }

  /**
   * {@link #readerKeys()} with the people and units the document was given to supplied by the
   * caller, who loaded them for many documents at once (the search index does).
   */
  public Set<String> readerKeys(Collection<String> grantedTo, Collection<UnitShare> units) {
    return Reader.inAgency(getAgencyId(), keysInAgency(grantedTo, units));
  }

  private Set<String> keysInAgency(Collection<String> grantedTo, Collection<UnitShare> units) {
    Set<String> keys = new HashSet<>();
    for (String username : new String[] {createdBy, registeredBy, awaitingUser}) {
      if (username != null) {
        keys.add(Reader.userKey(username));
      }
    }
    grantedTo.forEach(username -> keys.add(Reader.userKey(username)));
    if (confidentiality.restricted()) {
      return keys;
    }
    keys.add(Reader.AGENCY_LEADERS);
    for (UnitShare share : units) {
      keys.add(
          share.getKind() == UnitShare.Kind.HANDLING
              ? Reader.leaderKey(share.getUnitId())
              : Reader.memberKey(share.getUnitId()));
    }
    if (direction == Direction.INCOMING) {
      keys.add(Reader.roleKey(Role.CLERK));
      keys.add(Reader.roleKey(Role.ARCHIVIST));
      return keys;
    }
    if (draftingUnit != null) {
      keys.add(Reader.leaderKey(draftingUnit.getId()));
    }
    if (status == DocumentStatus.APPROVED || status == DocumentStatus.SIGNED) {
      keys.add(Reader.roleKey(Role.CLERK));
    }
    if (status == DocumentStatus.ISSUED) {
      keys.add(Reader.roleKey(Role.CLERK));
      keys.add(Reader.roleKey(Role.ARCHIVIST));
    }
    return keys;
  }

  /** Gives a person access to the document, confidential or not. */
  public void grant(String username) {
    grantedTo.add(username);
  }

  /** Lets a unit take part: its leaders (handling) or its members (recipient) read it. */
  public void share(Long unitId, UnitShare.Kind kind) {
    units.add(new UnitShare(unitId, kind));
  }

  /**
   * Moves the document to {@code next}, waiting for {@code awaiting} (null: nobody in particular).
   */
  /** Gives the document the code of its verification page, once. */
  public void giveVerificationCode(String code) {
    if (verificationCode != null) {
      throw new IllegalStateException("the document has its verification code already");
    }
    this.verificationCode = code;
  }

  public String getVerificationCode() {
    return verificationCode;
  }

  /** Its sender recalled it: the handling stops and the files are no longer shown. */
  public void recall() {
    this.status = DocumentStatus.RECALLED;
    this.awaitingUser = null;
  }

  public void moveTo(DocumentStatus next, String awaiting) {
    this.status = next;
    this.awaitingUser = awaiting;
  }

  /** The signing leader approved exactly this file content. */
  public void approve(String sha256, String username, Instant at) {
    this.approvedSha256 = sha256;
    this.approvedBy = username;
    this.approvedAt = at;
  }

  public String getAwaitingUser() {
    return awaitingUser;
  }

  public String getApprovedSha256() {
    return approvedSha256;
  }

  public String getApprovedBy() {
    return approvedBy;
  }

  public Instant getApprovedAt() {
    return approvedAt;
  }

  public Set<UnitShare> getUnits() {
    return Collections.unmodifiableSet(units);
  }

  public Agency getAgency() {
    return agency;
  }

  public Direction getDirection() {
    return direction;
  }

  public DocumentStatus getStatus() {
    return status;
  }

  public DocumentRegister getRegister() {
    return register;
  }

  public Integer getRegisterYear() {
    return registerYear;
  }

  public Integer getNumber() {
    return number;
  }

  public String getNotation() {
    return notation;
  }

  public void setNotation(String notation) {
    this.notation = notation;
  }

  public LocalDate getDocumentDate() {
    return documentDate;
  }

  public void setDocumentDate(LocalDate documentDate) {
    this.documentDate = documentDate;
  }

  public DocumentType getType() {
    return type;
  }

  public String getSubject() {
    return subject;
  }

  public String getIssuerName() {
    return issuerName;
  }

  public String getIssuerCode() {
    return issuerCode;
  }

  public void setIssuer(String name, String code) {
    this.issuerName = name;
    this.issuerCode = code;
  }

  public String getSignerName() {
    return signerName;
  }

  public String getSignerPosition() {
    return signerPosition;
  }

  public void setSigner(String name, String position) {
    this.signerName = name;
    this.signerPosition = position;
  }

  public String getRecipients() {
    return recipients;
  }

  public void setRecipients(String recipients) {
    this.recipients = recipients;
  }

  public Unit getDraftingUnit() {
    return draftingUnit;
  }

  public void setDraftingUnit(Unit draftingUnit) {
    this.draftingUnit = draftingUnit;
  }

  public Urgency getUrgency() {
    return urgency;
  }

  public void setUrgency(Urgency urgency) {
    this.urgency = urgency;
  }

  public Confidentiality getConfidentiality() {
    return confidentiality;
  }

  public void setConfidentiality(Confidentiality confidentiality) {
    this.confidentiality = confidentiality;
  }

  public Integer getPageCount() {
    return pageCount;
  }

  public void setPageCount(Integer pageCount) {
    this.pageCount = pageCount;
  }

  public Integer getCopies() {
    return copies;
  }

  public void setCopies(Integer copies) {
    this.copies = copies;
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public void setDeadline(LocalDate deadline) {
    this.deadline = deadline;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public void setReceivedAt(Instant receivedAt) {
    this.receivedAt = receivedAt;
  }

  public Instant getRegisteredAt() {
    return registeredAt;
  }

  public String getRegisteredBy() {
    return registeredBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getIssuedAt() {
    return issuedAt;
  }

  public String getIssuedBy() {
    return issuedBy;
  }

  public Set<String> getGrantedTo() {
    return grantedTo;
  }

  public List<DocumentFile> getFiles() {
    return files;
  }

  /** The file with this id, when the document has it. */
  public Optional<DocumentFile> file(long fileId) {
    return files.stream().filter(f -> f.getId() == fileId).findFirst();
  }
}
