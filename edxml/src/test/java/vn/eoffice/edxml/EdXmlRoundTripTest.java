package vn.eoffice.edxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class EdXmlRoundTripTest {

  @Test
  void aPackageValidatesAgainstTheStandardsStructureAndReadsBackEqual() {
    EdXmlPackage sent = Packages.decision();
    byte[] xml = EdXmlWriter.bytes(EdXmlWriter.write(sent));

    assertThat(EdXmlSchema.problems(xml)).isEmpty();
    EdXmlReader.Read read = EdXmlReader.read(xml);
    assertThat(read.isPackage()).isTrue();
    assertThat(read.pack()).isEqualTo(sent);
    assertThat(read.pack().documentId()).isEqualTo("000.00.31.H99,2026/12/07,15/QĐ-UBND");
  }

  @Test
  void aReplacementNamesTheDocumentItReplacesAndReadsBackEqual() {
    EdXmlPackage decision = Packages.decision();
    EdXmlPackage replacement =
        new EdXmlPackage(
            decision.from(),
            decision.to(),
            decision.documentId(),
            decision.codeNumber(),
            decision.codeNotation(),
            decision.place(),
            decision.promulgationDate(),
            decision.type(),
            decision.typeDetail(),
            decision.typeName(),
            decision.subject(),
            decision.content(),
            decision.signerCompetence(),
            decision.signerPosition(),
            decision.signerName(),
            decision.dueDate(),
            decision.toPlaces(),
            decision.priority(),
            decision.sphereOfPromulgation(),
            decision.typerNotation(),
            decision.promulgationAmount(),
            decision.pageAmount(),
            decision.appendixes(),
            decision.steeringType(),
            decision.responseFor(),
            decision.sentAt(),
            new Business(
                Business.Type.REPLACE,
                "Thay thế Quyết định số 12/QĐ-UBND",
                false,
                null,
                "000.00.31.H99,2026/11/02,12/QĐ-UBND"),
            decision.attachments());
    byte[] xml = EdXmlWriter.bytes(EdXmlWriter.write(replacement));

    assertThat(EdXmlSchema.problems(xml)).isEmpty();
    assertThat(new String(xml, StandardCharsets.UTF_8)).contains("<edXML:ReplacementInfoList>");
    assertThat(EdXmlReader.read(xml).pack()).isEqualTo(replacement);
  }

  @Test
  void aStatusValidatesAndReadsBackEqual() {
    StatusMessage sent =
        new StatusMessage(
            Organ.of("000.00.01.H99", "Sở Nội vụ"),
            new ResponseFor(
                "000.00.31.H99",
                "15/QĐ-UBND",
                LocalDate.of(2026, 12, 7),
                "000.00.31.H99,2026/12/07,15/QĐ-UBND"),
            StaffInfo.of("Văn phòng", "Lê Văn Thư"),
            StatusMessage.Code.ACCEPTED,
            "Đã vào sổ văn bản đến, số đến 120",
            LocalDateTime.of(2026, 12, 7, 10, 0, 1));
    byte[] xml = EdXmlWriter.bytes(EdXmlWriter.write(sent));

    assertThat(EdXmlSchema.problems(xml)).isEmpty();
    EdXmlReader.Read read = EdXmlReader.read(xml);
    assertThat(read.isPackage()).isFalse();
    assertThat(read.status()).isEqualTo(sent);
  }

  @Test
  void theSchemaFindsWhatTheStandardForbids() {
    String xml =
        new String(
            EdXmlWriter.bytes(EdXmlWriter.write(Packages.decision())), StandardCharsets.UTF_8);

    assertThat(
            EdXmlSchema.problems(
                xml.replace("000.00.01.H99", "SNV").getBytes(StandardCharsets.UTF_8)))
        .isNotEmpty();
    assertThat(
            EdXmlSchema.problems(
                xml.replace("2026/12/21", "21/12/2026").getBytes(StandardCharsets.UTF_8)))
        .anySatisfy(p -> assertThat(p).contains("21/12/2026"));
    assertThat(
            EdXmlSchema.problems(
                xml.replaceAll("<edXML:Subject>.*</edXML:Subject>", "")
                    .getBytes(StandardCharsets.UTF_8)))
        .anySatisfy(p -> assertThat(p).contains("Subject"));
  }

  @Test
  void aMessageThatIsNotEdXmlSaysWhatIsWrong() {
    assertThatThrownBy(() -> EdXmlReader.read("<a>".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(EdXmlException.class)
        .hasMessageContaining("not well-formed");
    assertThatThrownBy(() -> EdXmlReader.read("<html/>".getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("<html>");
    String noRecipient =
        new String(
                EdXmlWriter.bytes(EdXmlWriter.write(Packages.decision())), StandardCharsets.UTF_8)
            .replaceAll("<edXML:To>.*?</edXML:To>", "");
    assertThatThrownBy(() -> EdXmlReader.read(noRecipient.getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("To is missing");
    assertThatThrownBy(() -> EdXmlWriter.write(Packages.decision().to(List.of())))
        .hasMessageContaining("To is empty");
  }

  @Test
  void anEntityOrADoctypeIsNeverRead() {
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE edXML [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<edXML>&x;</edXML>";
    assertThatThrownBy(() -> EdXmlReader.read(xxe.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(EdXmlException.class)
        .hasMessageContaining("DOCTYPE");
  }
}
