package vn.eoffice.audit.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.eoffice.audit.entity.AuditAction;
import vn.eoffice.audit.entity.AuditEntry;

class AuditChainTest {

  private static AuditEntry entry(String actor, String detail) {
    return entry(7L, actor, detail);
  }

  private static AuditEntry entry(Long agency, String actor, String detail) {
    return new AuditEntry(
        agency,
        Instant.parse("2026-11-22T08:00:00.123456789Z"),
        actor,
        "127.0.0.1",
        AuditAction.DOCUMENT_REGISTERED,
        "Document",
        "1001",
        detail);
  }

  @Test
  void sameEntryAndPredecessorGiveTheSameHash() {
    assertThat(AuditChain.hash(AuditChain.GENESIS, 1, entry("vanthu", "15/QĐ-UBND")))
        .isEqualTo(AuditChain.hash(AuditChain.GENESIS, 1, entry("vanthu", "15/QĐ-UBND")))
        .hasSize(64);
  }

  @Test
  void anyChangedFieldPlaceOrPredecessorChangesTheHash() {
    String original = AuditChain.hash(AuditChain.GENESIS, 1, entry("vanthu", "15/QĐ-UBND"));

    assertThat(AuditChain.hash(AuditChain.GENESIS, 1, entry("vanthu", "16/QĐ-UBND")))
        .isNotEqualTo(original);
    assertThat(AuditChain.hash(AuditChain.GENESIS, 2, entry("vanthu", "15/QĐ-UBND")))
        .isNotEqualTo(original);
    assertThat(AuditChain.hash("1".repeat(64), 1, entry("vanthu", "15/QĐ-UBND")))
        .isNotEqualTo(original);
  }

  @Test
  void fieldsCannotBeShiftedIntoEachOther() {
    assertThat(AuditChain.hash(AuditChain.GENESIS, 1, entry("van", "thu|x")))
        .isNotEqualTo(AuditChain.hash(AuditChain.GENESIS, 1, entry("van|thu", "x")));
    assertThat(AuditChain.hash(AuditChain.GENESIS, 1, entry("vanthu", null)))
        .isNotEqualTo(AuditChain.hash(AuditChain.GENESIS, 1, entry("vanthu", "")));
  }

  @Test
  void timesAreKeptToTheMicrosecondAsTheDatabaseStoresThem() {
    assertThat(entry("vanthu", "x").getOccurredAt())
        .isEqualTo(Instant.parse("2026-11-22T08:00:00.123456Z"));
  }

  @Test
  void anEntryMovedToAnotherAgencyHashesDifferently() {
    String original = AuditChain.hash(AuditChain.GENESIS, 1, entry(7L, "vanthu", "x"));
    assertThat(AuditChain.hash(AuditChain.GENESIS, 1, entry(8L, "vanthu", "x")))
        .isNotEqualTo(original);
    assertThat(AuditChain.hash(AuditChain.GENESIS, 1, entry(null, "vanthu", "x")))
        .isNotEqualTo(original);
  }
}
