package vn.eoffice.app;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

/** A received document as a clerk types it in; every one has its own số ký hiệu unless told. */
final class IncomingDocumentBuilder {

  /** Công văn in the seeded types. */
  static final long OFFICIAL_LETTER = 18;

  /** Quyết định in the seeded types. */
  static final long DECISION = 2;

  private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime() % 1_000_000);

  private long typeId = OFFICIAL_LETTER;
  private String notation = SERIAL.incrementAndGet() + "/UBND-VP";
  private LocalDate documentDate = LocalDate.now().minusDays(1);
  private String subject = "V/v triển khai kế hoạch chuyển đổi số năm 2026";
  private String issuerName = "UBND huyện Mẫu";
  private String confidentiality = "NORMAL";
  private java.time.OffsetDateTime receivedAt;
  private final JsonArrayBuilder uploads = Json.createArrayBuilder();
  private boolean confirmDuplicate;

  static IncomingDocumentBuilder anIncomingDocument() {
    return new IncomingDocumentBuilder();
  }

  IncomingDocumentBuilder ofType(long id) {
    this.typeId = id;
    return this;
  }

  IncomingDocumentBuilder numbered(String value) {
    this.notation = value;
    return this;
  }

  IncomingDocumentBuilder datedOn(LocalDate value) {
    this.documentDate = value;
    return this;
  }

  IncomingDocumentBuilder about(String value) {
    this.subject = value;
    return this;
  }

  IncomingDocumentBuilder from(String issuer) {
    this.issuerName = issuer;
    return this;
  }

  IncomingDocumentBuilder confidential() {
    this.confidentiality = "CONFIDENTIAL";
    return this;
  }

  IncomingDocumentBuilder withUpload(long uploadId) {
    uploads.add(uploadId);
    return this;
  }

  /** Received at this moment (the clerk's arrival time) instead of now. */
  IncomingDocumentBuilder receivedAt(java.time.OffsetDateTime value) {
    this.receivedAt = value;
    return this;
  }

  IncomingDocumentBuilder confirmingDuplicate() {
    this.confirmDuplicate = true;
    return this;
  }

  String json() {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("typeId", typeId)
            .add("notation", notation)
            .add("documentDate", documentDate.toString())
            .add("subject", subject)
            .add("issuerName", issuerName)
            .add("urgency", "URGENT")
            .add("confidentiality", confidentiality)
            .add("pageCount", 2)
            .add("uploadIds", uploads)
            .add("confirmDuplicate", confirmDuplicate);
    if (receivedAt != null) {
      json.add("receivedAt", receivedAt.toString());
    }
    return json.build().toString();
  }
}
