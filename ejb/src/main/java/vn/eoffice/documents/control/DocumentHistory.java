package vn.eoffice.documents.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.eoffice.audit.boundary.AuditEntryView;
import vn.eoffice.audit.entity.AuditAction;
import vn.eoffice.documents.boundary.HistoryLine;

/**
 * Turns a document's audit entries into the lines of its page's history. Workflow steps are left to
 * the workflow history, which knows their targets and comments; viewings and downloads are counted
 * per person and kind instead of listed one by one.
 */
public final class DocumentHistory {

  /** What a file's audit entries write first: {@code file 1003 v2 Công văn.pdf}. */
  private static final Pattern FILE_DETAIL =
      Pattern.compile("^file \\d+ v(\\d+)(?::? (.*))?$", Pattern.DOTALL);

  private static final Set<String> COUNTED =
      Set.of(AuditAction.FILE_VIEWED.name(), AuditAction.FILE_DOWNLOADED.name());

  private DocumentHistory() {}

  /** The lines, oldest first; a counted line stands where its person's last viewing does. */
  public static List<HistoryLine> of(List<AuditEntryView> entries) {
    List<HistoryLine> lines = new ArrayList<>();
    Map<String, Integer> countedAt = new HashMap<>();
    for (AuditEntryView entry : entries) {
      if (AuditAction.DOCUMENT_WORKFLOW.name().equals(entry.action())) {
        continue;
      }
      HistoryLine line = line(entry);
      if (COUNTED.contains(entry.action())) {
        Integer before = countedAt.put(entry.actor() + ' ' + entry.action(), lines.size());
        if (before != null) {
          line = line.after(lines.set(before, null));
        }
      }
      lines.add(line);
    }
    return lines.stream().filter(Objects::nonNull).toList();
  }

  private static HistoryLine line(AuditEntryView entry) {
    String detail = entry.detail();
    Matcher file = detail == null ? null : FILE_DETAIL.matcher(detail);
    if (file != null && file.matches()) {
      // A signature check writes its verdicts where the other file entries write the file's name.
      boolean verdicts = AuditAction.SIGNATURES_VALIDATED.name().equals(entry.action());
      return new HistoryLine(
          entry.occurredAt(),
          entry.actor(),
          entry.action(),
          verdicts ? null : file.group(2),
          Integer.valueOf(file.group(1)),
          verdicts ? file.group(2) : null,
          1,
          entry.occurredAt());
    }
    return new HistoryLine(
        entry.occurredAt(),
        entry.actor(),
        entry.action(),
        null,
        null,
        detail,
        1,
        entry.occurredAt());
  }
}
