package vn.eoffice.search.index;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Test documents: an incoming công văn readable by everyone in the agency unless told. */
final class Documents {

  static final Set<String> EVERYONE = Set.of("agency");

  private long id;
  private String direction = "INCOMING";
  private String notation;
  private LocalDate date = LocalDate.of(2026, 3, 2);
  private String type = "Công văn";
  private String subject = "";
  private String issuer = "UBND huyện Mẫu";
  private String signer;
  private String register = "Sổ văn bản đến";
  private String status = "REGISTERED";
  private String urgency = "NORMAL";
  private String confidentiality = "NORMAL";
  private List<String> handlers = List.of();
  private String content = "";
  private Set<String> access = EVERYONE;

  static Documents document(long id) {
    Documents d = new Documents();
    d.id = id;
    d.notation = id + "/UBND-VP";
    return d;
  }

  Documents subject(String value) {
    subject = value;
    return this;
  }

  Documents content(String value) {
    content = value;
    return this;
  }

  Documents notation(String value) {
    notation = value;
    return this;
  }

  Documents type(String value) {
    type = value;
    return this;
  }

  Documents issuer(String value) {
    issuer = value;
    return this;
  }

  Documents signer(String value) {
    signer = value;
    return this;
  }

  Documents outgoing() {
    direction = "OUTGOING";
    register = "Sổ văn bản đi";
    status = "ISSUED";
    return this;
  }

  Documents dated(LocalDate value) {
    date = value;
    return this;
  }

  Documents urgent() {
    urgency = "URGENT";
    return this;
  }

  Documents handledBy(String... names) {
    handlers = List.of(names);
    return this;
  }

  Documents confidentialFor(String... keys) {
    confidentiality = "CONFIDENTIAL";
    access = Set.of(keys);
    return this;
  }

  IndexedDocument build() {
    return new IndexedDocument(
        id,
        direction,
        date.getYear(),
        register,
        (int) id,
        notation,
        date,
        type,
        subject,
        issuer,
        signer,
        status,
        urgency,
        confidentiality,
        handlers,
        content,
        access);
  }
}
