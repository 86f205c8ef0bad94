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
import java.util.ArrayList;
import java.util.List;
import vn.eoffice.documents.entity.Document;
import vn.eoffice.platform.entity.AgencyRecord;

/**
 * One electronic recipient (nơi nhận) of an outgoing document, on the sender's side: chosen on the
 * draft, sent when the document is issued, then every status the recipient reports back, in order.
 */
@Entity
@Table(name = "exchange_recipient")
@NamedQuery(
    name = ExchangeRecipient.OF_DOCUMENT,
    query = "SELECT r FROM ExchangeRecipient r WHERE r.document.id = :documentId ORDER BY r.id")
@NamedQuery(
    name = ExchangeRecipient.BY_EDXML,
    query =
        "SELECT r FROM ExchangeRecipient r WHERE r.edxmlDocument = :documentId"
            + " AND r.organCode = :organCode")
@NamedQuery(
    name = ExchangeRecipient.NOT_ACCEPTED,
    query =
        "SELECT r FROM ExchangeRecipient r WHERE r.sentAt < :before AND r.state <> :cancelled"
            + " AND (r.statusCode IS NULL OR r.statusCode = '01') ORDER BY r.sentAt")
public class ExchangeRecipient extends AgencyRecord {

  public static final String OF_DOCUMENT = "ExchangeRecipient.ofDocument";
  public static final String BY_EDXML = "ExchangeRecipient.byEdxml";
  public static final String NOT_ACCEPTED = "ExchangeRecipient.notAccepted";

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "document_id", nullable = false, updatable = false)
  private Document document;

  @Column(name = "organ_code", nullable = false, length = 13, updatable = false)
  private String organCode;

  @Column(name = "organ_name", nullable = false, length = 255)
  private String organName;

  @Column(nullable = false)
  private boolean paper;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private RecipientState state = RecipientState.CHOSEN;

  /** The document's edXML DocumentId, given when it is sent. */
  @Column(name = "edxml_document", length = 300)
  private String edxmlDocument;

  @Column(length = 2000)
  private String failure;

  @Column(name = "status_code", length = 2)
  private String statusCode;

  @Column(name = "status_at")
  private Instant statusAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @OneToMany(mappedBy = "recipient", cascade = CascadeType.PERSIST)
  @OrderBy("happenedAt, id")
  private List<ExchangeStatus> statuses = new ArrayList<>();

  protected ExchangeRecipient() {}

  public ExchangeRecipient(Document document, String organCode, String organName, boolean paper) {
    this.document = document;
    this.organCode = organCode;
    this.organName = organName;
    this.paper = paper;
  }

  /** Sent now under this edXML DocumentId: on its way until the receiver has it. */
  public void sent(String edxmlDocument, Instant at) {
    this.edxmlDocument = edxmlDocument;
    this.sentAt = at;
    this.state = RecipientState.SENDING;
    this.failure = null;
  }

  public void delivered() {
    if (state == RecipientState.SENDING || state == RecipientState.FAILED) {
      state = RecipientState.DELIVERED;
      failure = null;
    }
  }

  public void failed(String reason) {
    state = RecipientState.FAILED;
    failure = reason;
  }

  /** Trying again after a failure: on its way once more. */
  public void retrying() {
    if (state == RecipientState.FAILED) {
      state = RecipientState.SENDING;
      failure = null;
    }
  }

  public void cancelled() {
    state = RecipientState.CANCELLED;
  }

  /** A status the recipient reported: kept, and the latest by its time is the one shown. */
  public ExchangeStatus report(
      String code,
      String description,
      String staff,
      String department,
      Instant happenedAt,
      Instant receivedAt) {
    ExchangeStatus status =
        new ExchangeStatus(this, code, description, staff, department, happenedAt, receivedAt);
    statuses.add(status);
    if (statusAt == null || !happenedAt.isBefore(statusAt)) {
      statusCode = code;
      statusAt = happenedAt;
    }
    delivered();
    return status;
  }

  public Document getDocument() {
    return document;
  }

  public String getOrganCode() {
    return organCode;
  }

  public String getOrganName() {
    return organName;
  }

  public boolean isPaper() {
    return paper;
  }

  public RecipientState getState() {
    return state;
  }

  public String getEdxmlDocument() {
    return edxmlDocument;
  }

  public String getFailure() {
    return failure;
  }

  public String getStatusCode() {
    return statusCode;
  }

  public Instant getStatusAt() {
    return statusAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public List<ExchangeStatus> getStatuses() {
    return statuses;
  }
}
