package vn.eoffice.documents.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.eoffice.audit.boundary.AuditEntryView;
import vn.eoffice.documents.boundary.HistoryLine;

class DocumentHistoryTest {

  private final List<AuditEntryView> entries = new ArrayList<>();

  private void entry(int minute, String actor, String action, String detail) {
    entries.add(
        new AuditEntryView(
            entries.size() + 1,
            Instant.parse("2026-12-07T08:00:00Z").plusSeconds(60L * minute),
            actor,
            "127.0.0.1",
            action,
            "Document",
            "7",
            detail,
            null,
            null));
  }

  @Test
  void countsEachPersonsViewingsInOneLineWhereTheLastOneStands() {
    entry(0, "vanthu", "DOCUMENT_REGISTERED", "Sổ văn bản đến");
    entry(1, "lanhdao", "FILE_VIEWED", "file 1003 v1 Công văn 12.pdf");
    entry(2, "lanhdao", "FILE_VIEWED", "file 1003 v1 Công văn 12.pdf");
    entry(3, "vanthu", "FILE_VIEWED", "file 1003 v1 Công văn 12.pdf");
    entry(4, "vanthu", "FILE_VERSION_ADDED", "file 1003 v2 Công văn 12 (bản sửa).pdf");
    entry(5, "lanhdao", "FILE_VIEWED", "file 1003 v2 Công văn 12 (bản sửa).pdf");

    List<HistoryLine> lines = DocumentHistory.of(entries);

    assertThat(lines)
        .extracting(HistoryLine::actor, HistoryLine::action, HistoryLine::times)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("vanthu", "DOCUMENT_REGISTERED", 1),
            org.assertj.core.groups.Tuple.tuple("vanthu", "FILE_VIEWED", 1),
            org.assertj.core.groups.Tuple.tuple("vanthu", "FILE_VERSION_ADDED", 1),
            org.assertj.core.groups.Tuple.tuple("lanhdao", "FILE_VIEWED", 3));
    HistoryLine leader = lines.get(3);
    assertThat(leader.firstAt()).isEqualTo(entries.get(1).occurredAt());
    assertThat(leader.occurredAt()).isEqualTo(entries.get(5).occurredAt());
    assertThat(lines.get(2).fileName()).isEqualTo("Công văn 12 (bản sửa).pdf");
    assertThat(lines.get(2).version()).isEqualTo(2);
  }

  @Test
  void leavesWorkflowStepsToTheWorkflowHistoryAndKeepsOtherDetails() {
    entry(0, "vanthu", "DOCUMENT_WORKFLOW", "PRESENTED REGISTERED → PRESENTED → lanhdao");
    entry(1, "vanthu", "DOCUMENT_CHANGED", "subject, notes");
    entry(2, "vanthu", "SIGNATURES_VALIDATED", "file 9 v3: [VALID, INDETERMINATE]");

    List<HistoryLine> lines = DocumentHistory.of(entries);

    assertThat(lines)
        .extracting(HistoryLine::action)
        .containsExactly("DOCUMENT_CHANGED", "SIGNATURES_VALIDATED");
    assertThat(lines.get(0).detail()).isEqualTo("subject, notes");
    assertThat(lines.get(1).version()).isEqualTo(3);
    assertThat(lines.get(1).fileName()).isNull();
    assertThat(lines.get(1).detail()).isEqualTo("[VALID, INDETERMINATE]");
  }
}
