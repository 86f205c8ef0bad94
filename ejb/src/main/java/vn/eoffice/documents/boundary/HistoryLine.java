package vn.eoffice.documents.boundary;

import java.time.Instant;

/**
 * One line of a document's history as its page reads it: who did what, to which file. Viewings and
 * downloads by one person are one line that counts them ({@code times}, from {@code firstAt} to
 * {@code occurredAt}), so that the automatic preview does not bury the history.
 *
 * @param action the audit action's name ({@code DOCUMENT_REGISTERED}, {@code FILE_VIEWED}, …)
 * @param detail what the action itself recorded beyond the file (e.g. the fields corrected)
 */
public record HistoryLine(
    Instant occurredAt,
    String actor,
    String action,
    String fileName,
    Integer version,
    String detail,
    int times,
    Instant firstAt) {

  /** This viewing or download counted together with the same person's earlier ones. */
  public HistoryLine after(HistoryLine earlier) {
    return new HistoryLine(
        occurredAt, actor, action, fileName, version, null, earlier.times + 1, earlier.firstAt);
  }
}
