package vn.eoffice.signing;

import static org.assertj.core.api.Assertions.assertThat;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SubIndication;
import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.Pkcs12SignatureToken;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.eoffice.signing.PdfSignatureValidation.SignatureVerdict;
import vn.eoffice.signing.pkcs11.SoftHsm;
import vn.eoffice.signing.pki.TestPki;
import vn.eoffice.signing.pki.TestPkiServer;
import vn.eoffice.signing.pki.TestTsa;

/**
 * The organisation's seal applied from a SoftHSM token over PKCS#11 with DSS, and the strict
 * validation of the result: intact, it passes against the test root; changed after signing by an
 * incremental update that adds text, it fails.
 */
class PadesSealerTest {

  private static final String PIN = "135790";
  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
  private static final TestPki PKI = TestPki.generate("http://127.0.0.1:18181", NOW);
  private static Pkcs11Token hsm;
  private static DSSPrivateKeyEntry sealKey;
  private static PdfSignatureValidation validation;

  @BeforeAll
  static void hsmWithTheSeal() throws Exception {
    long slot = SoftHsm.ofThisJvm().initToken("con-dau-" + System.nanoTime(), PIN, "24680135");
    SoftHsm.importCredential(
        SoftHsm.provider("import" + slot, slot), PIN.toCharArray(), "con-dau", PKI.seal());
    hsm = new Pkcs11Token(SoftHsm.LIBRARY, slot, PIN.toCharArray());
    sealKey = hsm.getKeys().get(0);
    validation = PKI.validation();
  }

  @AfterAll
  static void closeHsm() {
    if (hsm != null) {
      hsm.close();
    }
  }

  private static byte[] letter(String text) throws Exception {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(72, 700);
        content.showText(text);
        content.endText();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }

  @Test
  void aLetterWithoutSignatureFieldsHasNoVerdictAsDssSaysAndASealedOneIsChecked() throws Exception {
    byte[] pdf = letter("Quyet dinh so 16/QD-UBND");
    byte[] sealed = new PadesSealer().seal(pdf, hsm, sealKey, NOW);

    assertThat(PdfSignatureValidation.withoutSignatureFields(pdf)).isTrue();
    assertThat(validation.validate(pdf)).isEmpty();
    assertThat(validation.validateWithReports(pdf).verdicts()).isEmpty();
    assertThat(PdfSignatureValidation.withoutSignatureFields(sealed)).isFalse();
    assertThat(validation.validate(sealed)).hasSize(1);
    // What PDFBox cannot read is left to DSS.
    assertThat(PdfSignatureValidation.withoutSignatureFields("not a PDF".getBytes())).isFalse();
  }

  @Test
  void aSealedLetterValidatesAgainstTheTrustedRoot() throws Exception {
    byte[] pdf = letter("Quyet dinh so 15/QD-UBND");

    byte[] sealed = new PadesSealer().seal(pdf, hsm, sealKey, NOW);

    assertThat(sealed).startsWith(pdf);
    List<SignatureVerdict> verdicts = validation.validate(sealed);
    assertThat(verdicts).hasSize(1);
    SignatureVerdict seal = verdicts.get(0);
    assertThat(seal.errors()).isEmpty();
    assertThat(seal.indication()).isEqualTo(Indication.TOTAL_PASSED);
    assertThat(seal.signedBy()).isEqualTo("UBND xã Demo");
    assertThat(seal.signingTime()).isEqualTo(NOW);
  }

  @Test
  void atLevelTTheSealCarriesATimeStampFromTheAuthority() throws Exception {
    try (TestTsa tsa = new TestTsa(PKI)) {
      byte[] sealed =
          new PadesSealer(tsa.url()).seal(letter("Thong bao so 07/TB-UBND"), hsm, sealKey, NOW);

      assertThat(tsa.served()).isEqualTo(1);
      List<SignatureVerdict> verdicts = validation.validate(sealed);
      assertThat(verdicts)
          .singleElement()
          .satisfies(
              v -> {
                assertThat(v.indication()).isEqualTo(Indication.TOTAL_PASSED);
                assertThat(v.level()).isEqualTo("PAdES-BASELINE-T");
              });
    }
  }

  @Test
  void atLevelLtTheRevocationDataIsEmbeddedFromThePkisOwnServers() throws Exception {
    try (TestPkiServer server = new TestPkiServer(NOW);
        TestTsa tsa = new TestTsa(server.pki());
        Pkcs12SignatureToken seal = TestPki.fileToken(server.pki().seal())) {
      byte[] sealed =
          PadesSealer.longTerm(tsa.url(), List.of(server.pki().root().certificate()))
              .seal(letter("Ke hoach so 12/KH-UBND"), seal, seal.getKeys().get(0), NOW);

      assertThat(server.ocspAnswers()).as("revocation fetched over OCSP").isPositive();
      // Validated offline: no CRLs given, the revocation data must come from the document.
      List<SignatureVerdict> verdicts =
          new PdfSignatureValidation(List.of(server.pki().root().certificate()), List.of())
              .validate(sealed);
      assertThat(verdicts)
          .singleElement()
          .satisfies(
              v -> {
                assertThat(v.indication()).isEqualTo(Indication.TOTAL_PASSED);
                assertThat(v.level()).isEqualTo("PAdES-BASELINE-LT");
              });
    }
  }

  @Test
  void textAddedAfterSealingFailsTheStrictPolicy() throws Exception {
    byte[] sealed = new PadesSealer().seal(letter("Giay moi hop ngay 20/11"), hsm, sealKey, NOW);

    byte[] changed;
    try (PDDocument document = Loader.loadPDF(sealed)) {
      PDPage page = document.getPage(0);
      try (PDPageContentStream content =
          new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(72, 650);
        content.showText("Doi sang ngay 25/11");
        content.endText();
      }
      page.getCOSObject().setNeedToBeUpdated(true);
      document.getDocumentCatalog().getPages().getCOSObject().setNeedToBeUpdated(true);
      document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.saveIncremental(out);
      changed = out.toByteArray();
    }

    assertThat(changed).startsWith(sealed);
    List<SignatureVerdict> verdicts = validation.validate(changed);
    assertThat(verdicts).hasSize(1);
    SignatureVerdict seal = verdicts.get(0);
    assertThat(seal.valid()).isFalse();
    assertThat(seal.indication()).isEqualTo(Indication.TOTAL_FAILED);
    assertThat(seal.subIndication()).isEqualTo(SubIndication.FORMAT_FAILURE);
    assertThat(seal.errors()).containsExactly("Visual difference is detected on page(s) [1]");
  }
}
