package vn.eoffice.documents.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.eoffice.organisation.entity.Agency;
import vn.eoffice.organisation.entity.Unit;
import vn.eoffice.people.entity.Reader;
import vn.eoffice.people.entity.Role;
import vn.eoffice.platform.entity.PersistentEntity;
import vn.eoffice.registers.entity.Direction;
import vn.eoffice.registers.entity.DocumentType;

/**
 * The search index decides who finds a document by keys; the document page by {@link
 * Document#readableBy}. They must agree for every kind of document and every kind of reader, or a
 * search would show a confidential document to someone the page refuses.
 */
class ReaderKeysTest {

  private static final long AGENCY = 5;
  private static final long UNIT_1 = 11;
  private static final long UNIT_2 = 22;

  private static final List<Reader> READERS =
      List.of(
          new Reader(AGENCY, "creator", Set.of(Role.OFFICER), Set.of(UNIT_1), Set.of(), false),
          new Reader(AGENCY, "granted", Set.of(Role.OFFICER), Set.of(), Set.of(), false),
          new Reader(AGENCY, "awaited", Set.of(Role.LEADER), Set.of(), Set.of(), false),
          new Reader(AGENCY, "clerk", Set.of(Role.CLERK), Set.of(), Set.of(), false),
          new Reader(AGENCY, "archivist", Set.of(Role.ARCHIVIST), Set.of(), Set.of(), false),
          new Reader(AGENCY, "chairman", Set.of(Role.LEADER), Set.of(99L), Set.of(99L), true),
          new Reader(AGENCY, "head1", Set.of(Role.LEADER), Set.of(UNIT_1), Set.of(UNIT_1), false),
          new Reader(AGENCY, "member1", Set.of(Role.OFFICER), Set.of(UNIT_1), Set.of(), false),
          new Reader(AGENCY, "member2", Set.of(Role.OFFICER), Set.of(UNIT_2), Set.of(), false),
          new Reader(AGENCY, "admin", Set.of(Role.ADMIN), Set.of(), Set.of(), false),
          new Reader(AGENCY, "stranger", Set.of(), Set.of(), Set.of(), false),
          // The same people in another agency: its documents are none of theirs.
          new Reader(AGENCY + 1, "chairman", Set.of(Role.LEADER), Set.of(99L), Set.of(99L), true),
          new Reader(AGENCY + 1, "clerk", Set.of(Role.CLERK), Set.of(), Set.of(), false),
          new Reader(AGENCY + 1, "creator", Set.of(Role.OFFICER), Set.of(UNIT_1), Set.of(), false));

  @Test
  void theIndexsKeysAndThePagesRulesAgreeForEveryDocumentAndReader() throws Exception {
    int documents = 0;
    int readable = 0;
    for (Direction direction : Direction.values()) {
      for (DocumentStatus status : DocumentStatus.values()) {
        for (Confidentiality confidentiality : Confidentiality.values()) {
          for (int variant = 0; variant < 16; variant++) {
            Document document = document(direction, status, confidentiality, variant);
            Set<String> keys = document.readerKeys();
            documents++;
            for (Reader reader : READERS) {
              boolean byKeys = !Collections.disjoint(keys, reader.keys());
              assertThat(byKeys)
                  .as(
                      "%s %s %s variant %d, reader %s",
                      direction, status, confidentiality, variant, reader.username())
                  .isEqualTo(document.readableBy(reader));
              readable += byKeys ? 1 : 0;
            }
          }
        }
      }
    }
    assertThat(documents).isEqualTo(2 * 12 * 4 * 16);
    // Both answers occur often: the agreement is not that of two functions that say no.
    assertThat(readable).isBetween(documents, documents * (READERS.size() - 1));
  }

  /** Variant bits: 1 granted, 2 waits for someone, 4 shared with units, 8 drafted by unit 1. */
  private static Document document(
      Direction direction, DocumentStatus status, Confidentiality confidentiality, int variant)
      throws Exception {
    Agency agency = new Agency("UBND xã Demo", "UBND", null);
    Field id = PersistentEntity.class.getDeclaredField("id");
    id.setAccessible(true);
    id.set(agency, AGENCY);
    Document document =
        new Document(
            agency,
            direction,
            status,
            new DocumentType("Công văn", null, 1),
            "Trích yếu",
            "creator",
            Instant.parse("2026-11-23T01:00:00Z"));
    document.setConfidentiality(confidentiality);
    if ((variant & 1) != 0) {
      document.grant("granted");
    }
    if ((variant & 2) != 0) {
      document.moveTo(status, "awaited");
    }
    if ((variant & 4) != 0) {
      document.share(UNIT_1, UnitShare.Kind.HANDLING);
      document.share(UNIT_2, UnitShare.Kind.RECIPIENT);
    }
    if ((variant & 8) != 0) {
      Unit unit = new Unit(agency, null, "Địa chính", "ĐC");
      id.set(unit, UNIT_1);
      document.setDraftingUnit(unit);
    }
    return document;
  }
}
