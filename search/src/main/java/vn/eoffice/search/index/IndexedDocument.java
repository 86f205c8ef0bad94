package vn.eoffice.search.index;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A document as the index holds it: every field of the register line, the text of its files, and
 * who may find it.
 *
 * @param direction INCOMING or OUTGOING
 * @param date the document's own date (ngày ban hành), else the day it was registered
 * @param access the keys of those who may read it (e.g. {@code user:vanthu}, {@code unit:5}); a
 *     search finds only documents sharing a key with the searcher
 */
public record IndexedDocument(
    long id,
    String direction,
    Integer year,
    String register,
    Integer number,
    String notation,
    LocalDate date,
    String type,
    String subject,
    String issuer,
    String signer,
    String status,
    String urgency,
    String confidentiality,
    List<String> handlers,
    String content,
    Set<String> access) {

  public IndexedDocument {
    handlers = handlers == null ? List.of() : List.copyOf(handlers);
    access = Set.copyOf(access);
    content = content == null ? "" : content;
  }
}
