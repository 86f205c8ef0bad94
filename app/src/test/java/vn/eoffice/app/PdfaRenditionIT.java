package vn.eoffice.app;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.eoffice.app.Workflows.expect;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;
import vn.eoffice.signing.PadesSealer;
import vn.eoffice.signing.pki.TestPki;

/**
 * PDF/A renditions (issue 26): a permanent file handed over gets a PDF/A-2b rendition of each of
 * its documents' files, made in the background; its transfer package carries them beside the
 * originals (a signed PDF byte for byte as received, with the report of its signature checked at
 * hand-over), and veraPDF, the PDF Association's validator, finds every rendition compliant with
 * PDF/A-2b.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PdfaRenditionIT {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  @Test
  void aPermanentFileHandedOverGetsPdfaRenditionsThatVeraPdfPasses() throws Exception {
    ApiClient officer = signIn("chuyenvien");
    ApiClient chairman = signIn("lanhdao");
    ApiClient clerk = signIn("vanthu");
    ApiClient archivist = signIn("luutru");
    long serial = System.nanoTime() % 1_000_000;

    // A decision received signed by another agency's seal (the test PKI's), registered by the
    // clerk, and a report of the commune's own, issued.
    byte[] signed;
    try (var token = TestPki.fileToken(SigningFixture.get().pki.seal())) {
      signed =
          new PadesSealer()
              .seal(
                  SigningFixture.decision("Quyết định lưu trữ " + serial),
                  token,
                  token.getKeys().get(0),
                  Instant.now(),
                  null);
    }
    String signedSha = sha256(signed);
    long upload =
        Workflows.id(expect(201, clerk.upload("quyet-dinh.pdf", "application/pdf", signed)));
    long received =
        Workflows.id(
            expect(
                201,
                clerk.post(
                    "api/incoming-documents",
                    IncomingDocumentBuilder.anIncomingDocument().withUpload(upload).json())));
    long report =
        Workflows.approvedDraft(
            officer, chairman, IncomingDocumentBuilder.DECISION, "Tờ trình lưu trữ " + serial);
    expect(200, clerk.post("api/outgoing-documents/" + report + "/issue", "{}"));

    // The clerk keeps a permanent file of both, closes it and hands it over; it is accepted.
    long file =
        JsonBodies.object(
                expect(
                    201,
                    clerk.post(
                        "api/case-files",
                        ("{\"notation\":\"VV-%d\",\"title\":\"Hồ sơ vĩnh viễn %d\","
                                + "\"permanent\":true,\"year\":%d,\"startDate\":\"%s\"}")
                            .formatted(serial, serial, TODAY.getYear(), TODAY.minusDays(30)))))
            .getJsonNumber("id")
            .longValue();
    expect(
        200,
        clerk.post("api/case-files/" + file + "/documents", "{\"documentId\":" + received + "}"));
    expect(
        200,
        clerk.post("api/case-files/" + file + "/documents", "{\"documentId\":" + report + "}"));
    expect(200, clerk.post("api/case-files/" + file + "/closing", "{}"));
    expect(200, clerk.post("api/case-files/" + file + "/handover", ""));
    expect(200, archivist.post("api/case-files/" + file + "/acceptance", ""));

    Map<String, byte[]> entries = unzip(awaitPackage(archivist, file));
    Map<String, byte[]> originals = new LinkedHashMap<>();
    Map<String, byte[]> renditions = new LinkedHashMap<>();
    entries.forEach(
        (name, content) -> {
          if (name.contains("/representations/original/data/")) {
            originals.put(name, content);
          } else if (name.contains("/representations/pdfa/data/")) {
            renditions.put(name, content);
          }
        });
    assertThat(originals).hasSize(2);
    assertThat(renditions).hasSize(2);
    // The signed PDF goes as it was received, its signature whole, with the report of its
    // signature as DSS validated it at hand-over; the unsigned one has none.
    assertThat(originals.values().stream().map(PdfaRenditionIT::sha256)).contains(signedSha);
    assertThat(entries.keySet().stream().filter(n -> n.contains("/metadata/preservation/chu-ky-")))
        .hasSize(1)
        .allSatisfy(
            n ->
                assertThat(new String(entries.get(n), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("DetailedReport"));

    VeraGreenfieldFoundryProvider.initialise();
    for (Map.Entry<String, byte[]> rendition : renditions.entrySet()) {
      ValidationResult result = pdfa2b(rendition.getValue());
      assertThat(result.isCompliant())
          .as(rendition.getKey() + ": " + result.getTestAssertions())
          .isTrue();
    }
    // The judge can say no: the originals, PDFs but not PDF/A, fail it.
    for (byte[] original : originals.values()) {
      assertThat(pdfa2b(original).isCompliant()).isFalse();
    }
  }

  private static ValidationResult pdfa2b(byte[] pdf) throws Exception {
    try (PDFAParser parser =
        Foundries.defaultInstance()
            .createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B)) {
      PDFAValidator validator =
          Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false);
      return validator.validate(parser);
    }
  }

  /** The transfer package, once every rendition is made (409 until then), within 3 minutes. */
  private static byte[] awaitPackage(ApiClient archivist, long file) throws Exception {
    long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    ApiClient.Download download = null;
    while (System.nanoTime() < until) {
      download = archivist.download("api/case-files/" + file + "/transfer-package");
      if (download.status() == 200) {
        return download.body();
      }
      assertThat(download.status()).isEqualTo(409);
      Thread.sleep(500);
    }
    throw new AssertionError("no transfer package in 3 minutes: " + new String(download.body()));
  }

  private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        entries.put(entry.getName(), in.readAllBytes());
      }
    }
    return entries;
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private ApiClient signIn(String username) throws Exception {
    return ApiClient.signedIn(base.toURI(), username, ApiClient.DEMO_PASSWORD);
  }
}
