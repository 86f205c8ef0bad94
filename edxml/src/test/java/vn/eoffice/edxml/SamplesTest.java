package vn.eoffice.edxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Messages other systems published (see {@code src/test/resources/samples/README.md}) read with
 * their fields in the right places.
 */
class SamplesTest {

  private static EdXmlReader.Read read(String name) {
    try (InputStream in = SamplesTest.class.getResourceAsStream("/samples/" + name)) {
      return EdXmlReader.read(in.readAllBytes());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void thePackageTheVnptSdkWroteReadsWithEveryField() {
    EdXmlPackage pack =
        read("truclienthong-example/dc0bdef0-c7a3-4aaf-b717-777303442973.edxml").pack();

    assertThat(pack.from().organId()).isEqualTo("000.00.00.G22");
    assertThat(pack.from().organName()).isEqualTo("Văn phòng Chính phủ");
    assertThat(pack.to())
        .extracting(Organ::organId)
        .containsExactly("000.00.00.H41", "000.00.00.H14", "000.00.00.G17");
    assertThat(pack.documentId()).isEqualTo("000.00.00.G22,2015/09/30,7816/VPCP-TTĐT");
    assertThat(pack.codeNumber()).isEqualTo("7816");
    assertThat(pack.codeNotation()).isEqualTo("VPCP-TTĐT");
    assertThat(pack.promulgationDate()).isEqualTo(LocalDate.of(2019, 4, 11));
    assertThat(pack.subject()).isEqualTo("V/v kết nối, liên thông phần mềm quản lý văn bản");
    assertThat(pack.business().type()).isEqualTo(Business.Type.NEW);
    assertThat(pack.attachments()).hasSize(1);
    assertThat(pack.attachments().get(0).name()).isEqualTo("1896_QD-TTg_m_294779.doc");
    assertThat(pack.attachments().get(0).content()).isNotEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "truclienthong-example/edoc_revocation.edxml, RECALL, ",
    "truclienthong-example/edoc_update.edxml, UPDATE, '000.00.00.G22,2014/02/30,7806/VPCP-TTĐT'",
    "truclienthong-example/edoc_replacement.edxml, REPLACE, '000.00.00.G22,2014/01/30,7806/VPCP-TTĐT'"
  })
  void eachBusinessTypeIsRead(String sample, Business.Type type, String concerned) {
    EdXmlPackage pack = read(sample).pack();

    assertThat(pack.business().type()).isEqualTo(type);
    // The document the business concerns, as the sample names it in Bussiness/DocumentId (a
    // recall concerns the package's own).
    assertThat(pack.business().documentId()).isEqualTo(concerned);
    assertThat(pack.from().organId()).isEqualTo("000.00.00.G22");
    assertThat(pack.to()).hasSize(3);
    assertThat(pack.codeNumber()).isEqualTo("7816");
    assertThat(pack.signerName()).isNotBlank();
  }

  @Test
  void theRevocationsReasonStaffAndTraceAreRead() {
    EdXmlPackage pack = read("truclienthong-example/edoc_revocation.edxml").pack();

    assertThat(pack.business().reason()).isEqualTo("Thu hồi văn bản điện tử");
    assertThat(pack.business().paper()).isFalse();
    assertThat(pack.business().staff().staff()).isEqualTo("Nguyễn Thị Ngọc Trâm");
    assertThat(pack.sentAt()).isEqualTo(LocalDateTime.of(2018, 9, 28, 0, 0));
    assertThat(pack.responseFor().documentId()).isEqualTo("000.00.04.G14,2012/08/06,267/VPCP-TTĐT");
    assertThat(pack.toPlaces())
        .containsExactly("Cac bo va co quan ngang bo", "Uy ban nhan dan cac tinh, TP");
    assertThat(pack.pageAmount()).isEqualTo(22);
    assertThat(pack.priority()).isZero();
  }

  @Test
  void aHandMadeTemplateThatIsNotWellFormedIsRefusedSayingWhere() {
    // edoc.edxml nests <From> in <From> and never closes the outer one.
    assertThatThrownBy(() -> read("truclienthong-example/edoc.edxml"))
        .isInstanceOf(EdXmlException.class)
        .hasMessageContaining("not well-formed")
        .hasMessageContaining("edXML:From");
  }

  @Test
  void aDateWrittenDayFirstIsRead() {
    EdXmlPackage pack = read("edoc-integrator/edoc_new.edxml").pack();

    assertThat(pack.from().organId()).isEqualTo("000.00.11.H53");
    assertThat(pack.documentId()).isEqualTo("000.00.11.H53,2020/10/30,2491/STC-BCTC");
    assertThat(pack.promulgationDate()).isEqualTo(LocalDate.of(2020, 10, 30));
    assertThat(pack.to()).extracting(Organ::organId).containsExactly("000.00.01.A53");
  }

  @ParameterizedTest
  @CsvSource({
    "status_inbox_01.edxml, ARRIVED",
    "status_rejection_02.edxml, REFUSED",
    "status_acceptance_03.edxml, ACCEPTED",
    "status_assignment_04.edxml, ASSIGNED",
    "status_processing_05.edxml, IN_PROGRESS",
    "status_finish_06.edxml, DONE",
    "status_cancellation_13.edxml, RECALL_REQUESTED",
    "status_change-acceptance_15.edxml, RECALL_AGREED",
    "status_change-rejection_16.edxml, RECALL_REFUSED"
  })
  void everyStatusCodeIsRead(String sample, StatusMessage.Code code) {
    StatusMessage status = read("truclienthong-example/" + sample).status();

    assertThat(status.code()).isEqualTo(code);
    assertThat(status.from().organId()).isNotBlank();
    assertThat(status.responseFor().documentId()).isNotBlank();
    assertThat(status.timestamp()).isNotNull();
  }

  @Test
  void aStatusNamesWhoAnswersWhatAndWhen() {
    StatusMessage status = read("truclienthong-example/status_acceptance_03.edxml").status();

    assertThat(status.from().organId()).isEqualTo("000.00.00.H41");
    assertThat(status.responseFor().documentId())
        .isEqualTo("000.00.00.G22,2015/09/30,7816/VPCP-TTĐT");
    assertThat(status.responseFor().code()).isEqualTo("7816/VPCP-TTĐT");
    assertThat(status.staff().department()).isEqualTo("Phong hanh chinh");
    assertThat(status.timestamp()).isEqualTo(LocalDateTime.of(2015, 9, 20, 11, 8, 36));
    assertThat(read("edoc-integrator/status_processing_05.edxml").status().code())
        .isEqualTo(StatusMessage.Code.IN_PROGRESS);
  }

  @Test
  void theSamplesPlaceholderSignaturesAreNotTakenForSignatures() {
    EdXmlReader.Read read = read("truclienthong-example/edoc_revocation.edxml");
    // No certificate is needed to see there is nothing to check.
    assertThat(
            EdXmlSignature.verify(
                    read.dom(), EdXmlSignatureTest.Credential.make("CN=x").certificate())
                .outcome())
        .isEqualTo(EdXmlSignature.Outcome.MISSING);
  }
}
